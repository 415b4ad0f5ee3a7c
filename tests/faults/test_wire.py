"""AiohttpTransport's fast lane (`_wire`, `_wire_pool`) against byte-exact scripted answers on
127.0.0.1: framing, connection reuse, hostile servers, limits, header injection, TLS and the
errors' mapping. Each test watches the other side too (connections accepted, closed, requests
seen), so a connection wrongly reused or left open fails it."""

from __future__ import annotations

import asyncio
import datetime
import gzip
import ipaddress
import json
import os
import random
import socket
import ssl
import struct
import sys
import threading
import time
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from wire_server import BODY, Peer, WireServer, answer, keep_alive

import instagram_graph_api_sdk as sdk
from instagram_graph_api_sdk._attempts import Attempts
from instagram_graph_api_sdk._extensions import RETRY_EXTENSION
from instagram_graph_api_sdk._reading import LIMIT_EXTENSION
from instagram_graph_api_sdk._retry import IDEMPOTENT, RetryPlan
from instagram_graph_api_sdk._translate import translate
from instagram_graph_api_sdk._transport import AsyncRetryTransport
from instagram_graph_api_sdk._usage import UsageState
from instagram_graph_api_sdk._wire import HIGH_WATER, MAX_HEAD, Connection
from instagram_graph_api_sdk._wire_pool import WirePool

pytestmark = pytest.mark.fault
TOKEN = "wire-test-token-0001"
CANARY = "c4n4ry|tok/en+x=y"
DEADLINE = 1.5
SLACK = 0.75  # what a bounded wait may exceed its bound by on a busy 2-core machine
NO_RETRY = sdk.RetryConfig(max_retries=0, deadline=DEADLINE)
RETRY = sdk.RetryConfig(max_retries=2, deadline=DEADLINE, backoff_base=0.01, backoff_max=0.02)


@pytest.fixture
def serve() -> Iterator[Callable[..., WireServer]]:
    servers: list[WireServer] = []

    def factory(handler: Any = None, **kwargs: Any) -> WireServer:
        server = WireServer(handler, **kwargs)
        servers.append(server)
        return server

    yield factory
    for server in servers:
        server.stop()


@pytest.fixture
async def clients() -> AsyncIterator[Callable[..., sdk.AsyncInstagramClient]]:
    """Makes lane clients (closed at the end); each must never have fallen back to aiohttp."""
    made: list[tuple[sdk.AsyncInstagramClient, sdk.AiohttpTransport]] = []

    def factory(server: WireServer, transport: sdk.AiohttpTransport | None = None, **kwargs: Any) -> Any:
        transport = transport or sdk.AiohttpTransport()
        kwargs.setdefault("retry", NO_RETRY)
        kwargs.setdefault("timeout", 2.0)
        kwargs.setdefault("base_url", server.url)
        client = sdk.AsyncInstagramClient(TOKEN, transport=transport, **kwargs)
        made.append((client, transport))
        return client

    yield factory
    for client, transport in made:
        await client.close()
        assert transport._aio.session is None, "a bodiless GET went through aiohttp's session, not the lane"


def request(url: str, *, headers: Any = None, deadline: float | None = DEADLINE, **timeouts: float) -> httpx.Request:
    spec = {"connect": 2.0, "read": 2.0, "write": 2.0, "pool": 2.0, **timeouts}
    return httpx.Request(
        "GET",
        url + "/v23.0/me",
        headers=headers or {"Authorization": f"Bearer {TOKEN}", "Accept-Encoding": "gzip, deflate"},
        extensions={
            "timeout": spec,
            RETRY_EXTENSION: RetryPlan(sdk.RetryConfig(max_retries=0, deadline=deadline), IDEMPOTENT),
            LIMIT_EXTENSION: 4 << 20,
        },
    )


async def lane(transport: sdk.AiohttpTransport, req: httpx.Request) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    """One try on the lane (no retry loop): status, raw headers, decoded body."""
    attempts = Attempts(req, UsageState(), time.monotonic)
    _, status, headers, body = await transport.attempt(req, attempts, attempts.remaining())
    return status, headers, body


async def until(server: WireServer, condition: Callable[[], bool], timeout: float = 2.0) -> bool:
    """server.wait off the event loop (which must keep running to close its sockets)."""
    return await asyncio.to_thread(server.wait, condition, timeout)


async def profile(client: sdk.AsyncInstagramClient) -> str:
    user = await client.users.get_profile()
    return str(user.username)


async def refused(client: sdk.AsyncInstagramClient, match: str, within: float) -> None:
    """The call fails with a connection error matching `match` (not a timeout) within `within` s."""
    started = time.monotonic()
    with pytest.raises(sdk.APIConnectionError, match=match) as caught:
        await profile(client)
    assert not isinstance(caught.value, sdk.APITimeoutError)
    assert time.monotonic() - started < within


# --- 1. framing -------------------------------------------------------------------------------


async def test_content_length_answers_reuse_one_connection(serve: Any, clients: Any) -> None:
    server = serve()
    client = clients(server)
    for _ in range(5):
        assert await profile(client) == "wire_tested"
    assert server.accepts == 1
    assert len(server.heads) == 5
    assert server.heads[0].startswith(b"GET /v")
    assert b"\r\nauthorization: Bearer " + TOKEN.encode() in server.heads[0].replace(b"Authorization", b"authorization")


def chunked(body: bytes) -> bytes:
    """`body` in three chunks, one with extensions, and a trailer."""
    a, b, c = body[:7], body[7:20], body[20:]
    return (
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n"
        + b"%x\r\n%s\r\n" % (len(a), a)
        + b"%x;name=value;flag\r\n%s\r\n" % (len(b), b)
        + b"%X\r\n%s\r\n" % (len(c), c)
        + b"0\r\nx-trailer: yes\r\nx-other: 1\r\n\r\n"
    )


async def test_chunked_answer_with_extensions_and_trailers_is_whole_and_reused(serve: Any, clients: Any) -> None:
    server = serve(keep_alive(chunked(BODY)))
    client = clients(server)
    assert await profile(client) == "wire_tested"
    assert await profile(client) == "wire_tested"
    assert server.accepts == 1  # the trailer was consumed: the connection was clean for the next request


async def test_chunked_trailer_fields_are_not_headers(serve: Any) -> None:
    """Trailer fields are dropped, and none carries over to the next answer on the connection."""
    trailer = b'0\r\nx-app-usage: {"call_count": 100}\r\nx-trailer: yes\r\n\r\n'
    trailed = chunked(BODY).replace(b"0\r\nx-trailer: yes\r\nx-other: 1\r\n\r\n", trailer)
    server = serve(keep_alive(trailed, answer()))
    transport = sdk.AiohttpTransport()
    try:
        status, headers, body = await lane(transport, request(server.url))
        _, after, _ = await lane(transport, request(server.url))
    finally:
        await transport.aclose()
    assert (status, body) == (200, BODY)
    assert [name.lower() for name, _ in headers] == [b"content-type", b"transfer-encoding"]
    assert [name.lower() for name, _ in after] == [b"content-type", b"content-length"]
    assert server.accepts == 1


async def test_transfer_encoding_not_ending_in_chunked_is_framed_by_close(serve: Any, clients: Any) -> None:
    def handle(peer: Peer) -> None:
        if peer.request() is not None:
            peer.send(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: identity\r\n\r\n")
            time.sleep(0.02)
            peer.send(BODY)
        peer.close()

    server = serve(handle)
    assert await profile(clients(server)) == "wire_tested"  # RFC 9112 6.3: read until the close


async def test_body_framed_by_close_is_read_whole_and_not_reused(serve: Any, clients: Any) -> None:
    body = json.dumps({"id": "1", "username": "eof_framed", "biography": "x" * 300_000}).encode()

    def handle(peer: Peer) -> None:
        if peer.request() is None:
            return
        peer.send(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n")
        for start in range(0, len(body), 65536):  # in pieces, so the end of the body is the close
            peer.send(body[start : start + 65536])
            time.sleep(0.005)
        peer.close()

    server = serve(handle)
    client = clients(server)
    user = await client.users.get_profile()
    assert user.username == "eof_framed"
    assert user.biography == "x" * 300_000
    assert await profile(client) == "eof_framed"
    assert server.accepts == 2


async def test_204_without_body_then_reuse(serve: Any) -> None:
    server = serve(keep_alive(b"HTTP/1.1 204 No Content\r\nx-a: 1\r\n\r\n", answer()))
    transport = sdk.AiohttpTransport()
    try:
        status, headers, body = await lane(transport, request(server.url))
        assert (status, body) == (204, b"")
        assert (b"x-a", b"1") in [(k.lower(), v) for k, v in headers]
        status, _, body = await lane(transport, request(server.url))
        assert (status, body) == (200, BODY)
        assert server.accepts == 1
    finally:
        await transport.aclose()


async def test_interim_answers_are_skipped(serve: Any, clients: Any) -> None:
    interim = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nlink: </style.css>; rel=preload\r\n\r\n"
    server = serve(keep_alive(interim + answer(BODY, 200, "x-real: yes")))
    transport = sdk.AiohttpTransport()
    try:
        status, headers, body = await lane(transport, request(server.url))
        names = [k.lower() for k, _ in headers]
        assert (status, body) == (200, BODY)
        assert b"x-real" in names
        assert b"link" not in names
        assert (await lane(transport, request(server.url)))[2] == BODY
        assert server.accepts == 1
    finally:
        await transport.aclose()


async def test_endless_interim_answers_are_bounded_by_the_head_limit(serve: Any, clients: Any) -> None:
    pad = b"p" * 1000

    def handle(peer: Peer) -> None:
        if peer.request() is None:
            return
        for _ in range(10_000):  # 100 Continue, one per read of the client, "forever"
            if peer.server.stopping.wait(0.002) or not peer.send(b"HTTP/1.1 100 Continue\r\nx-pad: %s\r\n\r\n" % pad):
                return

    server = serve(handle)
    await refused(clients(server, retry=sdk.RetryConfig(max_retries=0, deadline=5.0)), "exceed", within=2.5)


async def test_http10_answer_is_not_reused(serve: Any, clients: Any) -> None:
    one_oh = b"HTTP/1.0 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s" % (len(BODY), BODY)
    server = serve(keep_alive(one_oh))  # the server would answer again on the same connection
    client = clients(server)
    assert await profile(client) == "wire_tested"
    assert await profile(client) == "wire_tested"
    assert server.accepts == 2
    assert await until(server, lambda: server.client_closes >= 1, 2.0)  # the client closed the first one


async def test_connection_close_answer_is_not_reused(serve: Any, clients: Any) -> None:
    server = serve(keep_alive(answer(BODY, 200, "Connection: close")))
    client = clients(server)
    assert await profile(client) == "wire_tested"
    assert await profile(client) == "wire_tested"
    assert server.accepts == 2
    assert await until(server, lambda: server.client_closes >= 1, 2.0)


# --- 2. reuse ----------------------------------------------------------------------------------


async def test_connection_closed_while_idle_is_not_used(serve: Any, clients: Any) -> None:
    def handle(peer: Peer) -> None:
        if peer.request() is not None:
            peer.send(answer())
        peer.close()  # right after a keep-alive answer

    server = serve(handle)
    client = clients(server)  # no retries: the closed connection must not be tried at all
    assert await profile(client) == "wire_tested"
    assert await until(server, lambda: server.live == 0, 2.0)
    await asyncio.sleep(0.05)  # the close reaches the client's loop
    assert await profile(client) == "wire_tested"
    assert server.accepts == 2
    assert len(server.heads) == 2


async def test_a_close_the_loop_has_not_read_yet_is_seen_before_reuse(serve: Any, clients: Any) -> None:
    def handle(peer: Peer) -> None:
        if peer.request() is not None:
            peer.send(answer())  # a keep-alive answer...
        peer.close()  # ...and the close right after it

    server = serve(handle)
    client = clients(server)  # no retries
    for count in range(1, 4):
        assert await profile(client) == "wire_tested"
        # Blocking on purpose: the close reaches the socket, but the event loop does not run to read it.
        assert server.wait(lambda count=count: server.accepts == count and server.live == 0, 2.0)
        time.sleep(0.01)  # noqa: ASYNC251 - the point: the close arrives while the loop is not running
    assert server.accepts == 3


async def test_close_racing_the_next_request_is_retried_for_get(serve: Any, clients: Any) -> None:
    first = True

    def handle(peer: Peer) -> None:
        nonlocal first
        if first:  # answer one request, then take the next one and hang up without answering
            first = False
            if peer.request() is not None:
                peer.send(answer())
            peer.request()
            peer.close()
            return
        keep_alive(answer())(peer)

    server = serve(handle)
    client = clients(server, retry=RETRY)
    assert await profile(client) == "wire_tested"
    assert await profile(client) == "wire_tested"  # sent on the reused connection, cut, resent on a new one
    assert server.accepts == 2
    assert len(server.heads) == 3


async def test_close_racing_the_next_request_without_retries_is_a_connection_error(serve: Any, clients: Any) -> None:
    def handle(peer: Peer) -> None:
        if peer.request() is not None:
            peer.send(answer())
        peer.request()
        peer.close()

    server = serve(handle)
    client = clients(server)
    assert await profile(client) == "wire_tested"
    with pytest.raises(sdk.APIConnectionError, match="closed the connection without sending an answer"):
        await profile(client)


@pytest.mark.parametrize(
    "extra", [b"junk", answer(b'{"id": "2", "username": "smuggled"}')], ids=["junk", "second-answer"]
)
async def test_bytes_after_a_whole_answer_spoil_the_connection(serve: Any, clients: Any, extra: bytes) -> None:
    server = serve(keep_alive(answer() + extra, answer()))
    client = clients(server)
    assert await profile(client) == "wire_tested"
    assert await profile(client) == "wire_tested"  # never "smuggled": not read from the spoiled connection
    assert server.accepts == 2
    assert await until(server, lambda: server.client_closes >= 1, 2.0)


async def test_bytes_arriving_while_idle_spoil_the_connection(serve: Any, clients: Any) -> None:
    sent = threading.Event()

    def handle(peer: Peer) -> None:
        if not sent.is_set() and peer.request() is not None and peer.send(answer()):
            time.sleep(0.05)  # the client has the whole answer: its connection is idle now
            peer.send(answer(b'{"id": "2", "username": "smuggled"}'))
            sent.set()
        keep_alive(answer())(peer)

    server = serve(handle)
    client = clients(server)
    assert await profile(client) == "wire_tested"
    assert await asyncio.to_thread(sent.wait, 2.0)
    await asyncio.sleep(0.05)  # the bytes reach the client's loop
    assert await profile(client) == "wire_tested"
    assert server.accepts == 2


async def test_keepalive_expiry_closes_idle_connections(serve: Any, clients: Any) -> None:
    server = serve()
    client = clients(server, sdk.AiohttpTransport(keepalive_expiry=0.2))
    assert await profile(client) == "wire_tested"
    started = time.monotonic()
    assert await until(server, lambda: server.client_closes == 1, 0.3 * 1.5 + SLACK)
    assert time.monotonic() - started >= 0.15  # not closed at once: it was kept for reuse first


async def test_close_closes_every_socket(serve: Any) -> None:
    def handle(peer: Peer) -> None:
        while peer.request() is not None:
            time.sleep(0.1)  # overlapping calls need connections of their own
            if not peer.send(answer()):
                return

    server = serve(handle)
    transport = sdk.AiohttpTransport()
    client = sdk.AsyncInstagramClient(TOKEN, base_url=server.url, transport=transport, retry=NO_RETRY)
    names = await asyncio.gather(*(profile(client) for _ in range(4)))
    assert names == ["wire_tested"] * 4
    assert server.accepts == 4
    assert transport._wire is not None
    assert len(transport._wire._open) == 4
    await client.close()
    assert await until(server, lambda: server.live == 0, 2.0), f"{server.live} connection(s) left open"
    assert server.client_closes == 4


# --- 3. hostile servers ------------------------------------------------------------------------


def big_head(size: int, pieces: int = 1, where: str = "header") -> Callable[[Peer], None]:
    """A head with a header (or a reason phrase) of `size` bytes, in `pieces` sends."""
    big = b"a" * size
    status = b"HTTP/1.1 200 " + (big if where == "reason" else b"OK") + b"\r\n"
    header = b"x-big: " + big + b"\r\n" if where == "header" else b""
    head = status + header + b"content-length: %d\r\n\r\n%s" % (len(BODY), BODY)

    def handle(peer: Peer) -> None:
        if peer.request() is not None:
            step = -(-len(head) // pieces)
            for start in range(0, len(head), step):
                if not peer.send(head[start : start + step]):
                    return
                time.sleep(0.002)

    return handle


@pytest.mark.parametrize(
    ("where", "pieces"), [("header", 1), ("header", 40), ("reason", 1)], ids=["one-send", "forty-sends", "reason"]
)
async def test_head_over_64k_is_refused(serve: Any, clients: Any, where: str, pieces: int) -> None:
    server = serve(big_head(MAX_HEAD + 1024, pieces, where))
    await refused(clients(server), "exceed", within=1.0)


async def test_head_under_64k_is_accepted(serve: Any, clients: Any) -> None:
    server = serve(big_head(MAX_HEAD - 2048))
    assert await profile(clients(server)) == "wire_tested"


async def test_more_than_128_headers_are_refused(serve: Any, clients: Any) -> None:
    many = b"".join(b"x-h%d: v\r\n" % n for n in range(129))
    server = serve(keep_alive(b"HTTP/1.1 200 OK\r\n" + many + b"content-length: 2\r\n\r\n{}"))
    with pytest.raises(sdk.APIConnectionError, match="128 headers"):
        await profile(clients(server))


MALFORMED = {
    "status-line": b"HTTP/1.1 2OO OK\r\ncontent-length: 2\r\n\r\n{}",
    "not-http": b"SSH-2.0-OpenSSH_9.6\r\n\r\n",
    "chunk-size": b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
    "header-line": b"HTTP/1.1 200 OK\r\nno colon here\r\ncontent-length: 2\r\n\r\n{}",
    "two-lengths": b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\n{}",
    "upgrade": b"HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: upgrade\r\n\r\n",
}


@pytest.mark.parametrize("name", list(MALFORMED))
async def test_malformed_answer_is_a_connection_error_like_on_httpx(serve: Any, clients: Any, name: str) -> None:
    server = serve(keep_alive(MALFORMED[name]))
    with pytest.raises(sdk.APIConnectionError) as lane_error:
        await profile(clients(server))
    assert not isinstance(lane_error.value, sdk.APITimeoutError)
    assert "malformed" in str(lane_error.value) or "RemoteProtocolError" in str(lane_error.value)
    async with sdk.AsyncInstagramClient(TOKEN, base_url=server.url, retry=NO_RETRY, timeout=2.0) as plain:
        with pytest.raises(sdk.InstagramError) as httpx_error:
            await profile(plain)
    assert type(lane_error.value) is type(httpx_error.value)  # the same class as on httpx's transport


async def test_head_dripped_past_the_deadline_times_out(serve: Any, clients: Any) -> None:
    def handle(peer: Peer) -> None:
        if peer.request() is None or not peer.send(b"HTTP/1.1 200 OK\r\nx-drip: "):
            return
        for _ in range(200):  # one byte every 20 ms: each read succeeds, the head never ends
            if peer.server.stopping.wait(0.02) or not peer.send(b"a"):
                return

    server = serve(handle)
    client = clients(server, retry=sdk.RetryConfig(max_retries=3, deadline=1.0), timeout=5.0)
    started = time.monotonic()
    with pytest.raises(sdk.APITimeoutError):
        await profile(client)
    assert time.monotonic() - started < 1.0 + SLACK
    assert await until(server, lambda: server.client_closes == 1, 2.0)


def endless(peer: Peer, framing: bytes = b"") -> None:
    if peer.request() is None:
        return
    peer.send(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n" + framing + b"\r\n")
    block = b" " * 65536
    while not peer.server.stopping.is_set():
        if not peer.send(block if not framing else b"10000\r\n" + block + b"\r\n"):
            return


@pytest.mark.parametrize("framing", [b"", b"transfer-encoding: chunked\r\n"], ids=["eof", "chunked"])
async def test_bloating_server_hits_the_size_cap_with_bounded_memory(serve: Any, clients: Any, framing: bytes) -> None:
    cap = 4 << 20
    server = serve(lambda peer: endless(peer, framing))
    client = clients(server, max_response_bytes=cap)
    tracemalloc.start()
    try:
        with pytest.raises(sdk.ResponseTooLargeError):
            await profile(client)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * cap, f"peak {peak} bytes for a cap of {cap}"
    assert await until(server, lambda: server.client_closes == 1, 2.0)


def paused(conn: Connection) -> bool:
    return conn.paused


async def settled(server: Any, limit: float = 3.0) -> int:
    """The bytes the server has sent once they stop growing (kernel and TLS buffers fill up for a
    while after the client pauses): sampled every 0.3 s, at most `limit` seconds."""
    loop = asyncio.get_running_loop()
    end = loop.time() + limit
    before = -1
    while loop.time() < end:
        now: int = server.peers[0].sent
        if now == before:
            return now
        before = now
        await asyncio.sleep(0.3)
    raise AssertionError(f"the server kept sending for {limit} s: the client kept reading")


async def test_reading_pauses_when_the_body_is_not_taken(serve: Any) -> None:
    """A connection whose body is not taken stops reading above HIGH_WATER: the sender blocks."""
    server = serve(endless)
    loop = asyncio.get_running_loop()
    pool = WirePool(1, 5.0, ssl.create_default_context)
    transport, conn = await loop.create_connection(
        lambda: Connection(pool, ("http", "127.0.0.1", 0)), "127.0.0.1", int(server.url.rsplit(":", 1)[1])
    )
    try:
        conn.start()
        transport.write(b"GET / HTTP/1.1\r\nhost: x\r\n\r\n")
        assert await until(server, lambda: bool(server.peers) and server.peers[0].sent > HIGH_WATER, 2.0)
        await asyncio.sleep(0.3)  # the client's loop runs: it reads until paused
        assert paused(conn)
        assert HIGH_WATER < conn.buffered <= HIGH_WATER + 512 * 1024
        before = await settled(server)
        assert before < 64 * HIGH_WATER  # an endless sender, stopped by the socket's buffers
        assert len(conn.take()) > 0
        assert not paused(conn)
        assert await until(server, lambda: server.peers[0].sent > before, 2.0)  # reading resumed
    finally:
        transport.close()
        await asyncio.sleep(0)


async def test_gzip_bomb_through_the_lane_stops_at_the_cap(serve: Any, clients: Any) -> None:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b" " * (1 << 20)
    bomb = b"".join(compressor.compress(block) for _ in range(64)) + compressor.flush()  # 64 MiB inflated
    head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\ncontent-length: %d\r\n\r\n"
    server = serve(keep_alive(head % len(bomb) + bomb))
    cap = 2 << 20
    client = clients(server, max_response_bytes=cap)
    tracemalloc.start()
    try:
        with pytest.raises(sdk.ResponseTooLargeError):
            await profile(client)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * cap
    assert len(gzip.decompress(bomb)) == 64 << 20  # the bomb was real


def truncated_chunked_then_ok() -> Callable[[Peer], None]:
    first = True

    def handle(peer: Peer) -> None:
        nonlocal first
        if first:
            first = False
            if peer.request() is not None:
                peer.send(b'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n10\r\n{"id": "1", "us')
            peer.close()
            return
        keep_alive(answer())(peer)

    return handle


async def test_truncated_chunked_body_is_retried_for_get(serve: Any, clients: Any) -> None:
    server = serve(truncated_chunked_then_ok())
    assert await profile(clients(server, retry=RETRY)) == "wire_tested"
    assert server.accepts == 2


async def test_truncated_chunked_body_without_retries_is_an_error(serve: Any, clients: Any) -> None:
    server = serve(truncated_chunked_then_ok())
    with pytest.raises(sdk.APIConnectionError, match="before the body ended"):
        await profile(clients(server))


# --- 4. limits ---------------------------------------------------------------------------------


def slow(delay: float) -> Callable[[Peer], None]:
    def handle(peer: Peer) -> None:
        while peer.request() is not None:
            if peer.server.stopping.wait(delay) or not peer.send(answer()):
                return

    return handle


async def test_limit_bounds_connections_at_once(serve: Any, clients: Any) -> None:
    server = serve(slow(0.05))
    transport = sdk.AiohttpTransport(limit=2)
    client = clients(server, transport, retry=sdk.RetryConfig(max_retries=0, deadline=10.0), timeout=5.0)
    names = await asyncio.gather(*(profile(client) for _ in range(10)))
    assert names == ["wire_tested"] * 10
    assert server.peak <= 2
    assert server.accepts == 2
    assert len(server.heads) == 10


def stall(peer: Peer) -> None:
    while peer.request() is not None:
        peer.wait_eof(timeout=3600)  # no answer: until the client hangs up or the server stops
        return


async def test_pool_timeout_is_a_typed_timeout(serve: Any, clients: Any) -> None:
    server = serve(stall)
    transport = sdk.AiohttpTransport(limit=1)
    holder = clients(server, transport, retry=sdk.RetryConfig(max_retries=0, deadline=5.0), timeout=5.0)
    held = asyncio.create_task(profile(holder))
    assert await until(server, lambda: len(server.heads) == 1, 2.0)
    waiter = clients(server, transport, timeout=httpx.Timeout(2.0, pool=0.05))
    started = time.monotonic()
    with pytest.raises(sdk.APITimeoutError, match="no free connection within the pool timeout"):
        await profile(waiter)
    assert time.monotonic() - started < 0.05 + SLACK
    assert server.accepts == 1
    held.cancel()
    with pytest.raises(asyncio.CancelledError):
        await held


async def test_cancelling_mid_answer_closes_the_connection_and_frees_its_slot(serve: Any, clients: Any) -> None:
    first = True

    def handle(peer: Peer) -> None:
        nonlocal first
        if first:  # half an answer, then silence
            first = False
            if peer.request() is not None:
                peer.send(b'HTTP/1.1 200 OK\r\ncontent-length: 1000\r\n\r\n{"id"')
            return
        keep_alive(answer())(peer)

    server = serve(handle)
    transport = sdk.AiohttpTransport(limit=1)
    client = clients(server, transport, retry=sdk.RetryConfig(max_retries=0, deadline=5.0), timeout=5.0)
    task = asyncio.create_task(profile(client))
    assert await until(server, lambda: bool(server.peers) and server.peers[0].sent > 0, 2.0)
    await asyncio.sleep(0.05)  # the half answer reaches the client
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert transport._wire is not None
    assert not transport._wire._open
    assert await until(server, lambda: server.client_closes == 1, 2.0)
    assert await profile(client) == "wire_tested"  # the only slot is free again
    assert await profile(client) == "wire_tested"
    assert server.accepts == 2


async def test_a_wakeup_is_not_lost_when_its_waiter_is_cancelled(serve: Any) -> None:
    """limit=1: A holds the connection, B and C wait. A is cancelled (its slot frees and wakes B);
    B is cancelled before it runs. C must get the slot at once, not at its pool timeout."""
    server = serve(slow(0.3))
    pool = WirePool(1, 5.0, ssl.create_default_context)
    port = int(server.url.rsplit(":", 1)[1])
    origin = ("http", "127.0.0.1", port)
    head = b"GET / HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n"

    async def get(pool_timeout: float) -> int:
        req = request(server.url, pool=pool_timeout, deadline=10.0)
        return (await pool.exchange(req, origin, head, Attempts(req, UsageState(), time.monotonic)))[0]

    try:
        a = asyncio.create_task(get(5.0))
        assert await until(server, lambda: len(server.heads) == 1, 2.0)
        b = asyncio.create_task(get(5.0))
        c = asyncio.create_task(get(5.0))
        await asyncio.sleep(0.02)  # B and C wait for the slot
        a.cancel()
        await asyncio.sleep(0)  # A's cancellation runs: its connection is dropped, B is woken
        b.cancel()  # ...and cancelled before it could take the slot
        started = time.monotonic()
        assert await asyncio.wait_for(c, 3.0) == 200
        assert time.monotonic() - started < 1.0, "C waited although the slot was free"
        for task in (a, b):
            with pytest.raises(asyncio.CancelledError):
                await task
    finally:
        await pool.aclose()


async def test_waiters_do_not_connect_after_close(serve: Any) -> None:
    server = serve(stall)
    transport = sdk.AiohttpTransport(limit=1)
    client = sdk.AsyncInstagramClient(
        TOKEN, base_url=server.url, transport=transport, retry=NO_RETRY, timeout=httpx.Timeout(5.0)
    )
    tasks = [asyncio.create_task(profile(client)) for _ in range(3)]
    assert await until(server, lambda: len(server.heads) == 1, 2.0)
    await asyncio.sleep(0.02)
    await client.close()
    for task in tasks:
        with pytest.raises(sdk.InstagramError):
            await task
    await asyncio.sleep(0.1)
    assert server.accepts == 1, "a call waiting for a connection connected after the transport was closed"
    assert await until(server, lambda: server.live == 0, 2.0)


# --- 5. injection and secrets ------------------------------------------------------------------


def forms(secret: str) -> set[str]:
    query = str(httpx.URL("https://x/", params={"s": secret}).query, "ascii").split("=", 1)[1]
    return {secret, quote(secret, safe=""), quote_plus(secret), query, json.dumps(secret)[1:-1], repr(secret)[1:-1]}


def leaks(error: BaseException, secret: str) -> list[str]:
    texts = [str(error), repr(error), repr(vars(error))]
    return [form for form in forms(secret) for text in texts if form in text]


@pytest.mark.parametrize("value", [f"{CANARY}\r\nX-Evil: 1", f"{CANARY}\nX-Evil: 1", f"{CANARY}\x00"])
async def test_header_injection_is_refused_and_nothing_is_sent(serve: Any, value: str) -> None:
    server = serve()
    transport = sdk.AiohttpTransport()
    req = request(server.url, headers={"Authorization": "Bearer " + value})
    try:
        with pytest.raises(httpx.LocalProtocolError) as caught:  # through the retry loop: not retried
            await AsyncRetryTransport(transport).run(req, transport.attempt)
        assert caught.value.request is req
        assert "Authorization" in str(caught.value)
        assert not leaks(caught.value, CANARY)
        assert not leaks(caught.value, value)
        sdk_error = translate(caught.value, req)
        assert isinstance(sdk_error, sdk.APIConnectionError)
        assert not leaks(sdk_error, CANARY)
        assert not leaks(sdk_error, value)
    finally:
        await transport.aclose()
    await asyncio.sleep(0.1)
    assert server.accepts == 0
    assert server.heads == []


@pytest.mark.parametrize("value", [f"{CANARY}\r\nX-Evil: 1", f"{CANARY}é", "c4n4ry\u2028tok"])
async def test_client_refuses_a_bad_token_before_sending(serve: Any, value: str) -> None:
    server = serve()
    with pytest.raises(sdk.InvalidCredentialError) as caught:
        sdk.AsyncInstagramClient(value, base_url=server.url, transport=sdk.AiohttpTransport())
    assert not leaks(caught.value, CANARY)
    assert not leaks(caught.value, value)
    await asyncio.sleep(0.1)
    assert server.accepts == 0


async def test_huge_token_is_sent_whole(serve: Any, clients: Any) -> None:
    token = "c4n4ry" + "x" * 20_000
    server = serve()
    transport = sdk.AiohttpTransport()
    client = sdk.AsyncInstagramClient(token, base_url=server.url, transport=transport, retry=NO_RETRY)
    try:
        assert await profile(client) == "wire_tested"
    finally:
        await client.close()
    assert b"Bearer " + token.encode() + b"\r\n" in server.heads[0] + b"\r\n"


# --- 6. TLS ------------------------------------------------------------------------------------


def certificates(directory: Path, address: str = "127.0.0.1") -> tuple[ssl.SSLContext, bytes]:
    """A server context with a leaf for `address` signed by a fresh CA, and the CA's PEM."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)

    def build(subject: str, key: Any, issuer: Any, issuer_key: Any, ca: bool) -> Any:
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
            .issuer_name(issuer)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(hours=1))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )
        if ca:
            builder = builder.add_extension(
                x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
            )
        else:
            builder = builder.add_extension(
                x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(address))]), critical=False
            )
        return builder.sign(issuer_key, hashes.SHA256())

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "wire test CA")])
    ca = build("wire test CA", ca_key, ca_name, ca_key, True)
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    leaf = build(address, leaf_key, ca.subject, ca_key, False)
    pem = serialization.Encoding.PEM
    (directory / "leaf.pem").write_bytes(leaf.public_bytes(pem) + ca.public_bytes(pem))
    (directory / "leaf.key").write_bytes(
        leaf_key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(directory / "leaf.pem", directory / "leaf.key")
    return server, ca.public_bytes(pem)


async def test_https_over_the_lane_with_a_trusted_ca(serve: Any, clients: Any, tmp_path: Path) -> None:
    context, ca = certificates(tmp_path)
    server = serve(tls=context)
    trusting = ssl.create_default_context(cadata=ca.decode())
    client = clients(server, sdk.AiohttpTransport(verify=trusting))
    assert await profile(client) == "wire_tested"
    assert await profile(client) == "wire_tested"
    assert server.accepts == 1
    assert server.tls_failures == 0


async def test_close_ends_tls_connections_before_it_returns(serve: Any, tmp_path: Path) -> None:
    """A TLS close waits for the peer's close_notify; a socket still open when close() returns
    outlives an event loop that ends right after (an unclosed-socket ResourceWarning)."""
    context, ca = certificates(tmp_path)
    server = serve(slow(0.1), tls=context)
    transport = sdk.AiohttpTransport(verify=ssl.create_default_context(cadata=ca.decode()))
    client = sdk.AsyncInstagramClient(TOKEN, base_url=server.url, transport=transport, retry=NO_RETRY)
    assert list(await asyncio.gather(profile(client), profile(client))) == ["wire_tested"] * 2
    assert transport._wire is not None
    connections = list(transport._wire._open)
    assert len(connections) == 2
    await client.close()
    assert all(conn.closed for conn in connections), "close() returned with TLS connections still open"
    assert await until(server, lambda: server.live == 0)


async def test_https_with_the_default_context_is_a_certificate_error(serve: Any, clients: Any, tmp_path: Path) -> None:
    context, _ = certificates(tmp_path)
    server = serve(tls=context)
    await refused(clients(server, retry=RETRY), "CERTIFICATE_VERIFY_FAILED", within=DEADLINE)
    assert server.heads == []


async def test_https_with_a_certificate_for_another_address_is_refused(
    serve: Any, clients: Any, tmp_path: Path
) -> None:
    context, ca = certificates(tmp_path, "127.0.0.2")  # signed by the trusted CA, for another address
    server = serve(tls=context)
    client = clients(server, sdk.AiohttpTransport(verify=ssl.create_default_context(cadata=ca.decode())))
    with pytest.raises(sdk.APIConnectionError, match="IP address mismatch") as caught:
        await profile(client)
    assert not isinstance(caught.value, sdk.APITimeoutError)
    assert server.heads == []


async def test_https_to_a_server_that_never_handshakes_times_out(serve: Any, clients: Any) -> None:
    server = serve(stall)  # plain TCP: accepts, never answers the TLS hello
    url = server.url.replace("http://", "https://")
    client = clients(server, base_url=url, timeout=httpx.Timeout(5.0, connect=0.3))
    started = time.monotonic()
    with pytest.raises(sdk.APITimeoutError, match=r"no connection to 127\.0\.0\.1"):
        await profile(client)
    assert time.monotonic() - started < 0.3 + SLACK


# --- 7. errors carry the request and map like httpx's -------------------------------------------


async def test_lane_errors_carry_their_request(serve: Any) -> None:
    refused = WireServer()
    refused.stop()  # a port nobody listens on any more
    cases: list[tuple[str, type[httpx.TransportError]]] = [
        (refused.url, httpx.ConnectError),
        (serve(stall).url, httpx.ReadTimeout),
        (serve(keep_alive(MALFORMED["status-line"])).url, httpx.RemoteProtocolError),
    ]
    transport = sdk.AiohttpTransport()
    try:
        for url, kind in cases:
            req = request(url, read=0.2)
            with pytest.raises(kind) as caught:
                await lane(transport, req)
            assert caught.value.request is req
        bad = request(cases[-1][0], headers={"x-bad": "a\r\nb"})
        with pytest.raises(httpx.LocalProtocolError) as local:
            await lane(transport, bad)
        assert local.value.request is bad
        late = request(cases[1][0], deadline=0.2)  # the call's deadline, not the read timeout
        with pytest.raises(httpx.ReadTimeout, match="deadline") as deadline:
            await lane(transport, late)
        assert deadline.value.request is late
    finally:
        await transport.aclose()
    single = sdk.AiohttpTransport(limit=1)
    try:
        held = asyncio.create_task(lane(single, request(cases[1][0], read=5.0, deadline=5.0)))
        await asyncio.sleep(0.1)
        starved = request(cases[1][0], pool=0.05)
        with pytest.raises(httpx.PoolTimeout) as pool:
            await lane(single, starved)
        assert pool.value.request is starved
        held.cancel()
        with pytest.raises(asyncio.CancelledError):
            await held
    finally:
        await single.aclose()


# --- more: methods, error answers, timeouts, eviction, churn -------------------------------------


async def test_delete_goes_over_the_lane(serve: Any, clients: Any) -> None:
    server = serve(keep_alive(answer(b'{"success": true}')))
    client = clients(server)
    assert (await client.comments.delete("17890000000000001")).success is True
    assert (await client.comments.delete("17890000000000002")).success is True
    assert server.accepts == 1
    assert server.heads[1].startswith(b"DELETE /v")
    assert b"/17890000000000002 HTTP/1.1\r\n" in server.heads[1]


async def test_error_answers_keep_the_connection_and_are_typed(serve: Any, clients: Any) -> None:
    transient = json.dumps({"error": {"message": "busy", "type": "OAuthException", "code": 2, "is_transient": True}})
    expired = json.dumps({"error": {"message": "expired", "type": "OAuthException", "code": 190}})
    server = serve(keep_alive(answer(transient.encode(), 500), answer(), answer(expired.encode(), 400)))
    client = clients(server, retry=RETRY)
    assert await profile(client) == "wire_tested"  # the 500 was retried, on the same connection
    with pytest.raises(sdk.AuthenticationError):
        await profile(client)
    assert server.accepts == 1
    assert len(server.heads) == 3


async def test_gzip_answers_are_decoded_and_the_connection_reused(serve: Any, clients: Any) -> None:
    packed = gzip.compress(BODY)
    encoded = answer(packed).replace(b"content-type:", b"content-encoding: gzip\r\ncontent-type:")
    server = serve(keep_alive(encoded))
    client = clients(server)
    assert await profile(client) == "wire_tested"
    assert await profile(client) == "wire_tested"
    assert server.accepts == 1


async def test_read_timeout_is_the_read_timeout_not_the_deadline(serve: Any, clients: Any) -> None:
    server = serve(stall)
    client = clients(server, retry=sdk.RetryConfig(max_retries=0, deadline=10.0), timeout=httpx.Timeout(5.0, read=0.2))
    started = time.monotonic()
    with pytest.raises(sdk.APITimeoutError, match=r"read timeout of 0\.2 s"):
        await profile(client)
    assert 0.2 <= time.monotonic() - started < 0.2 + SLACK
    assert await until(server, lambda: server.client_closes == 1)  # a timed-out connection is dropped


async def test_server_closing_at_once_is_retried_for_get(serve: Any, clients: Any) -> None:
    first = True

    def handle(peer: Peer) -> None:
        nonlocal first
        if first:
            first = False
            peer.close()  # accepted, closed before any request
            return
        keep_alive(answer())(peer)

    server = serve(handle)
    assert await profile(clients(server, retry=RETRY)) == "wire_tested"
    assert server.accepts == 2


def reset_mid_body(peer: Peer) -> None:
    if peer.request() is not None:
        peer.send(b'HTTP/1.1 200 OK\r\ncontent-length: 1000\r\n\r\n{"id"')
        time.sleep(0.05)
        peer.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    peer.close()


async def test_reset_mid_body_maps_like_httpx(serve: Any, clients: Any) -> None:
    server = serve(reset_mid_body)
    with pytest.raises(sdk.InstagramError) as lane_error:
        await profile(clients(server))
    async with sdk.AsyncInstagramClient(TOKEN, base_url=server.url, retry=NO_RETRY, timeout=2.0) as plain:
        with pytest.raises(sdk.InstagramError) as httpx_error:
            await profile(plain)
    assert type(lane_error.value) is type(httpx_error.value) is sdk.APIConnectionError


async def test_limit_evicts_an_idle_connection_to_another_host(serve: Any) -> None:
    one, two = serve(), serve()
    transport = sdk.AiohttpTransport(limit=1)
    first = sdk.AsyncInstagramClient(TOKEN, base_url=one.url, transport=transport, retry=NO_RETRY, timeout=2.0)
    second = sdk.AsyncInstagramClient(TOKEN, base_url=two.url, transport=transport, retry=NO_RETRY, timeout=2.0)
    try:
        for _ in range(3):
            assert await profile(first) == "wire_tested"
            assert await profile(second) == "wire_tested"
            assert transport._wire is not None
            assert len(transport._wire._open) <= 1
    finally:
        await first.close()
        await second.close()
    assert (one.accepts, two.accepts) == (3, 3)
    assert await until(one, lambda: one.client_closes == 3)


async def test_cancellations_at_random_points_never_leak_a_slot(serve: Any) -> None:
    server = serve(slow(0.01))
    transport = sdk.AiohttpTransport(limit=3)
    client = sdk.AsyncInstagramClient(
        TOKEN,
        base_url=server.url,
        transport=transport,
        retry=sdk.RetryConfig(max_retries=0, deadline=20.0),
        timeout=10.0,
    )
    pool = transport._wire
    assert pool is not None
    worst = 0

    async def watch() -> None:
        nonlocal worst
        while True:
            worst = max(worst, len(pool._open) + pool._connecting)
            await asyncio.sleep(0)

    rng = random.Random(7)
    watcher = asyncio.create_task(watch())
    try:
        tasks = [asyncio.create_task(profile(client)) for _ in range(40)]
        for task in tasks[::2]:
            await asyncio.sleep(rng.uniform(0, 0.01))
            task.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        assert all(r == "wire_tested" or isinstance(r, asyncio.CancelledError) for r in results), results
        assert sum(r == "wire_tested" for r in results) >= 20
        assert pool._connecting == 0
        assert not [w for _, w in pool._waiters if not w.done()]
        assert len(pool._open) <= 3
        assert list(await asyncio.gather(*(profile(client) for _ in range(6)))) == ["wire_tested"] * 6
    finally:
        watcher.cancel()
        await client.close()
    assert worst <= 3
    assert await until(server, lambda: server.live == 0)


async def test_close_ends_calls_in_flight_at_once(serve: Any, clients: Any) -> None:
    server = serve(stall)
    transport = sdk.AiohttpTransport()
    client = clients(server, transport, retry=sdk.RetryConfig(max_retries=2, deadline=5.0), timeout=5.0)
    task = asyncio.create_task(profile(client))
    assert await until(server, lambda: len(server.heads) == 1)
    started = time.monotonic()
    await transport.aclose()
    with pytest.raises(sdk.APIConnectionError, match="closed while the request was in flight") as caught:
        await asyncio.wait_for(task, 2.0)
    assert not isinstance(caught.value, sdk.APITimeoutError)
    assert time.monotonic() - started < SLACK
    assert len(server.heads) == 1  # not resent after the close
    assert await until(server, lambda: server.live == 0)


async def test_an_answer_split_at_every_byte_parses_the_same(serve: Any, clients: Any) -> None:
    """The parser's partial states: the Nth answer arrives in two reads split at byte N (status
    line, header names and values, chunk sizes, extensions, trailers all cut somewhere)."""
    whole = b"HTTP/1.1 100 Continue\r\n\r\n" + chunked(BODY)
    sent = 0

    def handle(peer: Peer) -> None:
        nonlocal sent
        while sent < len(whole) - 1 and peer.request() is not None:
            cut = sent + 1
            if not peer.send(whole[:cut]) or peer.server.stopping.wait(0.003) or not peer.send(whole[cut:]):
                return
            sent = cut
        keep_alive(whole)(peer)

    server = serve(handle)
    client = clients(server)
    for _ in range(len(whole) - 1):
        assert await profile(client) == "wire_tested"
    assert sent == len(whole) - 1
    assert server.accepts == 1  # and every answer left the connection clean


async def test_a_timed_out_get_is_retried_on_a_new_connection(serve: Any, clients: Any) -> None:
    first = True

    def handle(peer: Peer) -> None:
        nonlocal first
        if first:
            first = False
            stall(peer)
            return
        keep_alive(answer())(peer)

    server = serve(handle)
    client = clients(server, retry=sdk.RetryConfig(max_retries=1, deadline=5.0), timeout=httpx.Timeout(5.0, read=0.2))
    assert await profile(client) == "wire_tested"
    assert server.accepts == 2
    assert await until(server, lambda: server.client_closes == 1)  # the silent one was dropped


@pytest.mark.parametrize("token_in", ["header", "query"])
async def test_lane_failures_keep_no_token(serve: Any, token_in: str) -> None:
    from test_error_chains import ERROR_400, assert_clean

    def once(data: bytes) -> Callable[[Peer], None]:
        def handle(peer: Peer) -> None:
            if peer.request() is not None:
                peer.send(data.replace(b"\r\n", b"\r\nconnection: close\r\n", 1))
            peer.close()

        return handle

    scripts = iter(
        [
            once(MALFORMED["status-line"]),
            stall,
            once(answer(ERROR_400.encode(), 400)),
            once(b"HTTP/1.1 200 OK\r\ncontent-length: 999999999\r\n\r\n"),
            truncated_chunked_then_ok(),
        ]
    )
    server = serve(lambda peer: next(scripts)(peer))
    retry = sdk.RetryConfig(max_retries=0, deadline=1.0)
    expected = [
        sdk.APIConnectionError,
        sdk.APITimeoutError,
        sdk.AuthenticationError,
        sdk.ResponseTooLargeError,
        sdk.APIConnectionError,
    ]
    async with sdk.AsyncInstagramClient(
        CANARY,
        base_url=server.url,
        token_in=token_in,  # type: ignore[arg-type]
        retry=retry,
        timeout=httpx.Timeout(2.0, read=0.3),
        transport=sdk.AiohttpTransport(),
    ) as client:
        for kind in expected:
            with pytest.raises(kind) as caught:
                await profile(client)
            assert type(caught.value) is kind
            assert_clean(caught.value, CANARY)
    sent = quote(CANARY, safe="") if token_in == "query" else CANARY
    assert all(sent.encode() in head for head in server.heads)  # it was really sent, every time
    assert len(server.heads) == 5


async def test_connections_on_descriptors_above_1023_are_reused(serve: Any, clients: Any) -> None:
    """The idle check before a reuse works for any descriptor number (select() refuses >= 1024)."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < 2048:  # room for the filler (a 1024 default would refuse it)
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(2048, hard), hard))
    filler: list[int] = []
    try:
        while not filler or filler[-1] < 1100:
            filler.append(os.dup(0))
        server = serve()
        client = clients(server)
        for _ in range(3):
            assert await profile(client) == "wire_tested"
        assert server.accepts == 1
    finally:
        for fd in filler:
            os.close(fd)


async def test_a_reset_cuts_a_body_framed_by_close(serve: Any, clients: Any) -> None:
    """The end of a close-framed body is a clean close; a reset is a cut (what arrived may even
    parse: here, a whole JSON object the server meant to follow with more)."""

    def handle(peer: Peer) -> None:
        if peer.request() is not None:
            peer.send(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n" + BODY)
            time.sleep(0.05)
            peer.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        peer.close()

    server = serve(handle)
    with pytest.raises(sdk.APIConnectionError, match="ReadError"):
        await profile(clients(server))


@pytest.mark.parametrize(
    "kwargs", [{"limit": 0}, {"limit": -1}, {"limit": 2.5}, {"limit": True}, {"keepalive_expiry": -1.0}]
)
def test_limits_that_cannot_work_are_refused(kwargs: dict[str, Any]) -> None:
    """aiohttp reads limit=0 as "no limit"; the lane would open no connection and every GET would
    wait for its pool timeout."""
    with pytest.raises(sdk.ConfigurationError, match="AiohttpTransport"):
        sdk.AiohttpTransport(**kwargs)


async def test_keepalive_expiry_zero_still_serves(serve: Any, clients: Any) -> None:
    server = serve()
    client = clients(server, sdk.AiohttpTransport(keepalive_expiry=0))
    for _ in range(3):
        assert await profile(client) == "wire_tested"
        await asyncio.sleep(0.01)  # the reaper runs: nothing is kept
    assert server.accepts == 3


async def test_cancelling_during_a_tls_handshake_leaves_no_socket(serve: Any, clients: Any) -> None:
    server = serve(stall)  # plain TCP: the TLS hello is never answered
    transport = sdk.AiohttpTransport()
    client = clients(server, transport, base_url=server.url.replace("http://", "https://"), timeout=5.0)
    task = asyncio.create_task(profile(client))
    assert await until(server, lambda: server.accepts == 1)
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert transport._wire is not None
    assert transport._wire._connecting == 0
    assert not transport._wire._open
    assert await until(server, lambda: server.live == 0), "the half-made TLS connection was left open"


async def test_an_endless_trailer_is_bounded(serve: Any, clients: Any) -> None:
    """After the body, a trailer field that never ends: the parser would buffer it whole."""

    def handle(peer: Peer) -> None:
        if peer.request() is None:
            return
        peer.send(b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\nx-t: " % (len(BODY), BODY))
        block = b"a" * 65536
        while peer.send(block):
            pass

    server = serve(handle)
    client = clients(server, retry=sdk.RetryConfig(max_retries=0, deadline=3.0), max_response_bytes=1 << 20)
    started = time.monotonic()
    tracemalloc.start()
    try:
        with pytest.raises(sdk.APIConnectionError, match="exceed") as caught:
            await profile(client)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert not isinstance(caught.value, sdk.APITimeoutError)
    assert time.monotonic() - started < 1.0
    assert peak < 8 << 20


def chunks_of(size: int, body: bytes) -> bytes:
    pieces = b"".join(
        b"%x\r\n%s\r\n" % (len(body[i : i + size]), body[i : i + size]) for i in range(0, len(body), size)
    )
    return (
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n"
        + pieces
        + b"0\r\n\r\n"
    )


async def test_ordinary_chunk_framing_is_accepted_and_tiny_chunks_are_bounded(serve: Any) -> None:
    """Chunk framing may take an eighth of the body: 256-byte chunks pass; 1-byte chunks (five
    bytes of framing each, the budget an endless trailer could otherwise borrow) are refused."""
    big = json.dumps({"id": "1", "username": "x" * 400_000}).encode()
    server = serve(keep_alive(chunks_of(256, big), chunks_of(1, big)))
    transport = sdk.AiohttpTransport()
    try:
        assert (await lane(transport, request(server.url)))[2] == big
        with pytest.raises(httpx.RemoteProtocolError, match="chunk framing exceed"):
            await lane(transport, request(server.url))
    finally:
        await transport.aclose()


async def test_evicting_an_already_closed_idle_connection_frees_no_slot(serve: Any) -> None:
    """limit=2: host A's idle connection was closed by A (it no longer counts), two calls to B hold
    both slots. A call to C must wait: dropping A's dead connection makes no room."""

    def answer_then_close(peer: Peer) -> None:
        if peer.request() is not None:
            peer.send(answer())
        peer.close()

    a, b, c = serve(answer_then_close), serve(stall), serve()
    transport = sdk.AiohttpTransport(limit=2)
    pool = transport._wire
    assert pool is not None
    try:
        assert (await lane(transport, request(a.url)))[0] == 200
        assert await until(a, lambda: a.live == 0)
        await asyncio.sleep(0.05)  # the loop reads A's close: its idle connection stops counting
        held = [asyncio.create_task(lane(transport, request(b.url, read=5.0, deadline=5.0))) for _ in range(2)]
        assert await until(b, lambda: len(b.heads) == 2)
        with pytest.raises(httpx.PoolTimeout):
            await lane(transport, request(c.url, pool=0.1))
        assert len(pool._open) + pool._connecting <= 2
        assert c.accepts == 0
        for task in held:
            task.cancel()
        await asyncio.gather(*held, return_exceptions=True)
    finally:
        await transport.aclose()


async def test_reading_pauses_over_tls_too(serve: Any, tmp_path: Path) -> None:
    """The same back-pressure through asyncio's TLS layer: a body not taken stops the sender."""
    context, ca = certificates(tmp_path)
    server = serve(endless, tls=context)
    loop = asyncio.get_running_loop()
    pool = WirePool(1, 5.0, ssl.create_default_context)
    port = int(server.url.rsplit(":", 1)[1])
    client_context = ssl.create_default_context(cadata=ca.decode())
    transport, conn = await loop.create_connection(
        lambda: Connection(pool, ("https", "127.0.0.1", port)),
        "127.0.0.1",
        port,
        ssl=client_context,
        server_hostname="127.0.0.1",
    )
    try:
        conn.start()
        transport.write(b"GET / HTTP/1.1\r\nhost: x\r\n\r\n")
        assert await until(server, lambda: bool(server.peers) and server.peers[0].sent > HIGH_WATER, 2.0)
        await asyncio.sleep(0.3)
        assert paused(conn)
        assert await settled(server) < 64 * HIGH_WATER  # an endless sender, stopped by the buffers
        assert conn.buffered <= HIGH_WATER + 512 * 1024
    finally:
        transport.abort()
        await asyncio.sleep(0.01)
