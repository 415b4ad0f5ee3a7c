"""Each fault ends in success or a typed SDK error within the configured deadline, never a hang,
and no connection is left open after retries (checked on both ends)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fault_server import FaultServer

import instagram_graph_api_sdk as sdk

DEADLINE = 3.0
SLACK = 1.5

CASES: list[tuple[str, tuple[str, ...], str, type[BaseException] | None]] = [
    # name, server script, method, expected error (None: success)
    ("burst of 5xx then success", ("status:503", "status:502", "ok"), "get", None),
    ("burst of 5xx outlasting the retries", ("status:503", "status:503", "status:503"), "get", sdk.TransientError),
    ("HTML 502 then success", ("html:502", "ok"), "get", None),
    ("connection reset then success", ("reset", "ok"), "get", None),
    ("connection reset on every attempt", ("reset", "reset", "reset"), "get", sdk.APIConnectionError),
    ("truncated body then success", ("truncate", "ok"), "get", None),
    ("stall", ("stall", "stall", "stall"), "get", sdk.APITimeoutError),
    ("slow drip", ("drip",), "get", sdk.APITimeoutError),
    ("POST reset is not resent", ("reset", "ok"), "post", sdk.APIConnectionError),
    ("POST 5xx is not resent", ("status:500", "ok"), "post", sdk.TransientError),
    # A read timeout while waiting for the answer: the request was sent, so a POST is not resent.
    ("POST read timeout is not resent", ("stall", "ok"), "post", sdk.APITimeoutError),
]


@pytest.fixture
def run() -> Iterator[Any]:
    servers: list[FaultServer] = []

    def factory(*script: str) -> tuple[FaultServer, sdk.InstagramClient]:
        server = FaultServer(*script)
        servers.append(server)
        retry = sdk.RetryConfig(max_retries=2, deadline=DEADLINE, backoff_base=0.01, backoff_max=0.05)
        return server, sdk.InstagramClient("test-access-token-0001", base_url=server.url, retry=retry, timeout=1.0)

    yield factory
    for server in servers:
        server.stop()


@pytest.mark.fault
@pytest.mark.parametrize(("name", "script", "method", "expected"), CASES, ids=[c[0] for c in CASES])
def test_fault(run: Any, name: str, script: tuple[str, ...], method: str, expected: type[BaseException] | None) -> None:
    server, client = run(*script)
    call: Callable[[], Any] = (
        (lambda: client.users.get_profile()) if method == "get" else (lambda: client.media.create_comment("1", "hi"))
    )
    started = time.monotonic()
    if expected is None:
        assert call().username == "fault_tolerant"
    else:
        with pytest.raises(expected):
            call()
    elapsed = time.monotonic() - started
    assert elapsed < DEADLINE + SLACK, f"{name} took {elapsed:.1f} s"
    if method == "post":
        assert server.requests == 1  # a POST that may have reached the server is never resent
    pool = client._transport.wrapped._pool
    assert pool._requests == []  # nothing in flight inside httpcore after retries
    client.close()
    assert server.wait_closed(), f"{name}: the server still sees {server.open} open connection(s)"


@pytest.mark.fault
def test_many_calls_leave_no_connection_behind(run: Any) -> None:
    server, client = run(*(["status:503", "ok"] * 20))
    for _ in range(20):
        assert client.users.get_profile().username == "fault_tolerant"
    assert server.requests == 40
    client.close()
    assert server.wait_closed()


@pytest.mark.fault
async def test_async_client_under_faults() -> None:
    server = FaultServer("reset", "status:503", "ok", "drip")
    try:
        retry = sdk.RetryConfig(max_retries=2, deadline=DEADLINE, backoff_base=0.01, backoff_max=0.05)
        async with sdk.AsyncInstagramClient(
            "test-access-token-0001", base_url=server.url, retry=retry, timeout=1.0
        ) as client:
            assert (await client.users.get_profile()).username == "fault_tolerant"
            started = time.monotonic()
            with pytest.raises(sdk.APITimeoutError):
                await client.with_options(max_retries=0).users.get_profile()
            assert time.monotonic() - started < DEADLINE + SLACK
        assert server.wait_closed()
    finally:
        server.stop()


@pytest.mark.fault
@pytest.mark.parametrize("behaviour", ["drip", "stall"])
async def test_oauth_calls_end_within_the_deadline(behaviour: str) -> None:
    """OAuth calls are never retried, but a dripping or stalled server cannot hold them open."""
    server = FaultServer(behaviour, behaviour, behaviour)
    try:
        started = time.monotonic()
        with pytest.raises(sdk.APITimeoutError):
            sdk.InstagramOAuth.get_short_lived_token(
                client_id="1",
                client_secret="test-app-secret",
                code="c",
                redirect_uri="https://example.com/cb",
                base_url=server.url,
                timeout=1.0,
                deadline=DEADLINE,
            )
        with pytest.raises(sdk.APITimeoutError):
            await sdk.AsyncInstagramOAuth.get_long_lived_token(
                client_secret="test-app-secret",
                access_token="test-short-token",
                base_url=server.url,
                timeout=1.0,
                deadline=DEADLINE,
            )
        assert time.monotonic() - started < 2 * (DEADLINE + SLACK)
        assert server.requests == 2  # each sent once: the code is single-use
        assert server.wait_closed()
    finally:
        server.stop()
