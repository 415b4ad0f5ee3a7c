"""FakeInstagram's insights routes: media and account metrics, with Meta's metric tables, periods,
breakdowns and the `paging` links of account insights."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from instagram_graph_api_client._operations import DEFAULT_API_VERSION

from ._call import Call
from ._graph_routes import INSIGHTS, invalid
from ._http import FakeResponse, missing_permission
from ._state import stamp

# Meta's tables: accounts say `saves`, media say `saved`; `reposts` and the four media metrics
# after it were added 2025-12-03 (https://developers.facebook.com/docs/instagram-platform/changelog).
ACCOUNT_METRICS = {
    "reach",
    "views",
    "accounts_engaged",
    "likes",
    "comments",
    "replies",
    "saves",
    "shares",
    "reposts",
    "total_interactions",
    "profile_links_taps",
    "follows_and_unfollows",
    "follower_count",
    "online_followers",
    "follower_demographics",
    "engaged_audience_demographics",
}
MEDIA_METRICS = {
    "reach",
    "views",
    "likes",
    "comments",
    "saved",
    "shares",
    "total_interactions",
    "follows",
    "profile_visits",
    "profile_activity",
    "navigation",
    "replies",
    "ig_reels_avg_watch_time",
    "ig_reels_video_view_total_time",
    "reels_skip_rate",
    "reposts",
    "crossposted_views",
    "facebook_views",
}
REMOVED_METRICS = {"impressions", "plays", "video_views", "clips_replays_count", "engagement"}


def insights(call: Call) -> FakeResponse:
    """/{ig_media_id}/insights and /{ig_user_id}/insights, with Meta's metric tables and periods."""
    state, request, op = call.state, call.request, call.operation_id
    node = call.ids.get("ig_media_id", "me")
    denied = missing_permission(call.token, INSIGHTS, op)
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
        entry: dict[str, Any] = {
            "name": metric,
            "period": period,
            "title": metric.replace("_", " ").title(),
            "description": f"Fake {metric}",
            "id": f"{base}/{metric}/{period}",
        }
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
