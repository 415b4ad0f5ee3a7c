"""A hostile server on 127.0.0.1 cannot hold a call past its deadline, grow memory past
`max_response_bytes` (plainly or through a gzip bomb), or hide a retryable error behind
`Content-Encoding` (issue 8, items 1-4).

Async tests take their httpx transport from the `async_transport` fixture, so other transports
(an aiohttp-based one, say) can be added to its parameters and run the same checks.
"""

from __future__ import annotations

import gzip
import sys
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import hostile
from fault_server import BODY, FaultServer

import instagram_graph_api_sdk as sdk

DEADLINE = 1.5
OVERSHOOT = 0.5  # what the deadline may be exceeded by (the issue measured 15-20 s before)
TOKEN = "test-access-token-0001"
pytestmark = pytest.mark.fault


@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    """One plain call first, so the timings below do not include importing the generated modules."""
    server = FaultServer("ok")
    try:
        with sdk.InstagramClient(TOKEN, base_url=server.url) as ig:
            ig.users.get_profile()
    finally:
        server.stop()


@pytest.fixture
def serve() -> Iterator[Callable[..., FaultServer]]:
    servers: list[FaultServer] = []

    def factory(*script: Any) -> FaultServer:
        server = FaultServer(*script)
        servers.append(server)
        return server

    yield factory
    for server in servers:
        server.stop()


@pytest.fixture(params=["httpx", "aiohttp"])
def async_transport(request: pytest.FixtureRequest) -> Callable[[], httpx.AsyncBaseTransport]:
    """Makes the async transport under test: the deadline, size cap and decoding hold on both."""
    makers: dict[str, Callable[[], httpx.AsyncBaseTransport]] = {
        "httpx": httpx.AsyncHTTPTransport,
        "aiohttp": sdk.AiohttpTransport,
    }
    return makers[request.param]


def client(server: FaultServer, **kwargs: Any) -> sdk.InstagramClient:
    kwargs.setdefault("retry", sdk.RetryConfig(max_retries=0, deadline=DEADLINE))
    return sdk.InstagramClient(TOKEN, base_url=server.url, **kwargs)


def async_client(server: FaultServer, transport: httpx.AsyncBaseTransport, **kwargs: Any) -> sdk.AsyncInstagramClient:
    kwargs.setdefault("retry", sdk.RetryConfig(max_retries=0, deadline=DEADLINE))
    return sdk.AsyncInstagramClient(TOKEN, base_url=server.url, transport=transport, **kwargs)


def fast_retries(max_retries: int = 2) -> sdk.RetryConfig:
    return sdk.RetryConfig(
        max_retries=max_retries,
        deadline=10,
        backoff_base=0.01,
        backoff_max=0.02,
        throttle_base=0.01,
        throttle_max=0.02,
    )


# --- 1. the deadline holds while headers or the body drip in


@pytest.mark.parametrize(
    ("behaviour", "timeout"), [(hostile.header_drip(), 1.0), (hostile.body_drip(), 10.0)], ids=["headers", "body"]
)
def test_a_dripping_server_cannot_hold_a_sync_call_past_its_deadline(
    serve: Any, behaviour: Any, timeout: float
) -> None:
    server = serve(behaviour)
    ig = client(server, timeout=timeout)
    started = time.monotonic()
    with pytest.raises(sdk.APITimeoutError):
        ig.users.get_profile()
    elapsed = time.monotonic() - started
    assert DEADLINE - 0.05 <= elapsed < DEADLINE + OVERSHOOT, f"took {elapsed:.2f} s for a {DEADLINE} s deadline"
    ig.close()
    assert server.wait_closed()


@pytest.mark.parametrize(
    ("behaviour", "deadline"), [(hostile.header_drip(), 1.0), (hostile.body_drip(), 10.0)], ids=["headers", "body"]
)
async def test_a_dripping_server_cannot_hold_an_async_call_past_its_deadline(
    serve: Any, async_transport: Any, behaviour: Any, deadline: float
) -> None:
    server = serve(behaviour)
    async with async_client(server, async_transport(), timeout=deadline) as ig:
        started = time.monotonic()
        with pytest.raises(sdk.APITimeoutError):
            await ig.users.get_profile()
        elapsed = time.monotonic() - started
    assert DEADLINE - 0.05 <= elapsed < DEADLINE + OVERSHOOT, f"took {elapsed:.2f} s for a {DEADLINE} s deadline"
    assert server.wait_closed()


def test_the_deadline_spans_retries_of_a_dripping_server(serve: Any) -> None:
    server = serve(hostile.header_drip(), hostile.header_drip(), hostile.header_drip())
    ig = client(server, timeout=1.0, retry=sdk.RetryConfig(max_retries=2, deadline=DEADLINE, backoff_base=0.01))
    started = time.monotonic()
    with pytest.raises(sdk.APITimeoutError):
        ig.users.get_profile()
    assert time.monotonic() - started < DEADLINE + OVERSHOOT
    ig.close()


async def test_oauth_calls_take_a_deadline_and_hold_it_while_headers_drip(serve: Any) -> None:
    server = serve(hostile.header_drip(), hostile.header_drip())
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
    assert time.monotonic() - started < DEADLINE + OVERSHOOT
    started = time.monotonic()
    with pytest.raises(sdk.APITimeoutError):
        await sdk.AsyncInstagramOAuth.get_long_lived_token(
            client_secret="test-app-secret",
            access_token="test-short-token",
            base_url=server.url,
            timeout=1.0,
            deadline=DEADLINE,
        )
    assert time.monotonic() - started < DEADLINE + OVERSHOOT
    assert server.requests == 2


def test_oauth_deadline_defaults_to_a_minute() -> None:
    import inspect

    for method in (sdk.InstagramOAuth.get_short_lived_token, sdk.AsyncInstagramOAuth.exchange_code_for_token):
        assert inspect.signature(method).parameters["deadline"].default == 60.0


# --- 2. max_response_bytes


def test_the_default_cap_is_32_mib() -> None:
    assert sdk.InstagramClient(TOKEN).get_config().max_response_bytes == 32 * 1024 * 1024
    with pytest.raises(sdk.ConfigurationError, match="max_response_bytes"):
        sdk.InstagramClient(TOKEN, max_response_bytes=0)


def test_a_declared_length_over_the_cap_is_refused_before_reading(serve: Any) -> None:
    server = serve(hostile.large(400 * 1024 * 1024))
    ig = client(server)
    started = time.monotonic()
    with pytest.raises(sdk.ResponseTooLargeError, match="max_response_bytes") as caught:
        ig.users.get_profile()
    assert caught.value.limit == 32 * 1024 * 1024
    assert caught.value.status_code == 200
    assert time.monotonic() - started < 1.0
    ig.close()
    assert server.wait_closed()


def test_an_endless_body_is_cut_off_at_the_cap(serve: Any) -> None:
    server = serve(hostile.large(400 * 1024 * 1024, declare=False, chunk=64 * 1024))
    ig = client(server, max_response_bytes=2 * 1024 * 1024, retry=sdk.RetryConfig(max_retries=0, deadline=20))
    tracemalloc.start()
    try:
        with pytest.raises(sdk.ResponseTooLargeError, match="2097152 bytes"):
            ig.users.get_profile()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 3 * 2 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB for a 2 MiB cap"
    ig.close()
    assert server.wait_closed()


async def test_the_async_client_and_oauth_enforce_the_cap(serve: Any, async_transport: Any) -> None:
    server = serve(hostile.large(10 * 1024 * 1024, declare=False), hostile.large(5000), hostile.large(5000))
    async with async_client(server, async_transport(), max_response_bytes=1024 * 1024) as ig:
        with pytest.raises(sdk.ResponseTooLargeError):
            await ig.users.get_profile()
    with pytest.raises(sdk.ResponseTooLargeError):
        await sdk.AsyncInstagramOAuth.get_long_lived_token(
            client_secret="test-app-secret", access_token="t", base_url=server.url, max_response_bytes=4096
        )
    with pytest.raises(sdk.ResponseTooLargeError):
        sdk.InstagramOAuth.get_long_lived_token(
            client_secret="test-app-secret", access_token="t", base_url=server.url, max_response_bytes=4096
        )


def test_a_body_in_many_chunks_under_the_cap_is_read_whole(serve: Any) -> None:
    padded = BODY + b" " * (3 * 1024 * 1024)

    def respond(conn: Any, stop: Any) -> None:
        head = b"HTTP/1.1 200 OK\r\nconnection: close\r\ncontent-length: %d\r\n\r\n" % len(padded)
        conn.sendall(head + padded)

    ig = client(serve(respond))
    assert ig.users.get_profile().username == "fault_tolerant"
    ig.close()


def test_a_body_under_the_cap_is_held_once(serve: Any) -> None:
    """The chunks are not kept in a list and joined into a second copy (nor copied by httpx)."""
    size = 6 * 1024 * 1024
    server = serve(hostile.large(size, declare=False, chunk=64 * 1024))
    ig = client(server, max_response_bytes=8 * 1024 * 1024)
    tracemalloc.start()
    try:
        content = ig._http.get(server.url + "/v25.0/me").content  # the reading layer alone, no parsing
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(content) == size
    assert peak < 1.5 * size, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB body"
    ig.close()


# --- 3. Content-Encoding is decoded under the cap and the deadline


@pytest.mark.parametrize(
    "behaviour",
    [
        hostile.encoded(BODY, encoding="gzip"),
        hostile.encoded(BODY, encoding="deflate"),
        hostile.encoded_raw(zlib.compress(BODY)[2:-4], "deflate"),  # raw deflate, no zlib header
        hostile.encoded_raw(gzip.compress(gzip.compress(BODY)), "gzip, gzip"),
        hostile.encoded_raw(BODY, "identity"),
    ],
    ids=["gzip", "deflate", "raw-deflate", "gzip-twice", "identity"],
)
def test_encoded_bodies_are_decoded(serve: Any, behaviour: Any) -> None:
    server = serve(behaviour)
    ig = client(server)
    assert ig.users.get_profile().username == "fault_tolerant"
    assert b"accept-encoding: gzip, deflate" in server.heads[0].lower()
    ig.close()


def test_an_unsupported_or_corrupt_encoding_is_a_typed_error(serve: Any) -> None:
    ig = client(serve(hostile.encoded_raw(BODY, "br"), hostile.encoded_raw(b"not gzip at all", "gzip")))
    with pytest.raises(sdk.InvalidResponseError, match="unsupported Content-Encoding 'br'"):
        ig.users.get_profile()
    with pytest.raises(sdk.InvalidResponseError, match="could not be decoded"):
        ig.users.get_profile()
    ig.close()


def test_a_gzip_bomb_is_not_inflated_past_the_cap(serve: Any) -> None:
    bomb = hostile.gzip_bomb(300 * 1024 * 1024)  # about 300 KB on the wire
    cap = 4 * 1024 * 1024
    ig = client(serve(bomb), max_response_bytes=cap)
    tracemalloc.start()
    try:
        started = time.monotonic()
        with pytest.raises(sdk.ResponseTooLargeError):
            ig.users.get_profile()
        elapsed = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 3 * cap, f"peak {peak / 1e6:.1f} MB for a {cap / 1e6:.1f} MB cap"
    assert elapsed < 2.0
    ig.close()


async def test_a_gzip_bomb_is_not_inflated_past_the_cap_async(serve: Any, async_transport: Any) -> None:
    server = serve(hostile.gzip_bomb(64 * 1024 * 1024))
    async with async_client(server, async_transport(), max_response_bytes=1024 * 1024) as ig:
        with pytest.raises(sdk.ResponseTooLargeError):
            await ig.users.get_profile()


# --- 4. gzip-encoded error bodies are classified like plain ones


@pytest.mark.parametrize(
    "error",
    [hostile.graph_error(4), hostile.graph_error(999, is_transient=True), hostile.graph_error(2)],
    ids=["throttling-code-4", "is_transient", "code-2"],
)
def test_gzipped_errors_are_retried_like_plain_ones(serve: Any, error: bytes) -> None:
    server = serve(hostile.encoded(error, 400), hostile.encoded(error, 400, encoding="deflate"), "ok")
    ig = client(server, retry=fast_retries())
    assert ig.users.get_profile().username == "fault_tolerant"
    assert server.requests == 3
    ig.close()


async def test_gzipped_errors_are_retried_and_classified_async(serve: Any, async_transport: Any) -> None:
    error = hostile.graph_error(4)
    server = serve(*[hostile.encoded(error, 400)] * 3)
    async with async_client(server, async_transport(), retry=fast_retries()) as ig:
        with pytest.raises(sdk.RateLimitError) as caught:
            await ig.users.get_profile()
    assert caught.value.code == 4
    assert server.requests == 3
