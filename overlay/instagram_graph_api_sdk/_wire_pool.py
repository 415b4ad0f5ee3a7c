"""The fast lane's connection pool: keep-alive HTTP/1.1 connections per origin, and one exchange.

`WirePool.exchange` sends one bodiless request and reads its answer under the SDK's rules: the
body goes through `_reading.Body` (size cap, gzip/deflate decoding), every wait is bounded by the
read timeout and the call's deadline, and failures are httpx's errors, so the retry loop
(`AsyncRetryTransport.run`) classifies them as on every transport: a refused or timed-out connect
is `ConnectError`/`ConnectTimeout` (not sent), a wait for a free connection `PoolTimeout` (not
sent), a silence `ReadTimeout`, a reset `ReadError`, a cut or malformed answer
`RemoteProtocolError`.

Waits are bounded by shared alarms (`_timers.Alarms`: one loop timer per 5 ms of expiry times)
rather than one timer per wait. Connections: at most `limit` open, the most recently
used reused first, closed after `keepalive_expiry` seconds idle, and closed at once when the answer
was not whole or the exchange was cancelled.
"""

from __future__ import annotations

import asyncio
import ssl
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from ._timers import Alarms
from ._wire import Connection

if TYPE_CHECKING:
    from ._attempts import Attempts

Origin = tuple[str, str, int]  # scheme, host, port


class WirePool:
    """Keep-alive connections for the fast lane (one event loop, like the transport that owns it).

    At the limit, callers queue first come, first served: a released connection goes straight to
    the first caller in line if it wants that host (else it is closed, and its place is that
    caller's), and a freed place (a connection closed, a connect that failed) is reserved for the
    first caller in line, so a busy task cannot take a connection ahead of tasks already waiting."""

    def __init__(self, limit: int, keepalive_expiry: float, ssl_context: Callable[[], ssl.SSLContext]) -> None:
        self._limit = limit
        self._keepalive = keepalive_expiry
        self._ssl_context = ssl_context
        self._ssl: ssl.SSLContext | None = None
        self._idle: dict[Origin, list[Connection]] = {}
        self._open: set[Connection] = set()  # every connection counted against the limit
        self._connecting = 0  # connects under way, and places reserved for a woken caller
        self._waiters: deque[tuple[Origin, asyncio.Future[Connection | None]]] = deque()
        self._alarms = Alarms()
        self._reaper: asyncio.TimerHandle | None = None
        self._connects: set[asyncio.Task[Any]] = set()
        self._closed = False

    async def exchange(
        self, request: httpx.Request, origin: Origin, head: bytes, attempts: Attempts
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes, bool]:
        """Send `head` (a whole bodiless request) and read the answer: status, raw headers, the
        decoded body and whether a content encoding was undone."""
        timeout = request.extensions.get("timeout") or {}
        conn = self._take_idle(origin) or await self._acquire(request, origin, timeout, attempts)
        try:
            answer = await conn.exchange(head, request, attempts, timeout.get("read"), self._alarms)
        except BaseException:
            self._discard(conn)
            raise
        self._release(conn)
        return answer

    # --- connections
    @staticmethod
    def _usable(conn: Connection) -> bool:
        # stale(): bytes the loop has not read yet, usually the server's close just after the answer
        return not (conn.closed or conn.spoiled or conn.transport.is_closing() or conn.stale())  # type: ignore[union-attr]

    def _take_idle(self, origin: Origin) -> Connection | None:
        idle = self._idle.get(origin)
        while idle:
            conn = idle.pop()
            if self._usable(conn):
                return conn
            self._discard(conn)
        return None

    async def _acquire(
        self, request: httpx.Request, origin: Origin, timeout: dict[str, Any], attempts: Attempts
    ) -> Connection:
        """An idle connection to `origin`, or a new one once the limit allows (waiting in line at
        most the pool timeout and the time left of the call)."""
        loop = asyncio.get_running_loop()
        pool = timeout.get("pool")
        give_up = None if pool is None else loop.time() + pool
        reserved = False
        entry: tuple[Origin, asyncio.Future[Connection | None]] | None = None  # this caller's place in line
        while True:
            if self._closed:
                if reserved:
                    self._connecting -= 1
                if entry is not None and entry in self._waiters:
                    self._waiters.remove(entry)
                raise httpx.UnsupportedProtocol("this AiohttpTransport was closed; create a new one", request=request)
            if entry is None:
                if not reserved:
                    conn = self._take_idle(origin)
                    if conn is not None:
                        return conn
                    if not self._room() and not self._waiters:
                        self._evict_idle()  # an idle connection to another host makes room
                if reserved or self._room():
                    return await self._connect(request, origin, timeout, attempts, reserved=reserved)
                entry = (origin, loop.create_future())
                self._waiters.append(entry)  # the back of the line
            waiter = entry[1]
            try:
                remaining = attempts.remaining()  # raises once the deadline passed
                left = None if give_up is None else give_up - loop.time()
                limit = left if remaining is None or (left is not None and left < remaining) else remaining
                async with asyncio.timeout(limit):
                    got = await waiter
            except BaseException as error:
                if waiter.done() and not waiter.cancelled():
                    self._pass_on(waiter.result())  # handed over just as this caller gave up
                if isinstance(error, TimeoutError):
                    attempts.check_deadline()
                    message = f"no free connection within the pool timeout of {pool} s"
                    raise httpx.PoolTimeout(message, request=request) from None
                raise
            finally:
                if entry in self._waiters:
                    self._waiters.remove(entry)
            entry = None
            if got is None:
                reserved = True  # a place under the limit is held for this caller
            elif self._usable(got):
                return got
            else:  # handed a connection that closed meanwhile: keep this caller's place at the front
                entry = (origin, loop.create_future())
                self._waiters.appendleft(entry)
                self._discard(got)  # the place it frees (if it still held one) comes to this caller

    def _room(self) -> bool:
        return len(self._open) + self._connecting < self._limit

    async def _connect(
        self, request: httpx.Request, origin: Origin, timeout: dict[str, Any], attempts: Attempts, *, reserved: bool
    ) -> Connection:
        scheme, host, port = origin
        loop = asyncio.get_running_loop()
        if not reserved:
            self._connecting += 1
        connecting: asyncio.Task[tuple[asyncio.Transport, Connection]] | None = None
        try:
            context = None
            if scheme == "https":
                context = self._ssl = self._ssl or self._ssl_context()
            connect, remaining = timeout.get("connect"), attempts.remaining()
            limit = connect if remaining is None or (connect is not None and connect < remaining) else remaining
            async with asyncio.timeout(limit):
                # A task of its own, so that aclose() can end a connect (a slow TLS handshake) at once.
                opening = loop.create_connection(
                    lambda: Connection(self, origin), host, port, ssl=context, server_hostname=host if context else None
                )
                connecting = loop.create_task(opening)
                self._connects.add(connecting)
                try:
                    _, conn = await connecting
                finally:
                    self._connects.discard(connecting)
        except BaseException as error:
            self._connecting -= 1
            self._freed()  # the place this connect held goes to the next caller in line
            if connecting is not None and _connected(connecting):  # just as this caller was cancelled
                connecting.result()[0].abort()
            task = asyncio.current_task()
            ours = task is not None and task.cancelling() > 0  # the caller (or the timeout) cancelled, not aclose()
            if self._closed and isinstance(error, asyncio.CancelledError) and not ours:
                message = "this AiohttpTransport was closed while connecting"  # aclose() cancelled the connect
                raise httpx.UnsupportedProtocol(message, request=request) from None
            if isinstance(error, TimeoutError):
                attempts.check_deadline()
                message = f"no connection to {host}:{port} within {connect} s"
                raise httpx.ConnectTimeout(message, request=request) from None
            if isinstance(error, OSError):  # refused, unreachable, DNS, TLS (ssl.SSLError is an OSError)
                raise httpx.ConnectError(f"{type(error).__name__}: {error}", request=request) from None
            raise
        self._connecting -= 1
        self._open.add(conn)
        if self._closed:
            self._discard(conn)
            raise httpx.UnsupportedProtocol("this AiohttpTransport was closed; create a new one", request=request)
        return conn

    def _evict_idle(self) -> None:
        """At the limit: close the longest-idle connection (to some other host) to make room."""
        oldest = None
        for idle in self._idle.values():
            for conn in [c for c in idle if not self._usable(c)]:
                idle.remove(conn)
                self._discard(conn)
            if idle and (oldest is None or idle[0].idle_since < oldest.idle_since):
                oldest = idle[0]
        if oldest is not None:
            self._idle[oldest.origin].remove(oldest)
            self._discard(oldest)

    def _release(self, conn: Connection) -> None:
        """The exchange on `conn` ended well: to the first caller in line if it wants this host, its
        place to that caller if it wants another, else idle."""
        conn.busy = False
        if conn.paused or not conn.keep_alive or not self._usable(conn) or self._closed:
            self._discard(conn)
            return
        head = self._head()
        if head is not None:
            if head[0] == conn.origin:  # the first in line wants this host: the connection is theirs
                self._waiters.popleft()
                head[1].set_result(conn)
            else:  # the first in line waits for another host: this connection's place is theirs
                self._discard(conn)
            return
        loop = asyncio.get_running_loop()
        conn.idle_since = loop.time()
        self._idle.setdefault(conn.origin, []).append(conn)
        if self._reaper is None:
            self._reaper = loop.call_later(self._keepalive, self._reap)

    def _head(self) -> tuple[Origin, asyncio.Future[Connection | None]] | None:
        """The first caller in line still waiting (those that already left are dropped)."""
        while self._waiters and self._waiters[0][1].done():
            self._waiters.popleft()
        return self._waiters[0] if self._waiters else None

    def _pass_on(self, got: Connection | None) -> None:
        """A caller that leaves the line after being handed something passes it on."""
        if got is None:
            self._connecting -= 1
            self._freed()
        else:
            self._release(got)

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
            self._freed()

    def _freed(self) -> None:
        """A place under the limit came free: reserve it for the first caller in line."""
        while self._waiters and self._room():
            _, waiter = self._waiters.popleft()
            if not waiter.done():
                self._connecting += 1
                waiter.set_result(None)

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
        """Close every connection; calls in flight, connecting and in line end with `UnsupportedProtocol`."""
        self._closed = True
        if self._reaper is not None:
            self._reaper.cancel()
            self._reaper = None
        for connecting in list(self._connects):
            connecting.cancel()
        closing = list(self._open)
        for conn in closing:
            if conn.busy:  # a call in flight ends now, saying why
                conn.fail(httpx.UnsupportedProtocol, "this AiohttpTransport was closed while the request was in flight")
            self._discard(conn)
        self._idle.clear()
        while self._waiters:
            _, waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                self._connecting += 1  # the woken caller gives the place back as it sees the close
        for _ in range(20):  # the sockets close a turn or two of the loop later (TLS: one more)
            await asyncio.sleep(0)
            if all(conn.closed for conn in closing):
                break


def _connected(connecting: asyncio.Task[Any]) -> bool:
    """Whether a connect task ended with a connection."""
    return connecting.done() and not connecting.cancelled() and connecting.exception() is None
