"""Every resource method against a cassette: the request must match what was recorded (method,
URL, query, body), and the recorded response must parse into the documented model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import instagram_graph_api_sdk as sdk
from instagram_graph_api_client import models
from instagram_graph_api_client._operations import OPERATIONS
from instagram_graph_api_client.types import Unset

Call = Callable[[sdk.InstagramClient, dict[str, str]], Any]
MESSAGE = {"recipient": {"id": "819898670256713"}, "message": {"text": "Hello World!"}}

# operation -> (login, call, model name, a field that must be present)
CALLS: dict[str, tuple[str, Call, str, str | None]] = {
    "exchange_token": ("instagram", lambda c, i: c.auth.exchange_token("short-lived-token", "test-app-secret-0001"), "AccessToken", "access_token"),
    "refresh_token": ("instagram", lambda c, i: c.auth.refresh_token(), "AccessToken", "access_token"),
    "me": ("instagram", lambda c, i: c.auth.me("id,user_id,username,account_type"), "User", "username"),
    "get_profile": ("instagram", lambda c, i: c.users.get_profile(fields="id,username,account_type,biography,website"), "User", "username"),
    "get_user_media": ("instagram", lambda c, i: c.users.get_media(limit=2), "MediaList", "data"),
    "get_stories": ("instagram", lambda c, i: c.users.get_stories(fields="id,media_type,media_product_type"), "MediaList", "data"),
    "get_live_media": ("instagram", lambda c, i: c.users.get_live_media(fields="id,media_type"), "MediaList", "data"),
    "get_tags": ("instagram", lambda c, i: c.users.get_tags(fields="id,caption,media_type,username"), "MediaList", "data"),
    "get_content_publishing_limit": ("instagram", lambda c, i: c.users.get_content_publishing_limit(), "ContentPublishingLimitList", "data"),
    "get_business_discovery": ("facebook", lambda c, i: c.users.get_business_discovery("bluebottle", fields="followers_count,media_count"), "User", "followers_count"),
    "get_recently_searched_hashtags": ("facebook", lambda c, i: c.users.get_recently_searched_hashtags(limit=5), "HashtagList", "data"),
    "get_available_catalogs": ("facebook", lambda c, i: c.users.get_available_catalogs(fields="catalog_id,catalog_name"), "CatalogList", "data"),
    "search_catalog_products": ("facebook", lambda c, i: c.users.search_catalog_products(catalog_id="960179311066902", q="gummy"), "CatalogProductList", "data"),
    "get_facebook_pages": ("facebook", lambda c, i: c.users.get_facebook_pages(), "FacebookPageList", "data"),
    "get_facebook_page": ("facebook", lambda c, i: c.users.get_facebook_page(i["page_id"]), "FacebookPage", "instagram_business_account"),
    "get_media": ("instagram", lambda c, i: c.media.get(i["media_id"]), "Media", "media_type"),
    "update_media": ("instagram", lambda c, i: c.media.update(i["media_id"], comment_enabled=False), "SuccessResponse", "success"),
    "delete_media": ("facebook", lambda c, i: c.media.delete(i["media_id"]), "DeleteResult", "success"),
    "get_children": ("instagram", lambda c, i: c.media.get_children(i["media_id"]), "MediaList", "data"),
    "get_comments": ("instagram", lambda c, i: c.media.get_comments(i["media_id"], fields="id,text,from,timestamp"), "CommentList", "data"),
    "create_comment": ("instagram", lambda c, i: c.media.create_comment(i["media_id"], "Thanks for stopping by!"), "IdResponse", "id"),
    "get_collaborators": ("facebook", lambda c, i: c.media.get_collaborators(i["media_id"]), "CollaboratorList", "data"),
    "get_product_tags": ("facebook", lambda c, i: c.media.get_product_tags(i["media_id"]), "ProductTagList", "data"),
    "create_product_tags": ("facebook", lambda c, i: c.media.create_product_tags(i["media_id"], updated_tags='[{"product_id":"3231775643511089","x":0.5,"y":0.8}]'), "SuccessResponse", "success"),
    "delete_product_tags": ("facebook", lambda c, i: c.media.delete_product_tags(i["media_id"], deleted_tags='[{"product_id":"3231775643511089"}]'), "SuccessResponse", "success"),
    "get_collaboration_invites": ("facebook", lambda c, i: c.media.get_collaboration_invites(), "CollaborationInviteList", "data"),
    "respond_to_collaboration_invite": ("facebook", lambda c, i: c.media.respond_to_collaboration_invite(media_id="18078920227752107", accept=True), "SuccessResponse", "success"),
    "create_media_container": ("instagram", lambda c, i: c.publishing.create_image_container("https://www.example.com/images/bronz-fonz.jpg", caption="#BronzFonz"), "ContainerCreated", "id"),
    "publish_container": ("instagram", lambda c, i: c.publishing.publish_container(i["container_id"]), "IdResponse", "id"),
    "get_container_status": ("instagram", lambda c, i: c.publishing.get_container_status(i["container_id"]), "Container", "status_code"),
    "upload_video": ("instagram", lambda c, i: c.publishing.upload_video(i["container_id"], offset=0, file_size=11, content=b"fake-video!"), "UploadResult", "success"),
    "get_comment": ("instagram", lambda c, i: c.comments.get(i["comment_id"]), "Comment", "text"),
    "hide_comment": ("instagram", lambda c, i: c.comments.hide(i["comment_id"]), "SuccessResponse", "success"),
    "delete_comment": ("instagram", lambda c, i: c.comments.delete(i["comment_id"]), "SuccessResponse", "success"),
    "get_replies": ("instagram", lambda c, i: c.comments.get_replies(i["comment_id"]), "CommentList", "data"),
    "reply": ("instagram", lambda c, i: c.comments.reply(i["comment_id"], "Thanks for your comment!"), "IdResponse", "id"),
    "reply_to_mention": ("instagram", lambda c, i: c.comments.reply_to_mention(media_id="17920238422030506", message="Thanks for the mention!"), "IdResponse", "id"),
    "get_account_insights": ("instagram", lambda c, i: c.insights.get_account_insights(metric=["reach"], period="day"), "InsightsResponse", "data"),
    "get_media_insights": ("instagram", lambda c, i: c.insights.get_media_insights(i["media_id"], metric=["shares", "comments"]), "InsightsResponse", "data"),
    "send_message": ("instagram", lambda c, i: c.messaging.send_text(i["igsid"], "Hello World!"), "SendMessageResponse", "message_id"),
    "upload_attachment": ("instagram", lambda c, i: c.messaging.upload_attachment(message={"attachment": {"type": "image", "payload": {"url": "https://www.example.com/image.jpg", "is_reusable": True}}}), "AttachmentUploadResult", "attachment_id"),
    "get_user_profile": ("instagram", lambda c, i: c.messaging.get_user_profile(i["igsid"]), "MessagingUserProfile", "username"),
    "list_conversations": ("instagram", lambda c, i: c.conversations.list(), "ConversationList", "data"),
    "get_conversation": ("instagram", lambda c, i: c.conversations.get_messages(i["conversation_id"]), "Conversation", "messages"),
    "get_message": ("instagram", lambda c, i: c.conversations.get_message(i["message_id"]), "Message", "message"),
    "list_welcome_flows": ("instagram", lambda c, i: c.welcome_flows.list(), "WelcomeFlowList", "data"),
    "create_welcome_flow": ("instagram", lambda c, i: c.welcome_flows.create(name="Customer intake flow", welcome_message_flow=[{"message": {"text": "Learn more about our summer sale!"}}], eligible_platforms=["instagram"]), "WelcomeFlowSaved", "flow_id"),
    "delete_welcome_flow": ("instagram", lambda c, i: c.welcome_flows.delete(i["flow_id"]), "SuccessResponse", "success"),
    "get_messenger_profile": ("instagram", lambda c, i: c.messenger_profile.get_ice_breakers(), "list", None),
    "set_messenger_profile": ("instagram", lambda c, i: c.messenger_profile.set_ice_breakers([{"call_to_actions": [{"question": "What is your favorite sport?", "payload": "SPORT"}], "locale": "default"}]), "ResultResponse", "result"),
    "delete_messenger_profile": ("instagram", lambda c, i: c.messenger_profile.delete_ice_breakers(), "ResultResponse", "result"),
    "get_subscribed_fields": ("instagram", lambda c, i: c.webhooks.get_subscribed_fields(), "SubscribedAppList", "data"),
    "subscribe": ("instagram", lambda c, i: c.webhooks.subscribe(["comments", "messages"]), "SuccessResponse", "success"),
    "unsubscribe": ("instagram", lambda c, i: c.webhooks.unsubscribe(), "SuccessResponse", "success"),
    "get_oembed": ("facebook", lambda c, i: c.oembed.get(url="https://www.instagram.com/p/FAKE0000001/"), "OEmbed", "html"),
    "search_hashtags": ("facebook", lambda c, i: c.hashtags.search(user_id=i["ig_user_id"], q="coke"), "HashtagList", "data"),
    "get_hashtag": ("facebook", lambda c, i: c.hashtags.get(i["hashtag_id"]), "Hashtag", "name"),
    "get_recent_media": ("facebook", lambda c, i: c.hashtags.get_recent_media(i["hashtag_id"], user_id=i["ig_user_id"]), "MediaList", "data"),
    "get_top_media": ("facebook", lambda c, i: c.hashtags.get_top_media(i["hashtag_id"], user_id=i["ig_user_id"]), "MediaList", "data"),
}  # fmt: skip


def test_every_namespace_operation_has_a_recorded_test() -> None:
    public = {op.operation_id for op in OPERATIONS.values() if not op.hidden}
    assert public == set(CALLS)


@pytest.mark.recorded
@pytest.mark.vcr
@pytest.mark.parametrize("operation", sorted(CALLS))
def test_operation(
    operation: str, ig: sdk.InstagramClient, ig_facebook: sdk.InstagramClient, ids: dict[str, str]
) -> None:
    login, call, model, required = CALLS[operation]
    client = ig_facebook if login == "facebook" else ig
    result = call(client, ids)
    expected = {"AccessToken": sdk.AccessToken, "list": list}.get(model) or getattr(models, model)
    assert isinstance(result, expected)
    if required is not None:
        value = getattr(result, required)
        assert value is not None
        assert not isinstance(value, Unset), f"{operation}: {required} missing from the recorded response"
