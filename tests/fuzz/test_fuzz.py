"""Fuzzing: whatever comes back (any status, headers, bytes), a call ends in a parsed model or an
SDK exception, never anything else; the parsers, the redactor and webhook verification are total.

`make test` runs a small number of examples; `make fuzz` sets INSTAGRAM_FUZZ_EXAMPLES=10000.
"""

from __future__ import annotations

import json
import os
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import instagram_graph_api_sdk as sdk
from instagram_graph_api_client import models
from instagram_graph_api_sdk._classify import ErrorInfo, build_error, parse_error_body
from instagram_graph_api_sdk._redact import redact, register_secret
from instagram_graph_api_sdk._usage import parse_usage
from instagram_graph_api_sdk.webhooks import InstagramWebhooks

EXAMPLES = int(os.environ.get("INSTAGRAM_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
pytestmark = pytest.mark.fuzz

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)
weird = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=30),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)
envelopes = st.builds(
    lambda code, sub, msg, data, transient, trace: {
        "error": {
            "code": code,
            "error_subcode": sub,
            "message": msg,
            "error_data": data,
            "is_transient": transient,
            "fbtrace_id": trace,
        }
    },
    weird,
    weird,
    weird,
    st.one_of(weird, st.just('"null"'), st.just('{"blame_field_specs": [["x"]]}')),
    weird,
    weird,
)
VALID = [
    {"id": "1", "username": "u", "media_count": 3},
    {
        "data": [{"id": "1", "caption": "c", "timestamp": "2025-03-02T08:15:00+0000"}],
        "paging": {"cursors": {"after": "A"}},
    },
    {"data": [{"name": "reach", "values": [{"value": 1}], "total_value": {"value": 2}}]},
]


def bodies() -> st.SearchStrategy[bytes]:
    as_json = st.one_of(json_values, envelopes, st.sampled_from(VALID)).map(lambda v: json.dumps(v).encode())
    truncated = st.tuples(st.sampled_from(VALID), st.integers(0, 60)).map(lambda t: json.dumps(t[0]).encode()[: t[1]])
    html = st.just(b"<html><body><h1>502 Bad Gateway</h1></body></html>")
    mutated = st.tuples(st.sampled_from(VALID), json_values).map(lambda t: json.dumps({**t[0], "data": t[1]}).encode())
    return st.one_of(st.binary(max_size=200), as_json, truncated, html, mutated, st.just(b""))


# Usage figures as Meta shapes them, with values no server should send (negative, huge, NaN).
figures = st.one_of(
    st.integers(-(10**6), 10**6), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=6), st.none()
)
app_usage = st.dictionaries(
    st.sampled_from(["call_count", "call_volume", "total_time", "total_cputime", "cpu_time"]), figures, max_size=5
)
business_usage = st.dictionaries(
    st.text(max_size=6),
    st.lists(
        st.fixed_dictionaries(
            {},
            optional={
                "type": st.sampled_from(["instagram", "pages", 3]),
                "call_count": figures,
                "total_time": figures,
                "total_cputime": figures,
                "estimated_time_to_regain_access": figures,
            },
        ),
        max_size=2,
    ),
    max_size=2,
)
headers = st.fixed_dictionaries(
    {},
    optional={
        "x-app-usage": st.one_of(st.text(max_size=40), json_values.map(json.dumps), app_usage.map(json.dumps)),
        "x-business-use-case-usage": st.one_of(
            st.text(max_size=40), json_values.map(json.dumps), business_usage.map(json.dumps)
        ),
        "retry-after": st.text(max_size=12),
        "content-type": st.sampled_from(["application/json", "text/html", "text/plain", ""]),
    },
)
statuses = st.one_of(st.sampled_from([200, 204, 301, 400, 401, 403, 404, 429, 500, 502, 503]), st.integers(100, 599))
CALLS = [
    lambda c: c.users.get_profile(),
    lambda c: c.users.get_media(),
    lambda c: c.media.create_comment("1", "hi"),
    lambda c: c.insights.get_account_insights(metric="reach"),
    lambda c: c.auth.refresh_token(),
    lambda c: c.publishing.get_container_status("1"),
]


@FUZZ
@given(status=statuses, response_headers=headers, body=bodies(), which=st.integers(0, len(CALLS) - 1))
def test_every_response_becomes_a_model_or_an_sdk_error(
    status: int, response_headers: dict[str, str], body: bytes, which: int
) -> None:
    raw_headers = [(k.encode(), v.encode("utf-8", "surrogatepass")) for k, v in response_headers.items()]

    def handler(request: httpx.Request) -> httpx.Response:  # raw bytes, as a server sends them
        return httpx.Response(status, headers=raw_headers, content=body)

    client = sdk.InstagramClient("test-access-token-0001", transport=httpx.MockTransport(handler), max_retries=0)
    try:
        result = CALLS[which](client)
    except sdk.InstagramError as error:
        str(error), repr(error)  # rendering must not fail either
    else:
        assert status == 200
        assert type(result).__module__.startswith(("instagram_graph_api_client.models", "instagram_graph_api_sdk"))
    finally:
        client.close()


@FUZZ
@given(body=bodies(), status=statuses, response_headers=headers)
def test_the_error_parser_and_builder_are_total(body: bytes, status: int, response_headers: dict[str, str]) -> None:
    assert isinstance(parse_error_body(body), ErrorInfo)
    error = build_error(status, response_headers, body, usage=parse_usage(response_headers))
    assert isinstance(error, sdk.InstagramError)
    assert str(error)


@FUZZ
@given(response_headers=headers)
def test_usage_parsing_is_total(response_headers: dict[str, str]) -> None:
    snapshot = parse_usage(response_headers)
    if snapshot is not None:
        percent = snapshot.max_percent
        assert percent is None or (isinstance(percent, float) and percent >= 0)
        wait = snapshot.regain_access_after
        assert wait is None or wait >= 0
        assert isinstance(snapshot.is_throttled, bool)


@FUZZ
@given(
    prefix=st.text(max_size=30),
    suffix=st.text(max_size=30),
    token=st.text(alphabet="abcdefABCDEF0123456789_-", min_size=12, max_size=40),
)
def test_a_registered_secret_never_survives_redaction(prefix: str, suffix: str, token: str) -> None:
    register_secret(token)
    for text in (
        prefix + token + suffix,
        f"{prefix}?access_token={token}&x={suffix}",
        json.dumps({"access_token": token, "p": prefix}),
    ):
        assert token not in redact(text)


@FUZZ
@given(
    body=st.binary(max_size=300),
    header=st.one_of(st.none(), st.text(max_size=80), st.binary(max_size=40)),
    secret=st.one_of(st.text(max_size=20), st.lists(st.text(max_size=10), max_size=3), st.none()),
)
def test_signature_verification_never_raises(body: bytes, header: Any, secret: Any) -> None:
    assert InstagramWebhooks.verify_signature(body, header, secret) in (True, False)


@FUZZ
@given(
    body=st.one_of(
        st.binary(max_size=300), json_values.map(lambda v: json.dumps({"object": "instagram", "entry": v}).encode())
    )
)
def test_webhook_parsing_is_a_notification_or_a_typed_error(body: bytes) -> None:
    try:
        notification = InstagramWebhooks.parse_payload(body)
    except sdk.WebhookPayloadError:
        return
    assert isinstance(notification.payload, models.WebhookPayload)


@FUZZ
@given(
    responses=st.lists(st.tuples(statuses, headers, bodies()), min_size=1, max_size=4),
    which=st.integers(0, len(CALLS) - 1),
)
def test_retries_over_any_responses_stay_bounded_and_typed(
    responses: list[tuple[int, dict[str, str], bytes]], which: int
) -> None:
    """With retries on: waits are never negative or endless, attempts stay within max_retries + 1,
    and the outcome is still a model or an SDK error."""
    from instagram_graph_api_sdk._transport import RetryTransport

    sent: list[httpx.Request] = []
    sleeps: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        status, response_headers, body = responses[min(len(sent), len(responses) - 1)]
        sent.append(request)
        raw = [(k.encode(), v.encode("utf-8", "surrogatepass")) for k, v in response_headers.items()]
        return httpx.Response(status, headers=raw, content=body)

    clock = [0.0]

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock[0] += seconds

    transport = RetryTransport(httpx.MockTransport(handler), sleep=sleep, clock=lambda: clock[0], rand=lambda: 0.5)
    client = sdk.InstagramClient("test-access-token-0001", transport=transport, max_retries=2)
    message = "no error"
    try:
        CALLS[which](client)
    except sdk.InstagramError as error:
        message = str(error)
    finally:
        client.close()
    assert message
    assert 1 <= len(sent) <= 3
    assert all(0 <= s <= 120 for s in sleeps), sleeps
