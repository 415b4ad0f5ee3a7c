"""FakeInstagram's routes table: every spec operation the fake serves, one row each.

Routing (`_routing.route`) and operation lookup (`_routing.operation_for`) both read this table,
and `tests/fake/test_routes.py` checks it against the spec: each row's method, path and server
are the spec's, and every Instagram Login operation has exactly one row. Adding an endpoint is a
spec change, a row here (with its handler) and an example (docs/architecture.md).

A path placeholder matches a segment naming an object of its kind (KINDS): `{ig_media_id}` only
an existing media, so GET /{id} finds the right row whatever the id is. Rows are tried in order;
the first whose host, version, method and path fit answers. A request no row fits is answered as
Meta does: 100/33 "Unsupported post request" (also for a method the spec does not list for that
path), 190 for an Instagram token on graph.facebook.com.
"""

from __future__ import annotations

from collections.abc import Mapping

from . import _graph_routes as graph
from . import _insights_routes as insights
from . import _messaging_routes as messaging
from . import _oauth_routes as oauth
from . import _publish_routes as publishing
from ._call import Kind, Route, pattern
from ._state import State


def _account(state: State, value: str) -> bool:
    return value in ("me", state.user_id)


KINDS: Mapping[str, Kind] = {
    "ig_user_id": _account,
    "ig_media_id": lambda state, value: value in state.media,
    "ig_comment_id": lambda state, value: value in state.comments,
    "ig_container_id": lambda state, value: value in state.containers,
    "igsid": lambda state, value: value in state.customers,
    "conversation_id": lambda state, value: value in state.conversations,
    "message_id": lambda state, value: value in state.messages,
    "api_version": pattern(r"v[\d.]+"),
}
# GET /{app-scoped id} reads the account too (the id /me answers with); its edges need the account id.
_ACCOUNT_OR_APP_SCOPED = {"ig_user_id": lambda state, value: _account(state, value) or value == state.app_scoped_id}
# An upload names its container in the URL; an unknown one gets rupload's own error, not Graph's.
_ANY_CONTAINER = {"ig_container_id": pattern(r"\w+")}

ROUTES: tuple[Route, ...] = (
    # --- OAuth and tokens: the handlers check the credentials themselves
    Route("GET", "/oauth/authorize", "authorize", oauth.authorize, "www.instagram.com", authenticated=False),
    Route(
        "POST",
        "/oauth/access_token",
        "get_short_lived_token",
        oauth.short_lived_token,
        "api.instagram.com",
        authenticated=False,
    ),
    Route("GET", "/access_token", "exchange_token", oauth.exchange_token, authenticated=False, unversioned=True),
    Route("GET", "/refresh_access_token", "refresh_token", oauth.refresh_token, authenticated=False, unversioned=True),
    Route("GET", "/me", "me", graph.get_account),
    # --- the account
    Route("GET", "/{ig_user_id}", "get_profile", graph.get_account, where=_ACCOUNT_OR_APP_SCOPED),
    Route("GET", "/{ig_user_id}/media", "get_user_media", graph.get_user_media),
    Route("GET", "/{ig_user_id}/stories", "get_stories", graph.no_media),
    Route("GET", "/{ig_user_id}/live_media", "get_live_media", graph.no_media),
    Route("GET", "/{ig_user_id}/tags", "get_tags", graph.get_tags),
    Route("POST", "/{ig_user_id}/mentions", "reply_to_mention", graph.reply_to_mention),
    Route("GET", "/{ig_user_id}/insights", "get_account_insights", insights.insights),
    # --- publishing
    Route("POST", "/{ig_user_id}/media", "create_media_container", publishing.create_media_container),
    Route("POST", "/{ig_user_id}/media_publish", "publish_container", publishing.publish_container),
    Route(
        "GET",
        "/{ig_user_id}/content_publishing_limit",
        "get_content_publishing_limit",
        publishing.get_content_publishing_limit,
    ),
    Route("GET", "/{ig_container_id}", "get_container_status", publishing.get_container_status),
    Route(
        "POST",
        "/ig-api-upload/{api_version}/{ig_container_id}",
        "upload_video",
        publishing.upload_video,
        "rupload.facebook.com",
        where=_ANY_CONTAINER,
    ),
    # --- media and comments
    Route("GET", "/{ig_media_id}", "get_media", graph.get_media),
    Route("POST", "/{ig_media_id}", "update_media", graph.update_media),
    Route("GET", "/{ig_media_id}/children", "get_children", graph.get_children),
    Route("GET", "/{ig_media_id}/comments", "get_comments", graph.list_comments),
    Route("POST", "/{ig_media_id}/comments", "create_comment", graph.add_comment),
    Route("GET", "/{ig_media_id}/insights", "get_media_insights", insights.insights),
    Route("GET", "/{ig_comment_id}", "get_comment", graph.get_comment),
    Route("POST", "/{ig_comment_id}", "hide_comment", graph.hide_comment),
    Route("DELETE", "/{ig_comment_id}", "delete_comment", graph.delete_comment),
    Route("GET", "/{ig_comment_id}/replies", "get_replies", graph.list_comments),
    Route("POST", "/{ig_comment_id}/replies", "reply", graph.add_comment),
    # --- messaging
    Route("POST", "/{ig_user_id}/messages", "send_message", messaging.send_message),
    Route("POST", "/{ig_user_id}/message_attachments", "upload_attachment", messaging.upload_attachment),
    Route("GET", "/{igsid}", "get_user_profile", messaging.get_user_profile),
    Route("GET", "/{ig_user_id}/conversations", "list_conversations", messaging.list_conversations),
    Route("GET", "/{conversation_id}", "get_conversation", messaging.get_conversation),
    Route("GET", "/{message_id}", "get_message", messaging.get_message),
    Route("GET", "/{ig_user_id}/welcome_message_flows", "list_welcome_flows", messaging.list_welcome_flows),
    Route("POST", "/{ig_user_id}/welcome_message_flows", "create_welcome_flow", messaging.create_welcome_flow),
    Route("DELETE", "/{ig_user_id}/welcome_message_flows", "delete_welcome_flow", messaging.delete_welcome_flow),
    Route("GET", "/{ig_user_id}/messenger_profile", "get_messenger_profile", messaging.get_messenger_profile),
    Route("POST", "/{ig_user_id}/messenger_profile", "set_messenger_profile", messaging.set_messenger_profile),
    Route("DELETE", "/{ig_user_id}/messenger_profile", "delete_messenger_profile", messaging.delete_messenger_profile),
    Route("GET", "/{ig_user_id}/subscribed_apps", "get_subscribed_fields", messaging.get_subscribed_fields),
    Route("POST", "/{ig_user_id}/subscribed_apps", "subscribe", messaging.subscribe),
    Route("DELETE", "/{ig_user_id}/subscribed_apps", "unsubscribe", messaging.unsubscribe),
    # --- oEmbed: graph.facebook.com, without a token since 2026-05-15
    Route("GET", "/instagram_oembed", "get_oembed", graph.oembed, "graph.facebook.com", authenticated=False),
)
