"""One HTTP/1.1 keep-alive connection of the fleet's fast lane, and the bytes of a request on it.

`AiohttpTransport` sends plain GET and DELETE requests (no body, no proxy) over its own
connections (`_wire_pool.WirePool`) instead of through `aiohttp.ClientSession`, whose request and
response objects, timers and traces cost about five times what the bytes on the wire cost (the
measurements are in docs/benchmarks.md). The answer is parsed by httptools, the binding of llhttp,
the C parser aiohttp and Node.js use; this module only frames the exchange:

- the request: one bytes object, its header block checked once per distinct header set (no CR,
  LF or NUL can slip a header in: a token with a line break is refused, never sent) and its target
  checked to be httpx's percent-encoded path and query;
- the answer: status and raw headers (at most 128 headers, and 64 KiB of bytes that are not body:
  heads, interim heads, chunk framing beyond an eighth of the body, trailers, which are dropped),
  the body in chunks as they arrive (reading pauses above 1 MiB not yet taken, so a fast sender
  cannot bloat memory past the SDK's size cap), framed by Content-Length, chunked encoding or the
  end of the connection (a clean close, not a reset), `1xx` interim answers skipped, anything
  malformed a `RemoteProtocolError`;
- a connection is reused only when the answer was whole, both sides allow keep-alive and nothing
  arrived that nobody asked for (`stale` polls for bytes the loop has not read yet).
"""

from __future__ import annotations

import asyncio
import re
import select
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ._reading import Body

if TYPE_CHECKING:
    from ._attempts import Attempts
    from ._timers import Alarms

MAX_HEAD = 64 * 1024  # bytes of an answer that are not body: its heads, trailers and spare chunk framing
MAX_HEADERS = 128
HIGH_WATER = 1 << 20  # body bytes received but not yet taken before the socket's reading pauses

_POLL = getattr(select, "poll", None)
_TOO_MUCH_FRAMING = f"the answer's status line, headers and chunk framing exceed {MAX_HEAD} bytes"
_NAME = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+\Z")  # RFC 9110 token
_VALUE = re.compile(rb"[\t\x20-\x7e\x80-\xff]*\Z")  # no CR, LF, NUL or other controls
_TARGET = re.compile(rb"/[\x21-\x7e]*\Z")  # origin-form, already percent-encoded by httpx


def header_block(raw: Sequence[tuple[bytes, bytes]], netloc: bytes) -> bytes:
    """The header lines of a request and the blank line after them; `Host` first (from `netloc`
    unless the request has one). Raises httpx.LocalProtocolError for a name or value that could
    break the request's framing."""
    lines = [] if any(name.lower() == b"host" for name, _ in raw) else [b"Host: " + netloc]
    for name, value in raw:
        if not _NAME.match(name):
            raise httpx.LocalProtocolError(f"invalid header name {name[:40]!r}")
        if not _VALUE.match(value):
            # The value may be a secret (Authorization): name the header, never show the value.
            raise httpx.LocalProtocolError(
                f"the {name.decode('ascii')} header's value has a line break or control character"
            )
        lines.append(name + b": " + value)
    return b"\r\n".join(lines) + b"\r\n\r\n"


def request_line(method: str, target: bytes) -> bytes:
    """`GET /path?query HTTP/1.1` and its line break, for httpx's encoded path and query."""
    if not _TARGET.match(target):
        raise httpx.LocalProtocolError("the request's path has characters httpx should have percent-encoded")
    return method.encode("ascii") + b" " + target + b" HTTP/1.1\r\n"


def _httptools() -> Any:
    import httptools

    return httptools


class Connection(asyncio.Protocol):
    """One connection: the parser's callbacks fill in the current answer; the pool's exchange
    waits on `waiter` for the next change (head, body, end, error or timeout)."""

    __slots__ = (
        "body_bytes",
        "buffered",
        "busy",
        "chunks",
        "closed",
        "done",
        "error",
        "fd",
        "fed",
        "head_done",
        "headers",
        "idle_since",
        "keep_alive",
        "origin",
        "parser",
        "paused",
        "pool",
        "spoiled",
        "status",
        "timed_out",
        "transport",
        "waiter",
    )

    def __init__(self, pool: Any, origin: tuple[str, str, int]) -> None:
        self.pool = pool
        self.origin = origin
        self.parser = _httptools().HttpResponseParser(self)
        self.transport: asyncio.Transport | None = None
        self.fd = -1
        self.waiter: asyncio.Future[None] | None = None
        self.closed = self.busy = self.paused = self.spoiled = False
        self.idle_since = 0.0
        self.start()
        self.busy = False

    def start(self) -> None:
        """A new exchange begins on this connection."""
        self.busy = True
        self.status = 0
        self.headers: list[tuple[bytes, bytes]] = []
        self.chunks: list[bytes] = []
        self.buffered = 0
        self.head_done = self.done = self.keep_alive = self.timed_out = False
        self.error: tuple[type[httpx.TransportError], str] | None = None
        self.fed = self.body_bytes = 0

    # --- asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        sock = transport.get_extra_info("socket")
        self.fd = -1 if sock is None else sock.fileno()

    def stale(self) -> bool:
        """Whether this idle connection has bytes the loop has not read yet: usually the server's
        close, which arrived just after the answer (a poll, as httpcore does before a reuse)."""
        if self.fd < 0:
            return False
        try:
            if _POLL is None:  # Windows: no poll(), and select() has no limit on descriptor numbers there
                return bool(select.select((self.fd,), (), (), 0)[0])
            poll = _POLL()  # not select(): it refuses descriptors above 1023, common in a busy fleet
            poll.register(self.fd, select.POLLIN)
            return bool(poll.poll(0))
        except (OSError, ValueError):
            return True

    def data_received(self, data: bytes) -> None:
        if not self.busy or self.done:  # bytes nobody asked for: the connection is not reused
            self.spoiled = True
            if not self.busy and self.transport is not None:
                self.transport.abort()  # an idle one is closed at once (its place under the limit frees up)
            return
        try:
            self.parser.feed_data(data)
        except Exception as error:  # httptools.HttpParserError and its kinds (upgrade, callback)
            self.spoiled = True
            if self.done or self.error is not None:  # junk after a whole answer, or a limit's error
                self.wake()  # the answer (or the error) stands; the exchange must still wake
            else:
                self.fail(httpx.RemoteProtocolError, f"malformed HTTP answer ({type(error).__name__}: {error})")
            return
        # Bytes that are not body (heads, chunk size lines, trailers), counted per read since httptools
        # buffers an unfinished header or trailer line whole: at most MAX_HEAD, and an eighth of the
        # body for its chunk framing (a server sending 16-byte chunks is refused; none does).
        self.fed += len(data)
        if self.fed - self.body_bytes > MAX_HEAD + (self.body_bytes >> 3):
            self.fail(httpx.RemoteProtocolError, _TOO_MUCH_FRAMING)
            return
        self.wake()

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self.busy and not self.done and self.error is None:
            if exc is None and self.head_done and self._ends_at_eof():
                self.done = True  # a body framed by the end of the connection is whole now (not after a reset)
            elif exc is not None:
                self.error = (httpx.ReadError, f"{type(exc).__name__}: {exc}")
            elif self.head_done:
                self.error = (httpx.RemoteProtocolError, "the server closed the connection before the body ended")
            else:
                self.error = (httpx.RemoteProtocolError, "the server closed the connection without sending an answer")
        self.pool.lost(self)
        self.wake()

    # --- httptools callbacks
    def on_message_begin(self) -> None:
        if self.done:  # a second answer to one request: stop parsing before it adds to the first
            raise ValueError("an answer nobody asked for")

    def on_header(self, name: bytes, value: bytes) -> None:
        if len(self.headers) >= MAX_HEADERS:
            self.fail(httpx.RemoteProtocolError, f"the answer has more than {MAX_HEADERS} headers")
            raise ValueError("too many headers")  # stops the parser
        if not self.head_done:  # a chunked body's trailer fields are dropped (as httpx does)
            self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        self.status = self.parser.get_status_code()
        self.head_done = True

    def on_body(self, body: bytes) -> None:
        self.chunks.append(body)
        self.buffered += len(body)
        self.body_bytes += len(body)
        if not self.paused and self.buffered > HIGH_WATER and self.transport is not None:
            self.paused = True
            self.transport.pause_reading()

    def on_message_complete(self) -> None:
        if 100 <= self.status < 200:  # an interim answer (100 Continue, 103 Early Hints): the real one follows
            self.head_done = False  # (the count of bytes goes on: MAX_HEAD bounds all the heads of one answer)
            self.headers = []
            return
        self.done = True
        self.keep_alive = self.parser.should_keep_alive()

    # --- the exchange
    async def exchange(
        self, head: bytes, request: httpx.Request, attempts: Attempts, read: float | None, alarms: Alarms
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes, bool]:
        """Send `head` (a whole bodiless request) and read the answer: status, raw headers, the
        decoded body (under the size cap, `_reading.Body`) and whether a content encoding was
        undone. Every wait is bounded by the read timeout and the time left of the call."""
        self.start()
        self.transport.write(head)  # type: ignore[union-attr]
        body = None
        while True:
            if self.error is not None:
                raise self.error[0](self.error[1], request=request)
            if body is None and self.head_done:
                body = Body(self.status, self.headers, request, attempts.limit, attempts.check_deadline)
            if body is not None and self.chunks:
                for chunk in self.take():
                    body.feed(chunk)
                attempts.check_deadline()
            if self.done and body is not None:
                return self.status, self.headers, body.value(), body.decoding
            await self._wait(read, attempts, request, alarms)

    async def _wait(self, read: float | None, attempts: Attempts, request: httpx.Request, alarms: Alarms) -> None:
        """Until this connection has news, at most the read timeout and the time left of the call."""
        remaining = attempts.remaining()  # raises once the deadline passed
        seconds = read if remaining is None or (read is not None and read < remaining) else remaining
        loop = asyncio.get_running_loop()
        self.waiter = loop.create_future()
        slot = None if seconds is None else alarms.arm(loop, seconds, self)
        try:
            await self.waiter
        finally:
            self.waiter = None
            if slot is not None:
                alarms.disarm(slot, self)
        if self.timed_out:
            attempts.check_deadline()
            raise httpx.ReadTimeout(f"no data from the server within the read timeout of {read} s", request=request)

    def take(self) -> list[bytes]:
        """The body chunks received since the last call (reading resumes if it was paused)."""
        chunks, self.chunks = self.chunks, []
        self.buffered = 0
        if self.paused and self.transport is not None:
            self.paused = False
            self.transport.resume_reading()
        return chunks

    def fail(self, kind: type[httpx.TransportError], message: str) -> None:
        """End the exchange with an error; the connection is closed (it cannot be trusted)."""
        self.error = (kind, message)
        self.spoiled = True
        if self.transport is not None:
            self.transport.abort()  # (see WirePool._discard)
        self.wake()

    def wake(self) -> None:
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def time_out(self) -> None:
        """Called by the pool's alarms when a wait's time is up (only while one is waiting)."""
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            self.timed_out = True
            waiter.set_result(None)

    def _ends_at_eof(self) -> bool:
        """Whether the body is framed by the end of the connection: no Content-Length and no
        Transfer-Encoding ending in chunked (RFC 9112, section 6.3)."""
        for name, value in self.headers:
            name = name.lower()
            if name == b"content-length":
                return False
            if name == b"transfer-encoding" and value.rsplit(b",", 1)[-1].strip().lower() == b"chunked":
                return False
        return True
