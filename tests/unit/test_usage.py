"""Usage headers: both X-App-Usage key sets, BUC usage, absent means unknown, garbage is ignored."""

from __future__ import annotations

import json

import pytest

from instagram_graph_api_sdk._usage import AppUsage, UsageSnapshot, parse_app_usage, parse_business_usage, parse_usage


def test_documented_app_usage_keys() -> None:
    usage = parse_app_usage('{"call_count": 28, "total_time": 25, "total_cputime": 30}')
    assert usage == AppUsage(call_count=28, total_time=25, total_cputime=30)
    assert usage.max_percent == 30


def test_instagram_sends_call_volume_and_cpu_time() -> None:
    # Meta's recorded graph.instagram.com responses (Postman collection, 2025).
    usage = parse_app_usage('{"call_volume":0,"cpu_time":0}')
    assert usage == AppUsage(call_count=0, total_cputime=0)


def test_business_use_case_usage() -> None:
    raw = json.dumps(
        {
            "17841400000000001": [
                {
                    "type": "instagram",
                    "call_count": 95,
                    "total_cputime": 20,
                    "total_time": 20,
                    "estimated_time_to_regain_access": 19,
                }
            ],
            "1000": [{"type": "pages", "call_count": 5}],
        }
    )
    entries = parse_business_usage(raw)
    assert [e.business_id for e in entries] == ["17841400000000001", "1000"]
    assert entries[0].type == "instagram"
    assert entries[0].estimated_time_to_regain_access == 19
    snapshot = UsageSnapshot(business=entries)
    assert snapshot.max_percent == 95
    assert snapshot.regain_access_after == 19 * 60  # minutes on the wire, seconds here
    assert snapshot.is_throttled


def test_absent_headers_mean_unknown_not_zero() -> None:
    assert parse_usage({}) is None
    snapshot = parse_usage({"x-app-usage": "{}"})
    assert snapshot is not None
    assert snapshot.max_percent is None
    assert not snapshot.is_throttled


@pytest.mark.parametrize(
    "raw", ["", "not json", "[]", "null", '{"call_count": "lots"}', '{"call_count": NaN}', '{"x": [1,2]}', "{" * 1000]
)
def test_garbage_is_ignored(raw: str) -> None:
    snapshot = parse_usage({"x-app-usage": raw, "x-business-use-case-usage": raw})
    assert snapshot is not None
    assert snapshot.max_percent is None


def test_throttled_at_one_hundred_percent() -> None:
    snapshot = parse_usage({"x-app-usage": '{"call_count": 100}'})
    assert snapshot is not None
    assert snapshot.is_throttled
    assert snapshot.regain_access_after is None


def test_the_transport_state_reads_the_raw_headers_like_parse_usage() -> None:
    import httpx

    from instagram_graph_api_sdk._transport import UsageState

    business = json.dumps({"1784": [{"type": "instagram", "call_count": 40, "estimated_time_to_regain_access": 2}]})
    headers = httpx.Headers([("X-App-Usage", '{"call_volume": 12}'), ("X-Business-Use-Case-Usage", business)])
    state = UsageState()
    snapshot = state.observe_raw(headers.raw, now=100.0)
    assert snapshot == parse_usage(headers)
    assert state.snapshot is snapshot
    assert state.percent == 40
    assert state.blocked_until == 100.0 + 2 * 60
    # The same header text again: the memoized snapshot is reused, the block is extended from `now`.
    assert state.observe_raw(headers.raw, now=200.0) is snapshot
    assert state.blocked_until == 200.0 + 2 * 60
    # No usage headers: unknown for this response, the last known state stays.
    assert state.observe_raw(httpx.Headers({"content-type": "application/json"}).raw, now=300.0) is None
    assert (state.snapshot, state.percent) == (snapshot, 40)
    # New values replace the old ones, including a percentage that went down.
    assert state.observe_raw(httpx.Headers({"x-app-usage": '{"call_count": 3}'}).raw, now=400.0) is not None
    assert state.percent == 3
    assert state.blocked_until == 200.0 + 2 * 60


@pytest.mark.parametrize("value", [-1, -0.5, "-3", float("nan"), float("inf"), "1e999"])
def test_impossible_figures_are_unknown_not_negative_waits(value: object) -> None:
    raw = json.dumps({"1": [{"type": "instagram", "call_count": value, "estimated_time_to_regain_access": value}]})
    (entry,) = parse_business_usage(raw)
    assert entry.call_count is None
    assert entry.estimated_time_to_regain_access is None
    assert UsageSnapshot(business=(entry,)).regain_access_after is None
