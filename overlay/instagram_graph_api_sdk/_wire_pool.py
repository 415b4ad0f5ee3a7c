"""The fast lane's connection pool: keep-alive HTTP/1.1 connections per origin, and one exchange.

`WirePool.exchange` sends one bodiless request and reads its answer under the SDK's rules: the
body goes through `_reading.Body` (size cap, gzip/deflate decoding), every wait is bounded by the
read timeout and the call's deadline, and failures are httpx's errors, so the retry loop
(`AsyncRetryTransport.run`) classifies them as on every transport: a refused or timed-out connect
is `ConnectError`/`ConnectTimeout` (not sent), a wait for a free connection `PoolTimeout` (not
sent), a silence `ReadTimeout`, a reset `ReadError`, a cut or malformed answer
`RemoteProtocolError`.

Waits are bounded by shared alarms (one loop timer per 5 ms of expiry times, as `_timers` does
for deadlines) rather than one timer per wait. Connections: at most `limit` open, the most recently
used reused first, closed after `keepalive_expiry` seconds idle, and closed at once when the answer
was not whole or the exchange was cancelled.
"""

from __future__ import annotations

import asyncio
import math
import ssl
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from ._reading import Body
from ._wire import Connection

if TYPE_CHECKING:
    from ._attempts import Attempts

Origin = tuple[str, str, int]  # scheme, host, port


class Alarms:
    """Calls `time_out()` on connections whose wait is over, one loop timer per slot of expiries."""

    __slots__ = ("_granularity", "_slots")

    def __init__(self, granularity: float = 0.005) -> None:
        self._granularity = granularity
        self._slots: dict[int, tuple[dict[Connection, None], asyncio.TimerHandle]] = {}

    def arm(self, loop: asyncio.AbstractEventLoop, seconds: float, conn: Connection) -> int:
        slot = math.ceil((loop.time() + seconds) / self._granularity)
        found = self._slots.get(slot)
        if found is None:
            self._slots[slot] = ({conn: None}, loop.call_at(slot * self._granularity, self._fire, slot))
        else:
            found[0][conn] = None
        return slot

    def disarm(self, slot: int, conn: Connection) -> None:
        found = self._slots.get(slot)
        if found is not None:
            found[0].pop(conn, None)
            if not found[0]:
                found[1].cancel()
                del self._slots[slot]

    def _fire(self, slot: int) -> None:
        found = self._slots.pop(slot, None)
        for conn in found[0] if found is not None else ():
            conn.time_out()


class WirePool:
    """Keep-alive connections for the fast lane (one event loop, like the transport that owns it)."""

    def __init__(self, limit: int, keepalive_expiry: float, ssl_context: Callable[[], ssl.SSLContext]) -> None:
        self._limit = limit
        self._keepalive = keepalive_expiry
        self._ssl_context = ssl_context
        self._ssl: ssl.SSLContext | None = None
        self._idle: dict[Origin, list[Connection]] = {}
        self._open: set[Connection] = set()  # every connection counted against the limit
        self._connecting = 0
        self._waiters: deque[asyncio.Future[None]] = deque()
        self._alarms = Alarms()
        self._reaper: asyncio.TimerHandle | None = None
        self._closed = False

    async def exchange(
        self, request: httpx.Request, origin: Origin, head: bytes, attempts: Attempts
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes, bool]:
        """Send `head` (a whole bodiless request) and read the answer: status, raw headers, the
        decoded body and whether a content encoding was undone."""
        timeout = request.extensions.get("timeout") or {}
        conn = self._take_idle(origin) or await self._acquire(request, origin, timeout, attempts)
        read = timeout.get("read")
        try:
            conn.start()
            conn.transport.write(head)  # type: ignore[union-attr]
            body = None
            while True:
                if conn.error is not None:
                    raise conn.error[0](conn.error[1], request=request)
                if body is None and conn.head_done:
                    body = Body(conn.status, conn.headers, request, attempts.limit, attempts.check_deadline)
                if body is not None and conn.chunks:
                    for chunk in conn.take():
                        body.feed(chunk)
                    attempts.check_deadline()
                if conn.done and body is not None:
                    break
                await self._wait(conn, read, attempts, request)
            data = body.value()
        except BaseException:
            self._discard(conn)
            raise
        self._release(conn)
        return conn.status, conn.headers, data, body.decoding

    async def _wait(self, conn: Connection, read: float | None, attempts: Attempts, request: httpx.Request) -> None:
        """Until the connection has news, at most the read timeout and the time left of the call."""
        remaining = attempts.remaining()  # raises once the deadline passed
        seconds = read if remaining is None or (read is not None and read < remaining) else remaining
        loop = asyncio.get_running_loop()
        conn.waiter = loop.create_future()
        slot = None if seconds is None else self._alarms.arm(loop, seconds, conn)
        try:
            await conn.waiter
        finally:
            conn.waiter = None
            if slot is not None:
                self._alarms.disarm(slot, conn)
        if conn.timed_out:
            attempts.check_deadline()
            raise httpx.ReadTimeout(f"no data from the server within the read timeout of {read} s", request=request)

    # --- connections
    def _take_idle(self, origin: Origin) -> Connection | None:
        idle = self._idle.get(origin)
        while idle:
            conn = idle.pop()
            if not (conn.closed or conn.spoiled or conn.transport.is_closing() or conn.stale()):  # type: ignore[union-attr]
                return conn
            self._discard(conn)
        return None

    async def _acquire(
        self, request: httpx.Request, origin: Origin, timeout: dict[str, Any], attempts: Attempts
    ) -> Connection:
        """An idle connection to `origin`, or a new one once the limit allows (waiting at most the
        pool timeout and the time left of the call)."""
        loop = asyncio.get_running_loop()
        pool = timeout.get("pool")
        give_up = None if pool is None else loop.time() + pool
        while True:
            if self._closed:  # checked on every turn: aclose() wakes the waiters
                raise httpx.UnsupportedProtocol("this AiohttpTransport was closed; create a new one", request=request)
            conn = self._take_idle(origin)
            if conn is not None:
                return conn
            if len(self._open) + self._connecting < self._limit or self._evict_idle():
                return await self._connect(request, origin, timeout, attempts)
            waiter: asyncio.Future[None] = loop.create_future()
            self._waiters.append(waiter)
            remaining = attempts.remaining()
            left = None if give_up is None else give_up - loop.time()
            limit = left if remaining is None or (left is not None and left < remaining) else remaining
            try:
                async with asyncio.timeout(limit):
                    await waiter
            except BaseException as error:
                if waiter.done() and not waiter.cancelled():
                    self._wake_one()  # woken, but leaving (cancelled, timed out): the next waiter gets the slot
                elif waiter in self._waiters:
                    waiter.cancel()
                    self._waiters.remove(waiter)
                if isinstance(error, TimeoutError):
                    attempts.check_deadline()
                    message = f"no free connection within the pool timeout of {pool} s"
                    raise httpx.PoolTimeout(message, request=request) from None
                raise

    async def _connect(
        self, request: httpx.Request, origin: Origin, timeout: dict[str, Any], attempts: Attempts
    ) -> Connection:
        scheme, host, port = origin
        loop = asyncio.get_running_loop()
        context = None
        if scheme == "https":
            context = self._ssl = self._ssl or self._ssl_context()
        connect, remaining = timeout.get("connect"), attempts.remaining()
        limit = connect if remaining is None or (connect is not None and connect < remaining) else remaining
        self._connecting += 1
        try:
            async with asyncio.timeout(limit):
                _, conn = await loop.create_connection(
                    lambda: Connection(self, origin), host, port, ssl=context, server_hostname=host if context else None
                )
        except TimeoutError:
            attempts.check_deadline()
            raise httpx.ConnectTimeout(f"no connection to {host}:{port} within {connect} s", request=request) from None
        except OSError as error:  # refused, unreachable, DNS, TLS (ssl.SSLError is an OSError)
            raise httpx.ConnectError(f"{type(error).__name__}: {error}", request=request) from None
        finally:
            self._connecting -= 1
            self._wake_one()
        if self._closed:
            conn.transport.abort()  # type: ignore[union-attr]
            raise httpx.UnsupportedProtocol("this AiohttpTransport was closed; create a new one", request=request)
        self._open.add(conn)
        return conn

    def _evict_idle(self) -> bool:
        """At the limit: close the longest-idle connection to some other host to make room."""
        while True:
            oldest = min((idle[0] for idle in self._idle.values() if idle), key=lambda c: c.idle_since, default=None)
            if oldest is None:
                return False
            for idle in self._idle.values():
                if idle and idle[0] is oldest:
                    idle.pop(0)
            counted = oldest in self._open  # one the server closed no longer counts: dropping it makes no room
            self._discard(oldest)
            if counted:
                return True

    def _release(self, conn: Connection) -> None:
        conn.busy = False
        if not conn.keep_alive or conn.spoiled or conn.closed or self._closed:
            self._discard(conn)
            return
        loop = asyncio.get_running_loop()
        conn.idle_since = loop.time()
        self._idle.setdefault(conn.origin, []).append(conn)
        if self._reaper is None:
            self._reaper = loop.call_later(self._keepalive, self._reap)
        self._wake_one()

    def _discard(self, conn: Connection) -> None:
        conn.busy = False
        if conn.transport is not None and not conn.closed:
            # abort, not close: a TLS close waits for the peer's close_notify (up to 30 s), and its
            # socket outlives an event loop that ends right after aclose(). Nothing is left to send.
            conn.transport.abort()
        self.lost(conn)

    def lost(self, conn: Connection) -> None:
        """`conn` is closed or closing: it no longer counts against the limit."""
        if conn in self._open:
            self._open.discard(conn)
            self._wake_one()

    def _wake_one(self) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    def _reap(self) -> None:
        """Close connections idle for longer than the keep-alive expiry."""
        self._reaper = None
        loop = asyncio.get_running_loop()
        cutoff = loop.time() - self._keepalive
        for idle in self._idle.values():
            while idle and (idle[0].idle_since <= cutoff or idle[0].closed):
                self._discard(idle.pop(0))
        if any(self._idle.values()):
            self._reaper = loop.call_later(self._keepalive / 2, self._reap)

    async def aclose(self) -> None:
        self._closed = True
        if self._reaper is not None:
            self._reaper.cancel()
            self._reaper = None
        closing = list(self._open)
        for conn in closing:
            if conn.busy:  # a call in flight ends now, saying why (_discard alone left it to its deadline)
                conn.fail(httpx.UnsupportedProtocol, "this AiohttpTransport was closed while the request was in flight")
            self._discard(conn)
        self._idle.clear()
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(None)
        for _ in range(20):  # the sockets close a turn or two of the loop later (TLS: one more)
            await asyncio.sleep(0)
            if all(conn.closed for conn in closing):
                break
