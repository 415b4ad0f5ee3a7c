"""The call's deadline on every socket operation of a sync httpx transport.

httpx's timeouts are per read: a server that sends one header byte every half second never
trips a one-second read timeout, and the call stays open for as long as the server likes. The
async transport runs each attempt under a timeout of the remaining budget; a sync call cannot
be interrupted that way, so the httpcore network backend of `httpx.HTTPTransport` is wrapped
instead: every connect, TLS handshake, read and write waits at most until the deadline that
`RetryTransport` set for the attempt (a context variable, so threads do not see each other's).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Literal

import httpx

if TYPE_CHECKING:  # httpcore is imported by httpx only once a transport is made
    import ssl

    import httpcore

# The monotonic time (time.monotonic) at which the current attempt must end; None: no deadline.
DEADLINE_AT: ContextVar[float | None] = ContextVar("instagram_graph_api_sdk.deadline_at", default=None)


_monotonic = time.monotonic
_current = DEADLINE_AT.get
Kind = Literal["ConnectTimeout", "ReadTimeout", "WriteTimeout"]


def _expired(kind: Kind) -> Exception:
    """httpcore's `kind` of timeout (httpx maps it to its own)."""
    import httpcore

    exception: type[Exception] = getattr(httpcore, kind)
    return exception("the call's deadline passed")


def bounded(timeout: float | None, kind: Kind) -> float | None:
    """`timeout` shrunk to what is left of the attempt's deadline; raises once it passed."""
    deadline_at = _current()
    if deadline_at is None:
        return timeout
    remaining = deadline_at - _monotonic()
    if remaining <= 0:
        raise _expired(kind)
    return remaining if timeout is None or timeout > remaining else timeout


class DeadlineStream:
    """A network stream whose every wait ends at the deadline (httpcore's NetworkStream interface)."""

    __slots__ = ("_inner", "close", "get_extra_info")

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner
        # Delegated as bound methods: no extra Python frame on httpcore's per-request checks.
        self.close: Callable[[], None] = inner.close
        self.get_extra_info: Callable[[str], Any] = inner.get_extra_info

    # read and write inline `bounded` (they run several times per call).
    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        deadline_at = _current()
        if deadline_at is not None:
            remaining = deadline_at - _monotonic()
            if timeout is None or timeout > remaining:
                if remaining <= 0:
                    raise _expired("ReadTimeout")
                timeout = remaining
        return self._inner.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        deadline_at = _current()
        if deadline_at is not None:
            remaining = deadline_at - _monotonic()
            if timeout is None or timeout > remaining:
                if remaining <= 0:
                    raise _expired("WriteTimeout")
                timeout = remaining
        self._inner.write(buffer, timeout)

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> DeadlineStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, bounded(timeout, "ConnectTimeout"))
        return DeadlineStream(inner)


class DeadlineBackend:
    """Wraps httpcore's network backend so the streams it opens obey the deadline."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self.inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> DeadlineStream:
        timeout = bounded(timeout, "ConnectTimeout")
        return DeadlineStream(self.inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> DeadlineStream:
        timeout = bounded(timeout, "ConnectTimeout")
        return DeadlineStream(self.inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def enforce_deadline(transport: httpx.BaseTransport) -> None:
    """Make an `httpx.HTTPTransport` (proxied or not) obey the deadline on its connections.

    Other transports are left alone: for them the deadline is checked between body chunks.
    """
    pool = getattr(transport, "_pool", None) if isinstance(transport, httpx.HTTPTransport) else None
    backend = getattr(pool, "_network_backend", None)
    if backend is not None and not isinstance(backend, DeadlineBackend):
        pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
