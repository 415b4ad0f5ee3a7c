"""FakeInstagram's graph.instagram.com routes for the account, media, comments and oEmbed
(publishing, insights, messaging and OAuth have their own modules; `_routes.py` maps paths to all).

Every handler returns a FakeResponse naming the spec operation it answers, so a test can
validate each response against that operation's schema.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ._call import Call
from ._http import FakeRequest, FakeResponse, Field, graph_error, missing_permission, page, parse_fields, project
from ._state import State

BASIC, COMMENTS, MESSAGES, INSIGHTS = (
    "instagram_business_basic",
    "instagram_business_manage_comments",
    "instagram_business_manage_messages",
    "instagram_business_manage_insights",
)


def unsupported(node: str, method: str = "get", operation_id: str | None = None) -> FakeResponse:
    return graph_error(
        100,
        f"Unsupported {method} request. Object with ID '{node}' does not exist, cannot be loaded due to missing "
        "permissions, or does not support this operation. Please read the Graph API documentation at "
        "https://developers.facebook.com/docs/graph-api",
        subcode=33,
        operation_id=operation_id,
    )


def invalid(message: str, operation_id: str, code: int = 100, subcode: int | None = None) -> FakeResponse:
    return graph_error(code, message, subcode=subcode, operation_id=operation_id)


def cannot_parse_token(operation_id: str | None = None) -> FakeResponse:
    """What graph.facebook.com answers to an Instagram token."""
    return graph_error(190, "Invalid OAuth access token - Cannot parse access token", operation_id=operation_id)


def feed(state: State) -> list[dict[str, Any]]:
    return [m for m in reversed(state.media.values()) if not m.get("_child")]


# --- objects with their edges
def account(state: State) -> dict[str, Any]:
    return {
        "id": state.app_scoped_id,
        "user_id": state.user_id,
        "username": state.username,
        "name": "Fake Business",
        "account_type": "BUSINESS",
        "profile_picture_url": "https://scontent.cdninstagram.com/v/fake-avatar.jpg",
        "followers_count": 1234,
        "follows_count": 56,
        "media_count": len(feed(state)),
        "biography": "A fake account for offline tests",
        "website": "https://www.example.com/",
    }


def expander(state: State, request: FakeRequest) -> Any:
    """Resolves edges and expansions requested through `fields`."""

    def nested(items: list[dict[str, Any]], f: Field) -> dict[str, Any]:
        limit = int(f.args.get("limit", 25))
        return {"data": [project(i, f.sub or []) for i in items[:limit]]}

    def expand(obj: dict[str, Any], f: Field) -> Any:
        if f.name == "children" and "children" in obj:
            return nested([state.media[c] for c in obj["children"]], f)
        if f.name == "comments" and obj.get("id") in state.media:
            return nested(
                [
                    c
                    for c in reversed(state.comments.values())
                    if c["media"]["id"] == obj["id"] and "parent_id" not in c
                ],
                f,
            )
        if f.name == "replies" and obj.get("id") in state.comments:
            return nested([c for c in state.comments.values() if c.get("parent_id") == obj["id"]], f)
        if f.name == "media" and obj.get("user_id") == state.user_id:
            return nested(feed(state), f)
        if f.name == "mentioned_media" and "media_id" in f.args:
            media = state.media.get(f.args["media_id"])
            return project(media, f.sub or []) if media else None
        if f.name == "mentioned_comment" and "comment_id" in f.args:
            comment = state.comments.get(f.args["comment_id"])
            return project(comment, f.sub or [], expand) if comment else None
        if f.name == "media" and obj.get("media", {}).get("id") in state.media and f.sub:
            return project(state.media[obj["media"]["id"]], f.sub)
        if f.name == "messages" and "customer" in obj:
            return page(
                [
                    project(state.messages[m], f.sub or [Field("id", {}, None), Field("created_time", {}, None)])
                    for m in obj["messages"]
                ],
                request,
                with_next=False,
            )
        return None

    return expand


def fields_of(request: FakeRequest, default: str) -> list[Field]:
    return parse_fields(request.params.get("fields") or default)


# --- the account, media and comments
def get_account(call: Call) -> FakeResponse:
    """GET /me and GET /{ig_user_id}: the account, with `mentioned_media`/`mentioned_comment` expansions."""
    fields = fields_of(call.request, "id")
    body = project(account(call.state), fields, expander(call.state, call.request))
    for f in fields:  # an expansion naming something that does not exist is an error
        if f.name in ("mentioned_media", "mentioned_comment") and f.name not in body:
            return invalid(f"(#100) Invalid {f.name} id", "get_profile")
    return FakeResponse(200, body, call.operation_id)


def get_user_media(call: Call) -> FakeResponse:
    """The feed, newest first; `since`/`until` are Unix times."""
    state, request = call.state, call.request
    items = feed(state)
    if request.params.get("since"):
        items = [m for m in items if _epoch(m["timestamp"]) >= int(request.params["since"])]
    if request.params.get("until"):
        items = [m for m in items if _epoch(m["timestamp"]) < int(request.params["until"])]
    fields = fields_of(request, "id")
    expand = expander(state, request)
    return FakeResponse(200, page([project(m, fields, expand) for m in items], request), call.operation_id)


def _epoch(stamp: str) -> int:
    return int(datetime.fromisoformat(stamp).timestamp())


def no_media(call: Call) -> FakeResponse:
    """Stories and live media: the seeded account has none."""
    return FakeResponse(200, {"data": []}, call.operation_id)


def get_tags(call: Call) -> FakeResponse:
    tagged = [
        {
            "id": call.state.new_id(),
            "caption": "Tagging @fake_business",
            "media_type": "IMAGE",
            "username": "another_account",
        }
    ]
    return FakeResponse(200, page(tagged, call.request, with_next=False), call.operation_id)


def get_media(call: Call) -> FakeResponse:
    media = call.state.media[call.ids["ig_media_id"]]
    fields = fields_of(call.request, "id,media_type,timestamp")
    return FakeResponse(200, project(media, fields, expander(call.state, call.request)), call.operation_id)


def get_children(call: Call) -> FakeResponse:
    state = call.state
    children = [state.media[c] for c in state.media[call.ids["ig_media_id"]].get("children", [])]
    fields = fields_of(call.request, "id")
    return FakeResponse(200, {"data": [project(c, fields) for c in children]}, call.operation_id)


def update_media(call: Call) -> FakeResponse:
    state, request, node = call.state, call.request, call.ids["ig_media_id"]
    denied = missing_permission(call.token, COMMENTS, "update_media")
    if denied:
        return denied
    if "comment_enabled" not in request.params:
        return invalid("(#100) The parameter comment_enabled is required", "update_media")
    state.media[node]["is_comment_enabled"] = str(request.params["comment_enabled"]).lower() == "true"
    return FakeResponse(200, {"success": True}, "update_media")


def get_comment(call: Call) -> FakeResponse:
    denied = missing_permission(call.token, COMMENTS, call.operation_id)
    comment = call.state.comments[call.ids["ig_comment_id"]]
    fields = fields_of(call.request, "id,text,timestamp")
    return denied or FakeResponse(200, project(comment, fields, expander(call.state, call.request)), call.operation_id)


def hide_comment(call: Call) -> FakeResponse:
    state, request, op = call.state, call.request, call.operation_id
    denied = missing_permission(call.token, COMMENTS, op)
    if denied:
        return denied
    comment = state.comments[call.ids["ig_comment_id"]]
    if "hide" not in request.params:
        return invalid("(#100) The parameter hide is required", op)
    if comment["username"] == state.username:
        return invalid("(#100) The media owner's own comments cannot be hidden", op)
    comment["hidden"] = str(request.params["hide"]).lower() == "true"
    return FakeResponse(200, {"success": True}, op)


def delete_comment(call: Call) -> FakeResponse:
    denied = missing_permission(call.token, COMMENTS, call.operation_id)
    if denied:
        return denied
    comment = call.state.comments.pop(call.ids["ig_comment_id"])
    call.state.media[comment["media"]["id"]]["comments_count"] -= 1
    return FakeResponse(200, {"success": True}, call.operation_id)


# --- comment and reply lists (/{ig_media_id}/comments, /{ig_comment_id}/replies)
def list_comments(call: Call) -> FakeResponse:
    state, request, op = call.state, call.request, call.operation_id
    denied = missing_permission(call.token, COMMENTS, op)
    if denied:
        return denied
    if "ig_comment_id" in call.ids:
        items = [c for c in state.comments.values() if c.get("parent_id") == call.ids["ig_comment_id"]]
    else:
        node = call.ids["ig_media_id"]
        items = [c for c in reversed(state.comments.values()) if c["media"]["id"] == node and "parent_id" not in c]
    fields = fields_of(request, "id,text,timestamp")
    return FakeResponse(200, page([project(c, fields) for c in items], request, max_limit=50), op)


def add_comment(call: Call) -> FakeResponse:
    state, op = call.state, call.operation_id
    denied = missing_permission(call.token, COMMENTS, op)
    if denied:
        return denied
    message = str(call.request.params.get("message", ""))
    if not message:
        return invalid("(#100) The parameter message is required", op)
    parent = state.comments[call.ids["ig_comment_id"]] if "ig_comment_id" in call.ids else None
    if parent is not None and parent["hidden"]:
        return invalid("(#100) Hidden comments cannot be replied to", op)
    media_id = parent["media"]["id"] if parent else call.ids["ig_media_id"]
    top = parent.get("parent_id", parent["id"]) if parent else None  # a reply to a reply goes to the parent
    return FakeResponse(200, {"id": state.add_comment(media_id, message, state.username, parent=top)["id"]}, op)


def reply_to_mention(call: Call) -> FakeResponse:
    state, request = call.state, call.request
    denied = missing_permission(call.token, COMMENTS, "reply_to_mention")
    if denied:
        return denied
    media_id, message = request.params.get("media_id"), request.params.get("message")
    if media_id not in state.media or not message:
        return invalid("(#100) media_id and message are required and media_id must exist", "reply_to_mention")
    return FakeResponse(
        200, {"id": state.add_comment(media_id, str(message), state.username)["id"]}, "reply_to_mention"
    )


# --- oEmbed (graph.facebook.com; no token needed since 2026-05-15)
def oembed(call: Call) -> FakeResponse:
    """GET graph.facebook.com/{v}/instagram_oembed without a token, as Meta answers it (with an
    Instagram token there, Meta answers 190)."""
    request = call.request
    if request.token() is not None:
        return cannot_parse_token(call.operation_id)
    url = str(request.params.get("url") or "")
    if not url.startswith("https://www.instagram.com/"):
        return invalid("(#100) The parameter url is required and must be an Instagram post URL", "get_oembed")
    width = int(request.params.get("maxwidth") or 658)
    html = f'<blockquote class="instagram-media" data-instgrm-permalink="{url}"></blockquote>'
    if request.params.get("omitscript") != "true":
        html += '<script async src="//www.instagram.com/embed.js"></script>'
    body = {
        "version": "1.0",
        "provider_name": "Instagram",
        "provider_url": "https://www.instagram.com/",
        "type": "rich",
        "width": width,
        "html": html,
    }
    return FakeResponse(200, body, "get_oembed")
