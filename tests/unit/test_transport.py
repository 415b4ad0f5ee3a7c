"""The retrying transport, end to end through the client, with a fake clock and sleep."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from helpers import FAKE_TOKEN, FakeTime, Recorder, graph_error, json_response

import instagram_graph_api_sdk as sdk
from instagram_graph_api_sdk._transport import AsyncRetryTransport, RetryTransport

ME = {"id": "1", "username": "fake_business"}


def client(handler: Recorder, time: FakeTime, **retry: Any) -> sdk.InstagramClient:
    transport = RetryTransport(httpx.MockTransport(handler), clock=time.clock, sleep=time.sleep, rand=lambda: 1.0)
    return sdk.InstagramClient(FAKE_TOKEN, transport=transport, retry=sdk.RetryConfig(**{"max_retries": 2, **retry}))


def test_transient_get_is_retried_with_backoff() -> None:
    time, handler = FakeTime(), Recorder(graph_error(2, status=500), httpx.Response(503), json_response(ME))
    profile = client(handler, time).users.get_profile()
    assert profile.username == "fake_business"
    assert len(handler.requests) == 3
    assert time.sleeps == [0.5, 1.0]


def test_a_post_is_never_resent_after_a_5xx() -> None:
    time, handler = FakeTime(), Recorder(graph_error(1, status=500), json_response({"id": "c1"}))
    with pytest.raises(sdk.TransientError):
        client(handler, time).media.create_comment("m1", "hi")
    assert len(handler.requests) == 1
    assert time.sleeps == []


def test_a_post_is_never_resent_after_a_read_timeout() -> None:
    time, handler = FakeTime(), Recorder(httpx.ReadTimeout("slow"), json_response({"id": "c1"}))
    with pytest.raises(sdk.APITimeoutError):
        client(handler, time).media.create_comment("m1", "hi")
    assert len(handler.requests) == 1


def test_no_post_in_the_spec_is_retried_once_it_may_have_been_sent() -> None:
    # Issue 4: "Never retry a POST once the request may have reached Meta"; media_publish
    # reconciles through the container status instead (x-sdk-retry: reconcile-container).
    from instagram_graph_api_client._operations import OPERATIONS

    posts = {op.operation_id: op.retry for op in OPERATIONS.values() if op.http_method == "POST"}
    assert len(posts) > 15
    assert {op for op, retry in posts.items() if retry not in ("unsafe", "never")} == {"publish_container"}
    assert posts["publish_container"] == "reconcile-container"
    calls: tuple[Callable[[sdk.InstagramClient], object], ...] = (
        lambda c: c.comments.hide("c1"),
        lambda c: c.messenger_profile.set_ice_breakers([]),
    )
    for call in calls:
        time, handler = FakeTime(), Recorder(httpx.ReadTimeout("slow"), json_response({"success": True}))
        with pytest.raises(sdk.APITimeoutError):
            call(client(handler, time))
        assert len(handler.requests) == 1


def test_a_post_is_retried_when_nothing_was_sent() -> None:
    time, handler = FakeTime(), Recorder(httpx.ConnectError("refused"), json_response({"id": "c1"}))
    assert client(handler, time).media.create_comment("m1", "hi").id == "c1"
    assert len(handler.requests) == 2


def test_a_get_is_retried_after_a_read_timeout_and_connection_errors() -> None:
    time = FakeTime()
    handler = Recorder(httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("reset"), json_response(ME))
    assert client(handler, time).users.get_profile().id == "1"
    assert len(handler.requests) == 3


def test_throttling_is_retried_for_posts_with_longer_waits() -> None:
    time, handler = FakeTime(), Recorder(graph_error(4), json_response({"id": "c1"}))
    assert client(handler, time).media.create_comment("m1", "hi").id == "c1"
    assert time.sleeps == [5.0]


def test_retries_give_up_with_the_typed_error() -> None:
    time, handler = FakeTime(), Recorder(graph_error(2, status=500))
    with pytest.raises(sdk.TransientError) as caught:
        client(handler, time).users.get_profile()
    assert len(handler.requests) == 3
    assert caught.value.code == 2


def test_errors_that_cannot_improve_are_not_retried() -> None:
    for response in (
        graph_error(190, 463),
        graph_error(100),
        graph_error(10),
        graph_error(368),
        graph_error(9, 2207042),
    ):
        time, handler = FakeTime(), Recorder(response)
        with pytest.raises(sdk.InstagramAPIError):
            client(handler, time).users.get_profile()
        assert len(handler.requests) == 1


BLOCKED = '{"17841400000000001": [{"type": "instagram", "call_count": 100, "estimated_time_to_regain_access": 2}]}'


def test_a_reported_block_fails_fast_without_network_until_it_ends() -> None:
    time = FakeTime()
    throttled = graph_error(80002)
    throttled.headers["x-business-use-case-usage"] = BLOCKED
    handler = Recorder(throttled, json_response(ME))
    ig = client(handler, time, max_wait=10)
    with pytest.raises(sdk.RateLimitError) as first:
        ig.users.get_profile()
    assert first.value.retry_after == 120.0
    assert len(handler.requests) == 1
    time.now += 60
    with pytest.raises(sdk.RateLimitError, match="did not send the request") as local:
        ig.users.get_profile()
    assert local.value.retry_after == pytest.approx(60.0)
    assert len(handler.requests) == 1
    time.now += 61
    assert ig.users.get_profile().id == "1"
    assert len(handler.requests) == 2
    assert ig.usage is not None


def test_high_usage_slows_down_before_sending() -> None:
    time = FakeTime()
    busy = json_response(ME, 200, **{"x-app-usage": '{"call_volume": 95, "cpu_time": 10}'})
    handler = Recorder(busy)
    ig = client(handler, time, slowdown_threshold=90, slowdown_max_delay=4)
    ig.users.get_profile()
    assert time.sleeps == []
    ig.users.get_profile()
    assert time.sleeps == [2.0]
    assert ig.usage is not None
    assert ig.usage.max_percent == 95


def test_the_deadline_stops_a_slow_drip_body() -> None:
    time = FakeTime()

    class Drip(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            for _ in range(1000):
                time.now += 0.5  # half a second per byte, like a slowloris peer
                yield b" "

    handler = Recorder(lambda request: httpx.Response(200, stream=Drip()))
    with pytest.raises(sdk.APITimeoutError, match="deadline"):
        client(handler, time, deadline=10, max_retries=0).users.get_profile()
    assert time.now <= 11


def test_timeouts_shrink_to_the_remaining_deadline() -> None:
    time, seen = FakeTime(), []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        time.now += 7
        return httpx.Response(503)

    # Attempt 1 takes 7 s; attempt 2 gets the 2.5 s left (not 30 s) and overruns: the deadline wins.
    with pytest.raises(sdk.APITimeoutError, match="deadline of 10"):
        client(Recorder(handler), time, deadline=10, max_retries=5).users.get_profile()
    assert seen[0]["read"] == 10
    assert seen[1]["read"] == pytest.approx(2.5)
    assert len(seen) == 2


async def test_async_transport_retries_and_reads_under_the_deadline() -> None:
    time = FakeTime()
    handler = Recorder(httpx.Response(503), json_response(ME))
    transport = AsyncRetryTransport(httpx.MockTransport(handler), clock=time.clock, sleep=time.asleep, rand=lambda: 1.0)
    async with sdk.AsyncInstagramClient(FAKE_TOKEN, transport=transport) as ig:
        assert (await ig.users.get_profile()).id == "1"
    assert time.sleeps == [0.5]

    class Drip(httpx.AsyncByteStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            for _ in range(1000):
                time.now += 0.5
                yield b" "

    slow = Recorder(lambda request: httpx.Response(200, stream=Drip()))
    transport = AsyncRetryTransport(httpx.MockTransport(slow), clock=time.clock, sleep=time.asleep)
    ig = sdk.AsyncInstagramClient(FAKE_TOKEN, transport=transport, deadline=5, max_retries=0)
    with pytest.raises(sdk.APITimeoutError):
        await ig.users.get_profile()
    await ig.close()


def test_decisions_use_the_headers_of_the_response_at_hand_not_older_ones() -> None:
    import json as jsonlib

    announced = jsonlib.dumps({"1": [{"type": "instagram", "call_count": 100, "estimated_time_to_regain_access": 0.5}]})
    time = FakeTime()
    handler = Recorder(
        json_response(ME, 200, **{"x-business-use-case-usage": announced}),
        graph_error(4),  # throttled, without usage headers
        json_response(ME),
    )
    ig = client(handler, time, fail_fast_when_blocked=False, slowdown_threshold=None)
    ig.users.get_profile()
    assert ig.usage is not None
    assert ig.usage.regain_access_after == 30.0
    time.now += 3600  # the block Meta announced is long over
    assert ig.users.get_profile().username == "fake_business"
    # The throttle without headers waited the throttle backoff (rand=1.0: 5 s), not the old 30 s.
    assert time.sleeps == [5.0]
    assert ig.usage.regain_access_after == 30.0  # client.usage: the last snapshot Meta sent

    handler = Recorder(json_response(ME, 200, **{"x-business-use-case-usage": announced}), graph_error(4))
    ig = client(handler, FakeTime(), max_retries=0, fail_fast_when_blocked=False)
    ig.users.get_profile()
    with pytest.raises(sdk.RateLimitError) as raised:
        ig.users.get_profile()
    assert raised.value.usage is None  # this response said nothing about usage
