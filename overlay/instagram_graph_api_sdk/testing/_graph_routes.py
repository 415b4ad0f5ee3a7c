"""FakeInstagram's graph.instagram.com routes (publishing lives in _publish_routes.py).

Every handler returns a FakeResponse naming the spec operation it answers, so a test can
validate each response against that operation's schema.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from instagram_graph_api_client._operations import DEFAULT_API_VERSION

from ._http import FakeRequest, FakeResponse, Field, missing_permission, page, parse_fields, project
from ._state import State, Token, stamp

BASIC, COMMENTS, MESSAGES, INSIGHTS = (
    "instagram_business_basic", "instagram_business_manage_comments",
    "instagram_business_manage_messages", "instagram_business_manage_insights",
)  # fmt: skip
# Meta's tables: accounts say `saves`, media say `saved`; `reposts` and the four media metrics
# after it were added 2025-12-03 (https://developers.facebook.com/docs/instagram-platform/changelog).
ACCOUNT_METRICS = {
    "reach", "views", "accounts_engaged", "likes", "comments", "replies", "saves", "shares", "reposts",
    "total_interactions", "profile_links_taps", "follows_and_unfollows", "follower_count", "online_followers",
    "follower_demographics", "engaged_audience_demographics",
}  # fmt: skip
MEDIA_METRICS = {"reach", "views", "likes", "comments", "saved", "shares", "total_interactions", "follows",
                 "profile_visits", "profile_activity", "navigation", "replies", "ig_reels_avg_watch_time",
                 "ig_reels_video_view_total_time", "reels_skip_rate", "reposts", "crossposted_views",
                 "facebook_views"}  # fmt: skip
REMOVED_METRICS = {"impressions", "plays", "video_views", "clips_replays_count", "engagement"}


def unsupported(node: str, method: str = "get", operation_id: str | None = None) -> FakeResponse:
    from ._http import graph_error

    return graph_error(
        100, f"Unsupported {method} request. Object with ID '{node}' does not exist, cannot be loaded due to missing "
        "permissions, or does not support this operation. Please read the Graph API documentation at "
        "https://developers.facebook.com/docs/graph-api", subcode=33, operation_id=operation_id,
    )  # fmt: skip


def invalid(message: str, operation_id: str, code: int = 100, subcode: int | None = None) -> FakeResponse:
    from ._http import graph_error

    return graph_error(code, message, subcode=subcode, operation_id=operation_id)


def feed(state: State) -> list[dict[str, Any]]:
    return [m for m in reversed(state.media.values()) if not m.get("_child")]


# --- objects with their edges
def account(state: State) -> dict[str, Any]:
    return {
        "id": state.app_scoped_id, "user_id": state.user_id, "username": state.username, "name": "Fake Business",
        "account_type": "BUSINESS", "profile_picture_url": "https://scontent.cdninstagram.com/v/fake-avatar.jpg",
        "followers_count": 1234, "follows_count": 56, "media_count": len(feed(state)),
        "biography": "A fake account for offline tests", "website": "https://www.example.com/",
    }  # fmt: skip


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
            return page([project(state.messages[m], f.sub or [Field("id", {}, None), Field("created_time", {}, None)])
                         for m in obj["messages"]], request, with_next=False)  # fmt: skip
        return None

    return expand


def fields_of(request: FakeRequest, default: str) -> list[Field]:
    return parse_fields(request.params.get("fields") or default)


# --- node reads
def get_node(state: State, request: FakeRequest, token: Token, node: str) -> FakeResponse:
    expand = expander(state, request)
    if node in ("me", state.user_id, state.app_scoped_id):
        fields = fields_of(request, "id")
        body = project(account(state), fields, expand)
        for f in fields:  # an expansion naming something that does not exist is an error
            if f.name in ("mentioned_media", "mentioned_comment") and f.name not in body:
                return invalid(f"(#100) Invalid {f.name} id", "get_profile")
        return FakeResponse(200, body, "me" if request.path == "/me" else "get_profile")
    if node in state.media:
        return FakeResponse(
            200, project(state.media[node], fields_of(request, "id,media_type,timestamp"), expand), "get_media"
        )
    if node in state.comments:
        denied = missing_permission(token, COMMENTS, "get_comment")
        return denied or FakeResponse(
            200, project(state.comments[node], fields_of(request, "id,text,timestamp"), expand), "get_comment"
        )
    if node in state.customers:
        denied = missing_permission(token, MESSAGES, "get_user_profile")
        return denied or FakeResponse(
            200, project(state.customers[node], fields_of(request, "name,username,profile_pic")), "get_user_profile"
        )
    if node in state.conversations:
        conversation = state.conversations[node]
        return FakeResponse(200, project(conversation, fields_of(request, "messages"), expand), "get_conversation")
    if node in state.messages:
        conversation = next(c for c in state.conversations.values() if node in c["messages"])
        if conversation["messages"].index(node) >= 20:  # only the 20 most recent can be read
            return invalid("(#100) This message has been deleted", "get_message")
        return FakeResponse(200, project(state.messages[node], fields_of(request, "id,created_time")), "get_message")
    return unsupported(node)


def comment_write(state: State, request: FakeRequest, token: Token, node: str) -> FakeResponse:
    op = "hide_comment" if request.method == "POST" else "delete_comment"
    denied = missing_permission(token, COMMENTS, op)
    if denied:
        return denied
    comment = state.comments[node]
    if request.method == "DELETE":
        del state.comments[node]
        state.media[comment["media"]["id"]]["comments_count"] -= 1
        return FakeResponse(200, {"success": True}, op)
    if "hide" not in request.params:
        return invalid("(#100) The parameter hide is required", op)
    if comment["username"] == state.username:
        return invalid("(#100) The media owner's own comments cannot be hidden", op)
    comment["hidden"] = str(request.params["hide"]).lower() == "true"
    return FakeResponse(200, {"success": True}, op)


def media_write(state: State, request: FakeRequest, token: Token, node: str) -> FakeResponse:
    if request.method == "DELETE":  # Facebook Login only
        return unsupported(node, "delete", "delete_media")
    denied = missing_permission(token, COMMENTS, "update_media")
    if denied:
        return denied
    if "comment_enabled" not in request.params:
        return invalid("(#100) The parameter comment_enabled is required", "update_media")
    state.media[node]["is_comment_enabled"] = str(request.params["comment_enabled"]).lower() == "true"
    return FakeResponse(200, {"success": True}, "update_media")


# --- comments
def comments_edge(state: State, request: FakeRequest, token: Token, node: str, *, replies: bool) -> FakeResponse:
    op = (
        ("reply" if replies else "create_comment")
        if request.method == "POST"
        else ("get_replies" if replies else "get_comments")
    )
    denied = missing_permission(token, COMMENTS, op)
    if denied:
        return denied
    if request.method == "POST":
        message = str(request.params.get("message", ""))
        if not message:
            return invalid("(#100) The parameter message is required", op)
        parent = state.comments[node] if replies else None
        if parent is not None and parent["hidden"]:
            return invalid("(#100) Hidden comments cannot be replied to", op)
        media_id = parent["media"]["id"] if parent else node
        top = parent.get("parent_id", parent["id"]) if parent else None  # a reply to a reply goes to the parent
        return FakeResponse(200, {"id": state.add_comment(media_id, message, state.username, parent=top)["id"]}, op)
    if replies:
        items = [c for c in state.comments.values() if c.get("parent_id") == node]
    else:
        items = [c for c in reversed(state.comments.values()) if c["media"]["id"] == node and "parent_id" not in c]
    fields = fields_of(request, "id,text,timestamp")
    return FakeResponse(200, page([project(c, fields) for c in items], request, max_limit=50), op)


def mentions(state: State, request: FakeRequest, token: Token) -> FakeResponse:
    denied = missing_permission(token, COMMENTS, "reply_to_mention")
    if denied:
        return denied
    media_id, message = request.params.get("media_id"), request.params.get("message")
    if media_id not in state.media or not message:
        return invalid("(#100) media_id and message are required and media_id must exist", "reply_to_mention")
    return FakeResponse(
        200, {"id": state.add_comment(media_id, str(message), state.username)["id"]}, "reply_to_mention"
    )


# --- insights
def insights(state: State, request: FakeRequest, token: Token, node: str) -> FakeResponse:
    op = "get_media_insights" if node in state.media else "get_account_insights"
    denied = missing_permission(token, INSIGHTS, op)
    if denied:
        return denied
    metrics = [m for m in str(request.params.get("metric", "")).split(",") if m]
    known = MEDIA_METRICS if node in state.media else ACCOUNT_METRICS
    for metric in metrics:
        if metric in REMOVED_METRICS:
            return invalid(f"(#100) Starting from version v22.0, the {metric} metric is no longer supported", op)
        if metric not in known:
            return invalid(f"(#100) metric[0] must be one of the following values: {', '.join(sorted(known))}", op)
    if not metrics:
        return invalid("(#100) The parameter metric is required", op)
    if node in state.media:
        period = "lifetime"  # media insights accept any period and always report lifetime values
    elif request.params.get("period") not in ("day", "lifetime"):
        return invalid("(#100) The parameter period is required and must be one of: day, lifetime", op)
    else:
        period = request.params["period"]
    base = f"{node if node != 'me' else state.user_id}/insights"
    data = []
    for index, metric in enumerate(metrics):
        entry: dict[str, Any] = {"name": metric, "period": period, "title": metric.replace("_", " ").title(),
                                 "description": f"Fake {metric}", "id": f"{base}/{metric}/{period}"}  # fmt: skip
        if node in state.media:
            entry["values"] = [{"value": 7 + index}]
        elif request.params.get("metric_type") == "total_value":
            entry["total_value"] = {"value": 100 + index}
            if request.params.get("breakdown"):
                results = [
                    {"dimension_values": ["FOLLOWER"], "value": 60},
                    {"dimension_values": ["NON_FOLLOWER"], "value": 40 + index},
                ]
                entry["total_value"]["breakdowns"] = [
                    {"dimension_keys": [request.params["breakdown"]], "results": results}
                ]
        else:
            until = int(request.params.get("until", int(state.now().timestamp())))
            since = int(request.params.get("since", until - 2 * 86400))
            days = max(1, min(30, (until - since) // 86400))
            entry["values"] = [
                {
                    "value": (since // 86400 + d) % 50,
                    "end_time": stamp(datetime.fromtimestamp(since + (d + 1) * 86400, UTC)),
                }
                for d in range(days)
            ]
        data.append(entry)
    body: dict[str, Any] = {"data": data}
    if node not in state.media and request.params.get("metric_type") != "total_value":
        until = int(request.params.get("until", int(state.now().timestamp())))
        since = int(request.params.get("since", until - 2 * 86400))
        span = until - since
        version = request.version or DEFAULT_API_VERSION
        url = f"https://graph.instagram.com/{version}/{base}?metric={','.join(metrics)}&period={period}"
        body["paging"] = {"previous": f"{url}&since={since - span}&until={since}"}
        # Meta also links windows in the future; the fake stops at its own clock, so a walk
        # without `until` ends however far the fake's clock is from the machine's.
        if until < state.now().timestamp():
            body["paging"]["next"] = f"{url}&since={until}&until={until + span}"
    return FakeResponse(200, body, op)


# --- oEmbed (graph.facebook.com; no token needed since 2026-05-15)
def oembed(request: FakeRequest) -> FakeResponse:
    """GET graph.facebook.com/{v}/instagram_oembed without a token, as Meta answers it."""
    url = str(request.params.get("url") or "")
    if not url.startswith("https://www.instagram.com/"):
        return invalid("(#100) The parameter url is required and must be an Instagram post URL", "get_oembed")
    width = int(request.params.get("maxwidth") or 658)
    html = f'<blockquote class="instagram-media" data-instgrm-permalink="{url}"></blockquote>'
    if request.params.get("omitscript") != "true":
        html += '<script async src="//www.instagram.com/embed.js"></script>'
    body = {"version": "1.0", "provider_name": "Instagram", "provider_url": "https://www.instagram.com/",
            "type": "rich", "width": width, "html": html}  # fmt: skip
    return FakeResponse(200, body, "get_oembed")
