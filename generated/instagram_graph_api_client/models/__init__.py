"""Contains all the data models used in inputs/outputs"""

from .attachment_upload_request import AttachmentUploadRequest
from .attachment_upload_result import AttachmentUploadResult
from .authorize_force_authentication import AuthorizeForceAuthentication
from .authorize_response_type import AuthorizeResponseType
from .catalog import Catalog
from .catalog_list import CatalogList
from .catalog_product import CatalogProduct
from .catalog_product_list import CatalogProductList
from .catalog_product_product_variants_item import CatalogProductProductVariantsItem
from .collaboration_invite import CollaborationInvite
from .collaboration_invite_list import CollaborationInviteList
from .collaboration_invite_response_request import CollaborationInviteResponseRequest
from .collaborator import Collaborator
from .collaborator_list import CollaboratorList
from .comment import Comment
from .comment_author import CommentAuthor
from .comment_list import CommentList
from .comment_media import CommentMedia
from .container import Container
from .container_created import ContainerCreated
from .container_status_code import ContainerStatusCode
from .container_video_status import ContainerVideoStatus
from .content_publishing_limit import ContentPublishingLimit
from .content_publishing_limit_config import ContentPublishingLimitConfig
from .content_publishing_limit_list import ContentPublishingLimitList
from .conversation import Conversation
from .conversation_list import ConversationList
from .copyright_check_information import CopyrightCheckInformation
from .copyright_check_information_copyright_matches_item import (
    CopyrightCheckInformationCopyrightMatchesItem,
)
from .copyright_check_status import CopyrightCheckStatus
from .create_container_request import CreateContainerRequest
from .create_container_request_media_type import CreateContainerRequestMediaType
from .create_container_request_upload_type import CreateContainerRequestUploadType
from .delete_result import DeleteResult
from .exchange_token_grant_type import ExchangeTokenGrantType
from .facebook_page import FacebookPage
from .facebook_page_list import FacebookPageList
from .generic_template_element import GenericTemplateElement
from .get_account_insights_metric_type import GetAccountInsightsMetricType
from .get_account_insights_period import GetAccountInsightsPeriod
from .get_account_insights_timeframe import GetAccountInsightsTimeframe
from .get_media_insights_period import GetMediaInsightsPeriod
from .graph_error import GraphError
from .graph_error_envelope import GraphErrorEnvelope
from .hashtag import Hashtag
from .hashtag_list import HashtagList
from .hide_comment_request import HideCommentRequest
from .ice_breaker import IceBreaker
from .ice_breaker_locale import IceBreakerLocale
from .id_only import IdOnly
from .id_response import IdResponse
from .insight_breakdown import InsightBreakdown
from .insight_breakdown_result import InsightBreakdownResult
from .insight_metric import InsightMetric
from .insight_total_value import InsightTotalValue
from .insight_value import InsightValue
from .insight_value_value_type_1 import InsightValueValueType1
from .insights_response import InsightsResponse
from .list_conversations_platform import ListConversationsPlatform
from .long_lived_token import LongLivedToken
from .media import Media
from .media_list import MediaList
from .mention_reply_request import MentionReplyRequest
from .menu_item import MenuItem
from .message import Message
from .message_attachments import MessageAttachments
from .message_list import MessageList
from .message_party import MessageParty
from .message_party_list import MessagePartyList
from .message_reactions import MessageReactions
from .message_recipient import MessageRecipient
from .message_request import MessageRequest
from .message_shares import MessageShares
from .message_story import MessageStory
from .messaging_user_profile import MessagingUserProfile
from .messenger_profile_entry import MessengerProfileEntry
from .messenger_profile_list import MessengerProfileList
from .messenger_profile_request import MessengerProfileRequest
from .messenger_profile_request_platform import MessengerProfileRequestPlatform
from .o_auth_error_response import OAuthErrorResponse
from .o_embed import OEmbed
from .outgoing_attachment import OutgoingAttachment
from .outgoing_attachment_payload import OutgoingAttachmentPayload
from .outgoing_attachment_payload_template_type import (
    OutgoingAttachmentPayloadTemplateType,
)
from .outgoing_attachment_type import OutgoingAttachmentType
from .outgoing_message import OutgoingMessage
from .paging import Paging
from .paging_cursors import PagingCursors
from .persistent_menu import PersistentMenu
from .product_tag import ProductTag
from .product_tag_list import ProductTagList
from .product_tags_request import ProductTagsRequest
from .publish_request import PublishRequest
from .quick_reply import QuickReply
from .quick_reply_content_type import QuickReplyContentType
from .reaction_payload import ReactionPayload
from .refresh_token_grant_type import RefreshTokenGrantType
from .reply_to_message import ReplyToMessage
from .result_response import ResultResponse
from .send_message_request import SendMessageRequest
from .send_message_request_messaging_type import SendMessageRequestMessagingType
from .send_message_request_sender_action import SendMessageRequestSenderAction
from .send_message_request_tag import SendMessageRequestTag
from .send_message_response import SendMessageResponse
from .short_lived_token import ShortLivedToken
from .short_lived_token_list import ShortLivedTokenList
from .short_lived_token_request import ShortLivedTokenRequest
from .short_lived_token_request_grant_type import ShortLivedTokenRequestGrantType
from .subscribed_app import SubscribedApp
from .subscribed_app_list import SubscribedAppList
from .success_response import SuccessResponse
from .template_button import TemplateButton
from .template_button_type import TemplateButtonType
from .template_default_action import TemplateDefaultAction
from .template_default_action_type import TemplateDefaultActionType
from .thread_control import ThreadControl
from .thread_control_control_type import ThreadControlControlType
from .update_media_request import UpdateMediaRequest
from .upload_failure import UploadFailure
from .upload_failure_debug_info import UploadFailureDebugInfo
from .upload_result import UploadResult
from .user import User
from .user_list import UserList
from .video_processing_phase import VideoProcessingPhase
from .video_processing_phase_errors_item import VideoProcessingPhaseErrorsItem
from .video_uploading_phase import VideoUploadingPhase
from .video_uploading_phase_errors_item import VideoUploadingPhaseErrorsItem
from .webhook_attachment import WebhookAttachment
from .webhook_attachment_payload import WebhookAttachmentPayload
from .webhook_change import WebhookChange
from .webhook_change_value import WebhookChangeValue
from .webhook_comment_value import WebhookCommentValue
from .webhook_entry import WebhookEntry
from .webhook_entry_value import WebhookEntryValue
from .webhook_mention_value import WebhookMentionValue
from .webhook_message import WebhookMessage
from .webhook_message_edit import WebhookMessageEdit
from .webhook_messaging_event import WebhookMessagingEvent
from .webhook_messaging_event_app_roles import WebhookMessagingEventAppRoles
from .webhook_payload import WebhookPayload
from .webhook_postback import WebhookPostback
from .webhook_quick_reply import WebhookQuickReply
from .webhook_reaction import WebhookReaction
from .webhook_read import WebhookRead
from .webhook_referral import WebhookReferral
from .webhook_reply_to import WebhookReplyTo
from .webhook_story_insights_value import WebhookStoryInsightsValue
from .webhook_story_ref import WebhookStoryRef
from .webhook_thread_control import WebhookThreadControl
from .welcome_flow import WelcomeFlow
from .welcome_flow_list import WelcomeFlowList
from .welcome_flow_request import WelcomeFlowRequest
from .welcome_flow_request_eligible_platforms_item import (
    WelcomeFlowRequestEligiblePlatformsItem,
)
from .welcome_flow_saved import WelcomeFlowSaved
from .welcome_flow_step import WelcomeFlowStep

__all__ = (
    "AttachmentUploadRequest",
    "AttachmentUploadResult",
    "AuthorizeForceAuthentication",
    "AuthorizeResponseType",
    "Catalog",
    "CatalogList",
    "CatalogProduct",
    "CatalogProductList",
    "CatalogProductProductVariantsItem",
    "CollaborationInvite",
    "CollaborationInviteList",
    "CollaborationInviteResponseRequest",
    "Collaborator",
    "CollaboratorList",
    "Comment",
    "CommentAuthor",
    "CommentList",
    "CommentMedia",
    "Container",
    "ContainerCreated",
    "ContainerStatusCode",
    "ContainerVideoStatus",
    "ContentPublishingLimit",
    "ContentPublishingLimitConfig",
    "ContentPublishingLimitList",
    "Conversation",
    "ConversationList",
    "CopyrightCheckInformation",
    "CopyrightCheckInformationCopyrightMatchesItem",
    "CopyrightCheckStatus",
    "CreateContainerRequest",
    "CreateContainerRequestMediaType",
    "CreateContainerRequestUploadType",
    "DeleteResult",
    "ExchangeTokenGrantType",
    "FacebookPage",
    "FacebookPageList",
    "GenericTemplateElement",
    "GetAccountInsightsMetricType",
    "GetAccountInsightsPeriod",
    "GetAccountInsightsTimeframe",
    "GetMediaInsightsPeriod",
    "GraphError",
    "GraphErrorEnvelope",
    "Hashtag",
    "HashtagList",
    "HideCommentRequest",
    "IceBreaker",
    "IceBreakerLocale",
    "IdOnly",
    "IdResponse",
    "InsightBreakdown",
    "InsightBreakdownResult",
    "InsightMetric",
    "InsightsResponse",
    "InsightTotalValue",
    "InsightValue",
    "InsightValueValueType1",
    "ListConversationsPlatform",
    "LongLivedToken",
    "Media",
    "MediaList",
    "MentionReplyRequest",
    "MenuItem",
    "Message",
    "MessageAttachments",
    "MessageList",
    "MessageParty",
    "MessagePartyList",
    "MessageReactions",
    "MessageRecipient",
    "MessageRequest",
    "MessageShares",
    "MessageStory",
    "MessagingUserProfile",
    "MessengerProfileEntry",
    "MessengerProfileList",
    "MessengerProfileRequest",
    "MessengerProfileRequestPlatform",
    "OAuthErrorResponse",
    "OEmbed",
    "OutgoingAttachment",
    "OutgoingAttachmentPayload",
    "OutgoingAttachmentPayloadTemplateType",
    "OutgoingAttachmentType",
    "OutgoingMessage",
    "Paging",
    "PagingCursors",
    "PersistentMenu",
    "ProductTag",
    "ProductTagList",
    "ProductTagsRequest",
    "PublishRequest",
    "QuickReply",
    "QuickReplyContentType",
    "ReactionPayload",
    "RefreshTokenGrantType",
    "ReplyToMessage",
    "ResultResponse",
    "SendMessageRequest",
    "SendMessageRequestMessagingType",
    "SendMessageRequestSenderAction",
    "SendMessageRequestTag",
    "SendMessageResponse",
    "ShortLivedToken",
    "ShortLivedTokenList",
    "ShortLivedTokenRequest",
    "ShortLivedTokenRequestGrantType",
    "SubscribedApp",
    "SubscribedAppList",
    "SuccessResponse",
    "TemplateButton",
    "TemplateButtonType",
    "TemplateDefaultAction",
    "TemplateDefaultActionType",
    "ThreadControl",
    "ThreadControlControlType",
    "UpdateMediaRequest",
    "UploadFailure",
    "UploadFailureDebugInfo",
    "UploadResult",
    "User",
    "UserList",
    "VideoProcessingPhase",
    "VideoProcessingPhaseErrorsItem",
    "VideoUploadingPhase",
    "VideoUploadingPhaseErrorsItem",
    "WebhookAttachment",
    "WebhookAttachmentPayload",
    "WebhookChange",
    "WebhookChangeValue",
    "WebhookCommentValue",
    "WebhookEntry",
    "WebhookEntryValue",
    "WebhookMentionValue",
    "WebhookMessage",
    "WebhookMessageEdit",
    "WebhookMessagingEvent",
    "WebhookMessagingEventAppRoles",
    "WebhookPayload",
    "WebhookPostback",
    "WebhookQuickReply",
    "WebhookReaction",
    "WebhookRead",
    "WebhookReferral",
    "WebhookReplyTo",
    "WebhookStoryInsightsValue",
    "WebhookStoryRef",
    "WebhookThreadControl",
    "WelcomeFlow",
    "WelcomeFlowList",
    "WelcomeFlowRequest",
    "WelcomeFlowRequestEligiblePlatformsItem",
    "WelcomeFlowSaved",
    "WelcomeFlowStep",
)
