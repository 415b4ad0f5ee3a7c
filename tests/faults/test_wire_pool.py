"""The fast lane's connection pool (`_wire_pool.WirePool`) driven directly against asyncio servers
on 127.0.0.1: first come, first served at the limit; nothing lost when a caller leaves the line;
closing ends what is in flight; the limit holds; answers followed by garbage, resets and unusual
framings. (A review found each of these broken in the first version of the lane.)"""

from __future__ import annotations

import asyncio
import socket
import struct
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

import instagram_graph_api_sdk as sdk
from instagram_graph_api_sdk._attempts import Attempts
from instagram_graph_api_sdk._extensions import RETRY_EXTENSION
from instagram_graph_api_sdk._retry import IDEMPOTENT, RetryConfig, RetryPlan
from instagram_graph_api_sdk._usage import UsageState
from instagram_graph_api_sdk._wire_pool import WirePool

pytestmark = pytest.mark.fault
OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


class Server:
    """An asyncio server on 127.0.0.1 that counts the connections it accepted."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.accepted = 0
        self.server: asyncio.Server | None = None
        self.port = 0

    async def __aenter__(self) -> Server:
        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            self.accepted += 1
            try:
                await self.handler(reader, writer)
            except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
                pass
            finally:
                writer.close()

        self.server = await asyncio.start_server(handle, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()

    def url(self, path: str = "/x") -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def request(url: str, *, read: float | None = 2.0, pool: float | None = 2.0, deadline: float | None = None) -> Any:
    req = httpx.Request("GET", url, headers={"Authorization": "Bearer c4n4ry|tok/en+x=y"})
    req.extensions["timeout"] = {"connect": 2.0, "read": read, "write": 2.0, "pool": pool}
    req.extensions[RETRY_EXTENSION] = RetryPlan(RetryConfig(deadline=deadline), IDEMPOTENT)
    return req


async def exchange(wire: WirePool, url: str, **timeouts: Any) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    req = request(url, **timeouts)
    head = b"GET " + req.url.raw_path + b" HTTP/1.1\r\nHost: " + req.url.netloc + b"\r\n\r\n"
    status, headers, body, _ = await wire.exchange(
        req, ("http", "127.0.0.1", req.url.port), head, Attempts(req, UsageState(), time.monotonic)
    )
    return status, headers, body


async def answer_each(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float = 0.0, gate: asyncio.Event | None = None
) -> None:
    """Answer every request on the connection with OK (after `delay`, and once `gate` is set)."""
    while True:
        await reader.readuntil(b"\r\n\r\n")
        if gate is not None:
            await gate.wait()
        if delay:
            await asyncio.sleep(delay)
        writer.write(OK)
        await writer.drain()


@pytest.mark.parametrize(
    ("payload", "reusable"),
    [
        (OK + b"XXXX", False),  # garbage after a whole answer, in the same segment
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nA: 1\r\n\r\nokHTTP/1.1 500 Boom\r\nContent-Length: 4\r\nB: 2\r\n\r\nEVIL",
            False,
        ),
        (OK + b"\r\n", True),  # an empty line between messages, which RFC 9112 (2.2) lets a recipient skip
    ],
    ids=["garbage", "second answer", "stray CRLF"],
)
async def test_bytes_after_a_whole_answer_neither_stall_nor_mix_in(payload: bytes, reusable: bool) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(payload)
        await writer.drain()
        await asyncio.sleep(3)

    async with Server(handler) as server:
        pool = WirePool(4, 30.0, ssl_context=lambda: pytest.fail("no TLS here"))
        started = time.monotonic()
        status, headers, body = await exchange(pool, server.url(), read=2.0)
        assert time.monotonic() - started < 1.0  # not held until the read timeout
        assert (status, body) == (200, b"ok")
        assert all(name not in (b"B", b"b") for name, _ in headers)  # nothing of a second answer
        assert len(pool._idle.get(("http", "127.0.0.1", server.port), [])) == int(reusable)
        await pool.aclose()


async def test_callers_at_the_limit_are_served_first_come_first_served() -> None:
    """Two workers sending back to back through one connection: both progress (a worker that just
    released the connection cannot take it again ahead of the one waiting)."""
    async with Server(lambda r, w: answer_each(r, w, delay=0.005)) as server:
        pool = WirePool(1, 30.0, ssl_context=lambda: pytest.fail("no TLS here"))
        counts = {"A": 0, "B": 0}

        async def worker(name: str) -> None:
            end = time.monotonic() + 1.0
            while time.monotonic() < end:
                await exchange(pool, server.url(), pool=0.5)
                counts[name] += 1

        await asyncio.wait_for(asyncio.gather(worker("A"), worker("B")), 10)
        assert min(counts.values()) >= max(counts.values()) // 3 > 0, counts
        assert server.accepted == 1
        await pool.aclose()


async def test_a_caller_cancelled_while_being_handed_a_connection_passes_it_on() -> None:
    release = asyncio.Event()

    async with Server(lambda r, w: answer_each(r, w, gate=release)) as server:
        pool = WirePool(1, 30.0, ssl_context=lambda: pytest.fail("no TLS here"))
        second: asyncio.Task[Any] | None = None

        async def first() -> Any:
            result = await exchange(pool, server.url())
            assert second is not None
            second.cancel()  # handed the connection in this same turn, cancelled before it runs
            return result

        one = asyncio.create_task(first())
        await asyncio.sleep(0.1)
        second = asyncio.create_task(exchange(pool, server.url(), pool=3.0))
        await asyncio.sleep(0.05)
        third = asyncio.create_task(exchange(pool, server.url(), pool=3.0))
        await asyncio.sleep(0.05)
        release.set()
        started = time.monotonic()
        assert (await one)[0] == 200
        with pytest.raises(asyncio.CancelledError):
            await second
        assert (await asyncio.wait_for(third, 5))[0] == 200
        assert time.monotonic() - started < 1.0  # not after its pool timeout
        await pool.aclose()


async def test_a_caller_whose_deadline_passed_leaves_no_place_in_line_behind() -> None:
    release = asyncio.Event()

    async with Server(lambda r, w: answer_each(r, w, gate=release)) as server:
        pool = WirePool(1, 30.0, ssl_context=lambda: pytest.fail("no TLS here"))
        busy = asyncio.create_task(exchange(pool, server.url()))
        await asyncio.sleep(0.1)
        with pytest.raises(httpx.ReadTimeout, match="deadline"):
            await exchange(pool, server.url(), deadline=1e-9)
        assert list(pool._waiters) == []  # the caller that gave up is not left in line
        waiting = asyncio.create_task(exchange(pool, server.url(), pool=3.0))
        await asyncio.sleep(0.05)
        release.set()
        assert (await busy)[0] == 200
        assert (await asyncio.wait_for(waiting, 2))[0] == 200
        await pool.aclose()


async def test_closing_ends_calls_in_flight_and_in_line_and_opens_nothing() -> None:
    async with Server(lambda r, w: answer_each(r, w, delay=3.0)) as server:
        pool = WirePool(1, 30.0, ssl_context=lambda: pytest.fail("no TLS here"))
        flying = asyncio.create_task(exchange(pool, server.url(), read=None))
        queued = asyncio.create_task(exchange(pool, server.url(), read=None, pool=None))
        await asyncio.sleep(0.2)
        started = time.monotonic()
        await pool.aclose()
        with pytest.raises(httpx.UnsupportedProtocol, match="closed while the request was in flight"):
            await asyncio.wait_for(flying, 2)
        with pytest.raises(httpx.UnsupportedProtocol, match="closed"):
            await asyncio.wait_for(queued, 2)
        assert time.monotonic() - started < 1.0
        assert server.accepted == 1
        assert pool._open == set()
        assert pool._connecting == 0


async def test_the_limit_holds_when_an_idle_connection_was_closed_by_the_server() -> None:
    release = asyncio.Event()
    most = 0

    async def slow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            await reader.readuntil(b"\r\n\r\n")
            await release.wait()
            writer.write(OK)
            await writer.drain()

    async def once_then_close(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(OK)
        await writer.drain()
        await asyncio.sleep(0.05)

    async with Server(slow) as a, Server(once_then_close) as b:
        pool = WirePool(2, 30.0, ssl_context=lambda: pytest.fail("no TLS here"))
        assert (await exchange(pool, b.url()))[0] == 200
        await asyncio.sleep(0.3)  # b closed that connection while it was idle
        calls = [asyncio.create_task(exchange(pool, a.url(), pool=3.0)) for _ in range(3)]
        for _ in range(10):
            await asyncio.sleep(0.03)
            most = max(most, len(pool._open) + pool._connecting)
        release.set()
        assert [status for status, _, _ in await asyncio.gather(*calls)] == [200, 200, 200]
        assert most <= 2
        assert a.accepted == 2
        await pool.aclose()


async def test_a_reset_in_a_body_framed_by_the_close_is_a_read_error() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{"id": "17')
        await writer.drain()
        await asyncio.sleep(0.1)
        writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()  # RST, not FIN

    async with Server(handler) as server:
        pool = WirePool(2, 30.0, ssl_context=lambda: pytest.fail("no TLS here"))
        with pytest.raises(httpx.ReadError):
            await exchange(pool, server.url())
        await pool.aclose()


@pytest.mark.parametrize(
    ("payload", "reused"),
    [
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\nConnection: close\r\n\r\nok", False),  # framed by close
        (b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok", False),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1;ext=1\r\no\r\n1\r\nk\r\n0\r\nT: 1\r\n\r\n", True),
        (b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n" + OK, True),
    ],
    ids=["transfer-encoding gzip", "HTTP/1.0", "chunked with extension and trailer", "interim answers"],
)
async def test_framings(payload: bytes, reused: bool) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(payload)
            await writer.drain()
            if not reused:
                return

    async with Server(handler) as server:
        pool = WirePool(2, 30.0, ssl_context=lambda: pytest.fail("no TLS here"))
        for _ in range(2):
            status, _, body = await exchange(pool, server.url())
            assert (status, body) == (200, b"ok")
        assert server.accepted == (1 if reused else 2)
        await pool.aclose()


def test_verify_takes_only_an_ssl_context() -> None:
    """`verify=False` means "no checks" to httpx and aiohttp, but would mean "no TLS" to the lane:
    it is refused, as is anything else but an SSLContext."""
    for wrong in (False, True, "/etc/ssl/certs/ca.pem"):
        with pytest.raises(sdk.ConfigurationError, match="SSLContext"):
            sdk.AiohttpTransport(verify=wrong)  # type: ignore[arg-type]


def test_an_internationalised_host_is_reached_by_the_name_httpx_puts_in_host() -> None:
    transport = sdk.AiohttpTransport()
    url = httpx.URL("https://straße.example/v25.0/me")
    target = transport._target(url)
    assert target[4] == ("https", "xn--strae-oqa.example", 443)  # IDNA 2008, as in Host; not "strasse"
    assert url.netloc == b"xn--strae-oqa.example"


async def test_a_caller_for_another_host_is_not_starved_by_a_busy_one() -> None:
    """limit=1, two workers looping on host A, one call to host B: B is served in its turn, not
    after its pool timeout (the connection to A is closed to make room for it)."""
    async with Server(lambda r, w: answer_each(r, w, delay=0.005)) as a, Server(answer_each) as b:
        pool = WirePool(1, 30.0, ssl_context=lambda: pytest.fail("no TLS here"))
        stop = time.monotonic() + 1.0

        async def worker() -> int:
            done = 0
            while time.monotonic() < stop:
                await exchange(pool, a.url(), pool=5.0)
                done += 1
            return done

        workers = [asyncio.create_task(worker()) for _ in range(2)]
        await asyncio.sleep(0.05)
        started = time.monotonic()
        assert (await exchange(pool, b.url(), pool=0.8))[0] == 200
        assert time.monotonic() - started < 0.5
        assert min(await asyncio.wait_for(asyncio.gather(*workers), 5)) > 0
        await pool.aclose()


async def test_closing_ends_a_call_that_is_still_connecting() -> None:
    """A TLS handshake the server never answers: aclose() ends the call at once, not at its
    connect timeout, and leaves nothing counted."""
    import ssl

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(5)

    async with Server(silent) as server:
        pool = WirePool(2, 30.0, ssl.create_default_context)
        req = request(f"https://127.0.0.1:{server.port}/x")
        req.extensions["timeout"]["connect"] = 3.0
        head = b"GET /x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        attempts = Attempts(req, UsageState(), time.monotonic)
        call = asyncio.create_task(pool.exchange(req, ("https", "127.0.0.1", server.port), head, attempts))
        await asyncio.sleep(0.2)
        started = time.monotonic()
        await pool.aclose()
        with pytest.raises(httpx.UnsupportedProtocol, match="closed while connecting"):
            await asyncio.wait_for(call, 2)
        assert time.monotonic() - started < 1.0
        assert pool._connecting == 0
        assert pool._open == set()


async def test_a_caller_handed_a_connection_that_closed_keeps_its_place_in_line() -> None:
    order: list[str] = []

    class Closing(WirePool):
        spoil = True

        def _release(self, conn: Any) -> None:
            super()._release(conn)
            if self.spoil and conn in self._open and not any(conn in idle for idle in self._idle.values()):
                self.spoil = False
                conn.transport.abort()  # the server's close lands just after the hand-over

    async with Server(lambda r, w: answer_each(r, w, delay=0.05)) as server:
        pool = Closing(1, 30.0, ssl_context=lambda: pytest.fail("no TLS here"))

        async def call(name: str) -> None:
            await exchange(pool, server.url(), pool=5.0)
            order.append(name)

        tasks = []
        for name in ("T0", "W1", "W2"):
            tasks.append(asyncio.create_task(call(name)))
            await asyncio.sleep(0.01)
        await asyncio.wait_for(asyncio.gather(*tasks), 5)
        assert order == ["T0", "W1", "W2"]  # W1 was first in line, and stays first
        await pool.aclose()


async def test_a_caller_leaving_the_line_as_a_connection_is_released_does_not_cost_the_connection() -> None:
    leaving: asyncio.Task[Any] | None = None

    class Leaving(WirePool):
        def _release(self, conn: Any) -> None:
            if leaving is not None and not leaving.done():
                leaving.cancel()  # its pool timeout fires in this same loop turn, say
            super()._release(conn)

    async with Server(lambda r, w: answer_each(r, w, delay=0.05)) as server:
        pool = Leaving(1, 30.0, ssl_context=lambda: pytest.fail("no TLS here"))
        first = asyncio.create_task(exchange(pool, server.url()))
        await asyncio.sleep(0.01)
        leaving = asyncio.create_task(exchange(pool, server.url()))
        await asyncio.sleep(0.01)
        assert (await first)[0] == 200
        with pytest.raises(asyncio.CancelledError):
            await leaving
        leaving = None
        assert (await exchange(pool, server.url()))[0] == 200
        assert server.accepted == 1  # the good connection went idle and was reused, not closed
        await pool.aclose()


async def test_an_idle_connection_that_speaks_unasked_is_closed_at_once() -> None:
    async def chatty(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(OK)
        await writer.drain()
        await asyncio.sleep(0.1)
        writer.write(b"HTTP/1.1 200 OK\r\n")  # nobody asked
        await writer.drain()
        await asyncio.sleep(2)

    async with Server(chatty) as server:
        pool = WirePool(1, 30.0, ssl_context=lambda: pytest.fail("no TLS here"))
        assert (await exchange(pool, server.url()))[0] == 200
        assert len(pool._open) == 1
        for _ in range(50):
            await asyncio.sleep(0.02)
            if not pool._open:
                break
        assert pool._open == set()  # its place under the limit is free again, without waiting for a reuse
        await pool.aclose()


def test_a_header_block_without_host_is_not_reused_for_another_host() -> None:
    transport = sdk.AiohttpTransport()
    raw = ((b"Accept", b"*/*"),)
    first = transport._block(raw, httpx.URL("http://one.example/x"))
    second = transport._block(raw, httpx.URL("http://two.example/x"))
    assert first.startswith(b"Host: one.example\r\n")
    assert second.startswith(b"Host: two.example\r\n")
    with_host = ((b"Host", b"one.example"), (b"Accept", b"*/*"))
    assert transport._block(with_host, httpx.URL("http://one.example/x")) == transport._blocks[with_host]


async def test_a_caller_cancelled_as_its_connect_completes_leaves_no_socket_open() -> None:
    """The connect (its own task) has finished, the caller is cancelled before it resumes: the new
    connection is closed, not left open outside the pool."""
    ended = asyncio.Event()

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.read()  # until the client closes
        finally:
            ended.set()

    async with Server(handler) as server:
        pool = WirePool(2, 30.0, ssl_context=lambda: pytest.fail("no TLS here"))
        caller: asyncio.Task[Any] | None = None

        class Connects(set[asyncio.Task[Any]]):
            def add(self, task: asyncio.Task[Any]) -> None:
                super().add(task)
                # Runs before the caller's own wake-up (registered first): the connect is done,
                # the caller has not resumed yet.
                task.add_done_callback(lambda _: caller.cancel() if caller is not None else None)

        pool._connects = Connects()
        caller = asyncio.create_task(exchange(pool, server.url()))
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(caller, 2)
        await asyncio.wait_for(ended.wait(), 2)  # the server saw the connection closed
        assert pool._open == set()
        assert pool._connecting == 0
        await pool.aclose()
