"""FakeInstagram's router: which handler answers a request, and which spec operation it is."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from . import _graph_routes as graph
from . import _messaging_routes as messaging
from . import _oauth_routes as oauth
from . import _publish_routes as publishing
from ._http import FakeRequest, FakeResponse, authenticate, graph_error, page, parse_fields, project
from ._state import State, Token

if TYPE_CHECKING:
    from .fake import FakeInstagram

UPLOAD = re.compile(r"/ig-api-upload/(v[\d.]+)/(\w+)")


class LostResponse(Exception):
    """Raised inside the fake when a fault drops the connection after the work was done."""


class SlowResponse(LostResponse):
    """Raised when the work is still going on (faults.slow_publish): the client's wait times out."""


def route(fake: FakeInstagram, request: FakeRequest) -> FakeResponse:
    """Answer one request from the fake's state (faults are applied by the caller)."""
    state, path = fake.state, request.path
    publishing.land_publishes(state)
    if request.host == "graph.facebook.com":
        if path == "/instagram_oembed" and request.method == "GET" and request.token() is None:
            return graph.oembed(request)
        return graph_error(190, "Invalid OAuth access token - Cannot parse access token")  # an Instagram token
    if path == "/oauth/authorize" and request.method == "GET":
        deny, fake._deny_next = fake._deny_next, False
        return oauth.authorize(state, request, deny=deny)
    if path == "/oauth/access_token" and request.method == "POST":
        return oauth.short_lived_token(state, request, legacy_shape=fake.legacy_token_shape)
    if path == "/access_token" and request.version is None:
        return oauth.exchange_token(state, request)
    if path == "/refresh_access_token" and request.version is None:
        return oauth.refresh_token(state, request)
    upload = UPLOAD.fullmatch(path)
    token = authenticate(state, request, "upload_video" if upload else None)
    if isinstance(token, FakeResponse):
        return token
    if upload:
        cut = fake.faults.take(("cut",), path)
        response = publishing.upload(state, request, upload.group(2), cut_at=cut.options["at_bytes"] if cut else None)
        if cut is not None:  # the bytes up to the cut were kept; the answer never leaves
            raise LostResponse("FakeInstagram dropped the upload connection mid-body")
        return response
    segments = [s for s in path.split("/") if s]
    if not segments:
        return graph.unsupported("/")
    node = state.user_id if segments[0] == "me" else segments[0]
    if len(segments) == 1:
        return _node(state, request, token, node)
    if len(segments) == 2 and segments[1] == "media_publish" and node == state.user_id:
        fault = fake.faults.take(("slow_publish",), path) if request.method == "POST" else None
        if fault is not None:
            slow = (float(fault.options["seconds"]), str(fault.options["status"]))
            response = publishing.publish(state, request, token, slow=slow)
            if response.status == 200:
                raise SlowResponse("FakeInstagram is still publishing; the answer did not come in time")
            return response
    if len(segments) == 2:
        return _edge(state, request, token, node, segments[1])
    return graph.unsupported(path)


def _node(state: State, request: FakeRequest, token: Token, node: str) -> FakeResponse:
    if request.method == "GET":
        container = state.containers.get(node)
        if container is not None:
            return publishing.get_container(state, request, container)
        return graph.get_node(state, request, token, request.path.strip("/"))
    if node in state.comments:
        return graph.comment_write(state, request, token, node)
    if node in state.media:
        return graph.media_write(state, request, token, node)
    return graph.unsupported(node, request.method.lower())


def _edge(state: State, request: FakeRequest, token: Token, node: str, edge: str) -> FakeResponse:
    if node == state.user_id:
        if edge == "media":
            if request.method == "POST":
                return publishing.create_container(state, request, token)
            return _feed(state, request)
        if edge == "media_publish":
            return publishing.publish(state, request, token)
        if edge == "content_publishing_limit":
            return publishing.publishing_limit(state, request, token)
        return _user_edge(state, request, token, edge)
    if node in state.media:
        if edge == "children":
            children = [state.media[c] for c in state.media[node].get("children", [])]
            fields = parse_fields(request.params.get("fields") or "id")
            return FakeResponse(200, {"data": [project(c, fields) for c in children]}, "get_children")
        if edge == "comments":
            return graph.comments_edge(state, request, token, node, replies=False)
        if edge == "insights":
            return graph.insights(state, request, token, node)
    if node in state.comments and edge == "replies":
        return graph.comments_edge(state, request, token, node, replies=True)
    return graph.unsupported(f"{node}/{edge}")


def _feed(state: State, request: FakeRequest) -> FakeResponse:
    items = graph.feed(state)
    if request.params.get("since"):
        items = [m for m in items if _epoch(m["timestamp"]) >= int(request.params["since"])]
    if request.params.get("until"):
        items = [m for m in items if _epoch(m["timestamp"]) < int(request.params["until"])]
    fields = parse_fields(request.params.get("fields") or "id")
    expand = graph.expander(state, request)
    return FakeResponse(200, page([project(m, fields, expand) for m in items], request), "get_user_media")


def _epoch(stamp: str) -> int:
    return int(datetime.fromisoformat(stamp).timestamp())


def _user_edge(state: State, request: FakeRequest, token: Token, edge: str) -> FakeResponse:
    if edge in ("stories", "live_media"):
        return FakeResponse(200, {"data": []}, f"get_{edge}")
    if edge == "tags":
        tagged = [
            {
                "id": state.new_id(),
                "caption": "Tagging @fake_business",
                "media_type": "IMAGE",
                "username": "another_account",
            }
        ]
        return FakeResponse(200, page(tagged, request, with_next=False), "get_tags")
    if edge == "mentions":
        return graph.mentions(state, request, token)
    if edge == "insights":
        return graph.insights(state, request, token, "me")
    if edge == "messages":
        return messaging.send_message(state, request, token)
    if edge == "message_attachments":
        return FakeResponse(200, {"attachment_id": state.new_id()}, "upload_attachment")
    if edge == "conversations":
        return messaging.conversations(state, request, token)
    if edge == "welcome_message_flows":
        return messaging.welcome_flows(state, request, token)
    if edge == "messenger_profile":
        return messaging.messenger_profile(state, request, token)
    if edge == "subscribed_apps":
        return messaging.subscribed_apps(state, request, token)
    return graph.unsupported(edge)


def operation_for(state: State, request: FakeRequest) -> str | None:
    """The spec operation a request addresses (whatever the answer was)."""
    method, path = request.method, request.path
    fixed = {("GET", "/oauth/authorize"): "authorize", ("POST", "/oauth/access_token"): "get_short_lived_token",
             ("GET", "/access_token"): "exchange_token", ("GET", "/refresh_access_token"): "refresh_token",
             ("GET", "/me"): "me"}  # fmt: skip
    if (method, path) in fixed:
        return fixed[(method, path)]
    if UPLOAD.fullmatch(path):
        return "upload_video"
    if path == "/instagram_oembed":
        return "get_oembed"
    segments = [s for s in path.split("/") if s]
    node = state.user_id if segments and segments[0] == "me" else (segments[0] if segments else "")
    if len(segments) == 1:
        kinds = (
            (state.containers, {"GET": "get_container_status"}),
            (state.media, {"GET": "get_media", "POST": "update_media", "DELETE": "delete_media"}),
            (state.comments, {"GET": "get_comment", "POST": "hide_comment", "DELETE": "delete_comment"}),
            (state.customers, {"GET": "get_user_profile"}), (state.conversations, {"GET": "get_conversation"}),
            (state.messages, {"GET": "get_message"}), ({state.user_id: None}, {"GET": "get_profile"}),
        )  # fmt: skip
        return next((ops.get(method) for table, ops in kinds if node in table), None)
    if len(segments) != 2:
        return None
    edge = segments[1]
    if node == state.user_id:
        by_method = {
            "media": {"GET": "get_user_media", "POST": "create_media_container"},
            "welcome_message_flows": {
                "GET": "list_welcome_flows", "POST": "create_welcome_flow", "DELETE": "delete_welcome_flow",
            },
            "messenger_profile": {
                "GET": "get_messenger_profile", "POST": "set_messenger_profile", "DELETE": "delete_messenger_profile",
            },
            "subscribed_apps": {"GET": "get_subscribed_fields", "POST": "subscribe", "DELETE": "unsubscribe"},
        }  # fmt: skip
        single = {"media_publish": "publish_container", "content_publishing_limit": "get_content_publishing_limit",
                  "stories": "get_stories", "live_media": "get_live_media", "tags": "get_tags",
                  "mentions": "reply_to_mention", "insights": "get_account_insights", "messages": "send_message",
                  "message_attachments": "upload_attachment", "conversations": "list_conversations"}  # fmt: skip
        return by_method.get(edge, {}).get(method) or single.get(edge)
    if node in state.media:
        return {"children": "get_children", "insights": "get_media_insights",
                "comments": "create_comment" if method == "POST" else "get_comments"}.get(edge)  # fmt: skip
    if node in state.comments and edge == "replies":
        return "reply" if method == "POST" else "get_replies"
    return None
