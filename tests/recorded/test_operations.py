"""Every public namespace method against a cassette: the request must match what was recorded (method,
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

# "namespace.method" -> (the operation it calls, login, call, result type, a field that must be present)
CALLS: dict[str, tuple[str, str, Call, str, str | None]] = {
    "auth.exchange_token": (
        "exchange_token",
        "instagram",
        lambda c, i: c.auth.exchange_token("short-lived-token", "test-app-secret-0001"),
        "AccessToken",
        "access_token",
    ),
    "auth.me": ("me", "instagram", lambda c, i: c.auth.me("id,user_id,username,account_type"), "User", "username"),
    "auth.refresh_token": (
        "refresh_token",
        "instagram",
        lambda c, i: c.auth.refresh_token(),
        "AccessToken",
        "access_token",
    ),
    "comments.delete": (
        "delete_comment",
        "instagram",
        lambda c, i: c.comments.delete(i["comment_id"]),
        "SuccessResponse",
        "success",
    ),
    "comments.get": ("get_comment", "instagram", lambda c, i: c.comments.get(i["comment_id"]), "Comment", "text"),
    "comments.get_replies": (
        "get_replies",
        "instagram",
        lambda c, i: c.comments.get_replies(i["comment_id"]),
        "CommentList",
        "data",
    ),
    "comments.hide": (
        "hide_comment",
        "instagram",
        lambda c, i: c.comments.hide(i["comment_id"]),
        "SuccessResponse",
        "success",
    ),
    "comments.reply": (
        "reply",
        "instagram",
        lambda c, i: c.comments.reply(i["comment_id"], "Thanks for your comment!"),
        "IdResponse",
        "id",
    ),
    "comments.reply_to_mention": (
        "reply_to_mention",
        "instagram",
        lambda c, i: c.comments.reply_to_mention(media_id="17920238422030506", message="Thanks for the mention!"),
        "IdResponse",
        "id",
    ),
    "comments.unhide": (
        "hide_comment",
        "instagram",
        lambda c, i: c.comments.unhide(i["comment_id"]),
        "SuccessResponse",
        "success",
    ),
    "conversations.find_by_user": (
        "list_conversations",
        "instagram",
        lambda c, i: c.conversations.find_by_user(i["igsid"]),
        "ConversationList",
        "data",
    ),
    "conversations.get_message": (
        "get_message",
        "instagram",
        lambda c, i: c.conversations.get_message(i["message_id"]),
        "Message",
        "message",
    ),
    "conversations.get_messages": (
        "get_conversation",
        "instagram",
        lambda c, i: c.conversations.get_messages(i["conversation_id"]),
        "Conversation",
        "messages",
    ),
    "conversations.list": (
        "list_conversations",
        "instagram",
        lambda c, i: c.conversations.list(),
        "ConversationList",
        "data",
    ),
    "hashtags.get": ("get_hashtag", "facebook", lambda c, i: c.hashtags.get(i["hashtag_id"]), "Hashtag", "name"),
    "hashtags.get_recent_media": (
        "get_recent_media",
        "facebook",
        lambda c, i: c.hashtags.get_recent_media(i["hashtag_id"], user_id=i["ig_user_id"]),
        "MediaList",
        "data",
    ),
    "hashtags.get_top_media": (
        "get_top_media",
        "facebook",
        lambda c, i: c.hashtags.get_top_media(i["hashtag_id"], user_id=i["ig_user_id"]),
        "MediaList",
        "data",
    ),
    "hashtags.search": (
        "search_hashtags",
        "facebook",
        lambda c, i: c.hashtags.search(user_id=i["ig_user_id"], q="coke"),
        "HashtagList",
        "data",
    ),
    "insights.get_account_insights": (
        "get_account_insights",
        "instagram",
        lambda c, i: c.insights.get_account_insights(metric=["reach"], period="day"),
        "InsightsResponse",
        "data",
    ),
    "insights.get_media_insights": (
        "get_media_insights",
        "instagram",
        lambda c, i: c.insights.get_media_insights(i["media_id"], metric=["shares", "comments"]),
        "InsightsResponse",
        "data",
    ),
    "media.create_comment": (
        "create_comment",
        "instagram",
        lambda c, i: c.media.create_comment(i["media_id"], "Thanks for stopping by!"),
        "IdResponse",
        "id",
    ),
    "media.create_product_tags": (
        "create_product_tags",
        "facebook",
        lambda c, i: c.media.create_product_tags(
            i["media_id"], updated_tags='[{"product_id":"3231775643511089","x":0.5,"y":0.8}]'
        ),
        "SuccessResponse",
        "success",
    ),
    "media.delete": ("delete_media", "facebook", lambda c, i: c.media.delete(i["media_id"]), "DeleteResult", "success"),
    "media.delete_product_tags": (
        "delete_product_tags",
        "facebook",
        lambda c, i: c.media.delete_product_tags(i["media_id"], deleted_tags='[{"product_id":"3231775643511089"}]'),
        "SuccessResponse",
        "success",
    ),
    "media.get": ("get_media", "instagram", lambda c, i: c.media.get(i["media_id"]), "Media", "media_type"),
    "media.get_children": (
        "get_children",
        "instagram",
        lambda c, i: c.media.get_children(i["media_id"]),
        "MediaList",
        "data",
    ),
    "media.get_collaboration_invites": (
        "get_collaboration_invites",
        "facebook",
        lambda c, i: c.media.get_collaboration_invites(),
        "CollaborationInviteList",
        "data",
    ),
    "media.get_collaborators": (
        "get_collaborators",
        "facebook",
        lambda c, i: c.media.get_collaborators(i["media_id"]),
        "CollaboratorList",
        "data",
    ),
    "media.get_comments": (
        "get_comments",
        "instagram",
        lambda c, i: c.media.get_comments(i["media_id"], fields="id,text,from,timestamp"),
        "CommentList",
        "data",
    ),
    "media.get_insights": (
        "get_media_insights",
        "instagram",
        lambda c, i: c.media.get_insights(i["media_id"], metric=["reach", "likes"]),
        "InsightsResponse",
        "data",
    ),
    "media.get_product_tags": (
        "get_product_tags",
        "facebook",
        lambda c, i: c.media.get_product_tags(i["media_id"]),
        "ProductTagList",
        "data",
    ),
    "media.respond_to_collaboration_invite": (
        "respond_to_collaboration_invite",
        "facebook",
        lambda c, i: c.media.respond_to_collaboration_invite(media_id="18078920227752107", accept=True),
        "SuccessResponse",
        "success",
    ),
    "media.like": (
        "like_object",
        "facebook",
        lambda c, i: c.media.like(media_id=i["media_id"]),
        "SuccessResponse",
        "success",
    ),
    "media.unlike": (
        "unlike_object",
        "facebook",
        lambda c, i: c.media.unlike(comment_id=i["comment_id"]),
        "SuccessResponse",
        "success",
    ),
    "media.update": (
        "update_media",
        "instagram",
        lambda c, i: c.media.update(i["media_id"], comment_enabled=False),
        "SuccessResponse",
        "success",
    ),
    "messaging.get_user_profile": (
        "get_user_profile",
        "instagram",
        lambda c, i: c.messaging.get_user_profile(i["igsid"]),
        "MessagingUserProfile",
        "username",
    ),
    "messaging.pass_thread_control": (
        "send_message",
        "instagram",
        lambda c, i: c.messaging.pass_thread_control(
            i["igsid"], "Let me transfer you to our live agent", app_id="1217981644879628"
        ),
        "SendMessageResponse",
        "message_id",
    ),
    "messaging.take_thread_control": (
        "send_message",
        "instagram",
        lambda c, i: c.messaging.take_thread_control(i["igsid"], "I am back"),
        "SendMessageResponse",
        "message_id",
    ),
    "messaging.reply_to_message": (
        "send_message",
        "instagram",
        lambda c, i: c.messaging.reply_to_message(i["igsid"], i["message_id"], "Replying to your question"),
        "SendMessageResponse",
        "message_id",
    ),
    "messaging.mark_seen": (
        "send_message",
        "instagram",
        lambda c, i: c.messaging.mark_seen(i["igsid"]),
        "SendMessageResponse",
        None,
    ),
    "messaging.react_to_message": (
        "send_message",
        "instagram",
        lambda c, i: c.messaging.react_to_message(i["igsid"], i["message_id"]),
        "SendMessageResponse",
        None,
    ),
    "messaging.send_button_template": (
        "send_message",
        "instagram",
        lambda c, i: c.messaging.send_button_template(
            i["igsid"], "What next?", [{"type": "postback", "title": "Talk to us", "payload": "TALK"}]
        ),
        "SendMessageResponse",
        "message_id",
    ),
    "messaging.send_generic_template": (
        "send_message",
        "instagram",
        lambda c, i: c.messaging.send_generic_template(
            i["igsid"],
            [
                {
                    "title": "Summer sale",
                    "subtitle": "Up to 50% off",
                    "image_url": "https://www.example.com/sale.jpg",
                    "buttons": [{"type": "web_url", "url": "https://www.example.com", "title": "Shop"}],
                }
            ],
        ),
        "SendMessageResponse",
        "message_id",
    ),
    "messaging.send_like_heart": (
        "send_message",
        "instagram",
        lambda c, i: c.messaging.send_like_heart(i["igsid"]),
        "SendMessageResponse",
        "message_id",
    ),
    "messaging.send_media": (
        "send_message",
        "instagram",
        lambda c, i: c.messaging.send_media(i["igsid"], "image", "https://www.example.com/image.jpg"),
        "SendMessageResponse",
        "message_id",
    ),
    "messaging.send_media_share": (
        "send_message",
        "instagram",
        lambda c, i: c.messaging.send_media_share(i["igsid"], i["media_id"]),
        "SendMessageResponse",
        "message_id",
    ),
    "messaging.send_message": (
        "send_message",
        "instagram",
        lambda c, i: c.messaging.send_message(recipient={"id": i["igsid"]}, message={"text": "Hello World!"}),
        "SendMessageResponse",
        "message_id",
    ),
    "messaging.send_private_reply": (
        "send_message",
        "instagram",
        lambda c, i: c.messaging.send_private_reply(i["comment_id"], "Thanks, we sent you a DM!"),
        "SendMessageResponse",
        "message_id",
    ),
    "messaging.send_quick_replies": (
        "send_message",
        "instagram",
        lambda c, i: c.messaging.send_quick_replies(
            i["igsid"], "Pick one", [{"content_type": "text", "title": "Yes", "payload": "YES"}]
        ),
        "SendMessageResponse",
        "message_id",
    ),
    "messaging.send_text": (
        "send_message",
        "instagram",
        lambda c, i: c.messaging.send_text(i["igsid"], "Hello World!"),
        "SendMessageResponse",
        "message_id",
    ),
    "messaging.send_typing_indicator": (
        "send_message",
        "instagram",
        lambda c, i: c.messaging.send_typing_indicator(i["igsid"], on=True),
        "SendMessageResponse",
        None,
    ),
    "messaging.unreact_to_message": (
        "send_message",
        "instagram",
        lambda c, i: c.messaging.unreact_to_message(i["igsid"], i["message_id"]),
        "SendMessageResponse",
        None,
    ),
    "messaging.upload_attachment": (
        "upload_attachment",
        "instagram",
        lambda c, i: c.messaging.upload_attachment(
            message={
                "attachment": {
                    "type": "image",
                    "payload": {"url": "https://www.example.com/image.jpg", "is_reusable": True},
                }
            }
        ),
        "AttachmentUploadResult",
        "attachment_id",
    ),
    "messenger_profile.delete": (
        "delete_messenger_profile",
        "instagram",
        lambda c, i: c.messenger_profile.delete("ice_breakers"),
        "ResultResponse",
        "result",
    ),
    "messenger_profile.delete_ice_breakers": (
        "delete_messenger_profile",
        "instagram",
        lambda c, i: c.messenger_profile.delete_ice_breakers(),
        "ResultResponse",
        "result",
    ),
    "messenger_profile.delete_persistent_menu": (
        "delete_messenger_profile",
        "instagram",
        lambda c, i: c.messenger_profile.delete_persistent_menu(),
        "ResultResponse",
        "result",
    ),
    "messenger_profile.get": (
        "get_messenger_profile",
        "instagram",
        lambda c, i: c.messenger_profile.get("ice_breakers,persistent_menu"),
        "MessengerProfileList",
        "data",
    ),
    "messenger_profile.get_ice_breakers": (
        "get_messenger_profile",
        "instagram",
        lambda c, i: c.messenger_profile.get_ice_breakers(),
        "list",
        None,
    ),
    "messenger_profile.get_persistent_menu": (
        "get_messenger_profile",
        "instagram",
        lambda c, i: c.messenger_profile.get_persistent_menu(),
        "list",
        None,
    ),
    "messenger_profile.set": (
        "set_messenger_profile",
        "instagram",
        lambda c, i: c.messenger_profile.set(
            platform="instagram",
            ice_breakers=[
                {"call_to_actions": [{"question": "Where are you?", "payload": "WHERE"}], "locale": "default"}
            ],
        ),
        "ResultResponse",
        "result",
    ),
    "messenger_profile.set_ice_breakers": (
        "set_messenger_profile",
        "instagram",
        lambda c, i: c.messenger_profile.set_ice_breakers(
            [
                {
                    "call_to_actions": [{"question": "What is your favorite sport?", "payload": "SPORT"}],
                    "locale": "default",
                }
            ]
        ),
        "ResultResponse",
        "result",
    ),
    "messenger_profile.set_persistent_menu": (
        "set_messenger_profile",
        "instagram",
        lambda c, i: c.messenger_profile.set_persistent_menu(
            [{"locale": "default", "call_to_actions": [{"type": "postback", "title": "Talk to us", "payload": "TALK"}]}]
        ),
        "ResultResponse",
        "result",
    ),
    "oembed.get": (
        "get_oembed",
        "facebook",
        lambda c, i: c.oembed.get(url="https://www.instagram.com/p/FAKE0000001/"),
        "OEmbed",
        "html",
    ),
    "publishing.check_publishing_quota": (
        "get_content_publishing_limit",
        "instagram",
        lambda c, i: c.publishing.check_publishing_quota(),
        "PublishingQuota",
        "total",
    ),
    "publishing.create_carousel": (
        "create_media_container",
        "instagram",
        lambda c, i: c.publishing.create_carousel(
            [{"image_url": "https://www.example.com/a.jpg"}, {"image_url": "https://www.example.com/b.jpg"}],
            caption="Both",
            interval=0,
            timeout=1,
        ),
        "ContainerCreated",
        "id",
    ),
    "publishing.create_carousel_container": (
        "create_media_container",
        "instagram",
        lambda c, i: c.publishing.create_carousel_container(
            ["17899506308402767", "18193870522147812"], caption="Two photos"
        ),
        "ContainerCreated",
        "id",
    ),
    "publishing.create_container": (
        "create_media_container",
        "instagram",
        lambda c, i: c.publishing.create_container(
            image_url="https://www.example.com/images/bronz-fonz.jpg", alt_text="A bronze statue"
        ),
        "ContainerCreated",
        "id",
    ),
    "publishing.create_image_container": (
        "create_media_container",
        "instagram",
        lambda c, i: c.publishing.create_image_container(
            "https://www.example.com/images/bronz-fonz.jpg", caption="#BronzFonz"
        ),
        "ContainerCreated",
        "id",
    ),
    "publishing.create_resumable_upload": (
        "create_media_container",
        "instagram",
        lambda c, i: c.publishing.create_resumable_upload(caption="A big reel"),
        "ContainerCreated",
        "id",
    ),
    "publishing.create_video_container": (
        "create_media_container",
        "instagram",
        lambda c, i: c.publishing.create_video_container(
            "https://www.example.com/videos/reel.mp4", caption="Made offline", share_to_feed=True
        ),
        "ContainerCreated",
        "id",
    ),
    "publishing.get_container_status": (
        "get_container_status",
        "instagram",
        lambda c, i: c.publishing.get_container_status(i["container_id"]),
        "Container",
        "status_code",
    ),
    "publishing.publish": (
        "publish_container",
        "instagram",
        lambda c, i: c.publishing.publish(i["container_id"]),
        "PublishResult",
        "media_id",
    ),
    "publishing.publish_container": (
        "publish_container",
        "instagram",
        lambda c, i: c.publishing.publish_container(i["container_id"]),
        "IdResponse",
        "id",
    ),
    "publishing.upload_video": (
        "upload_video",
        "instagram",
        lambda c, i: c.publishing.upload_video(i["container_id"], offset=0, file_size=11, content=b"fake-video!"),
        "UploadResult",
        "success",
    ),
    "publishing.upload_video_file": (
        "upload_video",
        "instagram",
        lambda c, i: c.publishing.upload_video_file(i["container_id"], b"fake-video!"),
        "UploadResult",
        "success",
    ),
    "publishing.wait_and_publish": (
        "publish_container",
        "instagram",
        lambda c, i: c.publishing.wait_and_publish(i["container_id"], interval=0, timeout=1),
        "PublishResult",
        "media_id",
    ),
    "publishing.wait_for_container": (
        "get_container_status",
        "instagram",
        lambda c, i: c.publishing.wait_for_container(i["container_id"], interval=0, timeout=1),
        "Container",
        "status_code",
    ),
    "users.get_available_catalogs": (
        "get_available_catalogs",
        "facebook",
        lambda c, i: c.users.get_available_catalogs(fields="catalog_id,catalog_name"),
        "CatalogList",
        "data",
    ),
    "users.get_business_discovery": (
        "get_business_discovery",
        "facebook",
        lambda c, i: c.users.get_business_discovery("bluebottle", fields="followers_count,media_count"),
        "User",
        "followers_count",
    ),
    "users.get_content_publishing_limit": (
        "get_content_publishing_limit",
        "instagram",
        lambda c, i: c.users.get_content_publishing_limit(),
        "ContentPublishingLimitList",
        "data",
    ),
    "users.get_facebook_page": (
        "get_facebook_page",
        "facebook",
        lambda c, i: c.users.get_facebook_page(i["page_id"]),
        "FacebookPage",
        "instagram_business_account",
    ),
    "users.get_facebook_pages": (
        "get_facebook_pages",
        "facebook",
        lambda c, i: c.users.get_facebook_pages(),
        "FacebookPageList",
        "data",
    ),
    "users.get_live_media": (
        "get_live_media",
        "instagram",
        lambda c, i: c.users.get_live_media(fields="id,media_type"),
        "MediaList",
        "data",
    ),
    "users.get_media": ("get_user_media", "instagram", lambda c, i: c.users.get_media(limit=2), "MediaList", "data"),
    "users.get_mentioned_comment": (
        "get_profile",
        "instagram",
        lambda c, i: c.users.get_mentioned_comment(i["comment_id"]),
        "Comment",
        "text",
    ),
    "users.get_mentioned_media": (
        "get_profile",
        "instagram",
        lambda c, i: c.users.get_mentioned_media(i["media_id"]),
        "Media",
        "caption",
    ),
    "users.get_profile": (
        "get_profile",
        "instagram",
        lambda c, i: c.users.get_profile(fields="id,username,account_type,biography,website"),
        "User",
        "username",
    ),
    "users.get_recently_searched_hashtags": (
        "get_recently_searched_hashtags",
        "facebook",
        lambda c, i: c.users.get_recently_searched_hashtags(limit=5),
        "HashtagList",
        "data",
    ),
    "users.get_stories": (
        "get_stories",
        "instagram",
        lambda c, i: c.users.get_stories(fields="id,media_type,media_product_type"),
        "MediaList",
        "data",
    ),
    "users.get_tags": (
        "get_tags",
        "instagram",
        lambda c, i: c.users.get_tags(fields="id,caption,media_type,username"),
        "MediaList",
        "data",
    ),
    "users.search_catalog_products": (
        "search_catalog_products",
        "facebook",
        lambda c, i: c.users.search_catalog_products(catalog_id="960179311066902", q="gummy"),
        "CatalogProductList",
        "data",
    ),
    "webhooks.get_subscribed_fields": (
        "get_subscribed_fields",
        "instagram",
        lambda c, i: c.webhooks.get_subscribed_fields(),
        "SubscribedAppList",
        "data",
    ),
    "webhooks.subscribe": (
        "subscribe",
        "instagram",
        lambda c, i: c.webhooks.subscribe(["comments", "messages"]),
        "SuccessResponse",
        "success",
    ),
    "webhooks.unsubscribe": (
        "unsubscribe",
        "instagram",
        lambda c, i: c.webhooks.unsubscribe(),
        "SuccessResponse",
        "success",
    ),
    "welcome_flows.create": (
        "create_welcome_flow",
        "instagram",
        lambda c, i: c.welcome_flows.create(
            name="Customer intake flow",
            welcome_message_flow=[{"message": {"text": "Learn more about our summer sale!"}}],
            eligible_platforms=["instagram"],
        ),
        "WelcomeFlowSaved",
        "flow_id",
    ),
    "welcome_flows.delete": (
        "delete_welcome_flow",
        "instagram",
        lambda c, i: c.welcome_flows.delete(i["flow_id"]),
        "SuccessResponse",
        "success",
    ),
    "welcome_flows.get": (
        "list_welcome_flows",
        "instagram",
        lambda c, i: c.welcome_flows.get(i["flow_id"]),
        "WelcomeFlow",
        None,
    ),
    "welcome_flows.list": (
        "list_welcome_flows",
        "instagram",
        lambda c, i: c.welcome_flows.list(),
        "WelcomeFlowList",
        "data",
    ),
    "welcome_flows.update": (
        "create_welcome_flow",
        "instagram",
        lambda c, i: c.welcome_flows.update(
            i["flow_id"],
            name="Customer intake flow",
            welcome_message_flow=[{"message": {"text": "Our summer sale ends Sunday!"}}],
        ),
        "WelcomeFlowSaved",
        "flow_id",
    ),
}


NAMESPACES = (
    "auth",
    "users",
    "media",
    "publishing",
    "messaging",
    "conversations",
    "comments",
    "insights",
    "welcome_flows",
    "messenger_profile",
    "webhooks",
    "oembed",
    "hashtags",
)
RESULT_TYPES: dict[str, type] = {
    "AccessToken": sdk.AccessToken,
    "PublishResult": sdk.PublishResult,
    "PublishingQuota": sdk.PublishingQuota,
    "list": list,
}


def test_every_public_method_has_a_recorded_test() -> None:
    client = sdk.InstagramClient("test-access-token-0001")
    public = {
        f"{namespace}.{name}"
        for namespace in NAMESPACES
        for name in dir(getattr(client, namespace))
        if not name.startswith("_") and callable(getattr(getattr(client, namespace), name))
    }
    assert public == set(CALLS)


def test_every_namespace_operation_is_called() -> None:
    public = {op.operation_id for op in OPERATIONS.values() if not op.hidden}
    assert public == {operation for operation, *_ in CALLS.values()}


@pytest.mark.recorded
@pytest.mark.vcr
@pytest.mark.parametrize("method", sorted(CALLS))
def test_method(method: str, ig: sdk.InstagramClient, ig_facebook: sdk.InstagramClient, ids: dict[str, str]) -> None:
    _operation, login, call, result_type, required = CALLS[method]
    client = ig_facebook if login == "facebook" else ig
    result = call(client, ids)
    expected = RESULT_TYPES.get(result_type) or getattr(models, result_type)
    assert isinstance(result, expected)
    if required is not None:
        value = getattr(result, required)
        assert value is not None
        assert not isinstance(value, Unset), f"{method}: {required} missing from the recorded response"
