"""Retrying transports (sync and async) around any httpx transport.

They carry out `_retry`'s decisions: hold each attempt to the call's deadline (httpx has no
total timeout, so a server dripping one byte at a time would otherwise hold a call forever),
read each body through `_reading` (size cap, decoding), parse usage headers, wait or refuse
while Meta reports throttling, and retry what is safe. Each request says how it may be retried
through its extensions (set by the runner). The async transport runs every attempt under a
timeout of the remaining budget; the sync one sets the deadline for `_deadline`'s network
backend, which shrinks every socket wait to it.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from . import _exceptions as exc
from ._classify import parse_error_body
from ._deadline import DEADLINE_AT, enforce_deadline
from ._proxy import default_async_transport, default_transport, environment_proxy
from ._reading import DEFAULT_MAX_RESPONSE_BYTES, LIMIT_EXTENSION, Body
from ._retry import (
    IDEMPOTENT,
    MAYBE_SENT,
    NOT_SENT,
    UNSAFE,
    Decision,
    RetryConfig,
    before_send,
    decide_after_exception,
    decide_after_response,
)
from ._usage import UsageSnapshot, parse_usage_text

logger = logging.getLogger("instagram_graph_api_sdk")

# request.extensions[RETRY_EXTENSION] = (RetryConfig, retry class); absent: defaults by method.
RETRY_EXTENSION = "instagram_graph_api_sdk.retry"
# request.extensions[OPERATION_EXTENSION] = the spec operationId (for logs, tests and recorders).
OPERATION_EXTENSION = "instagram_graph_api_sdk.operation"
# request.extensions[USAGE_EXTENSION] = the UsageState of the account the request is for (clients from
# `for_account()` share one transport but not their rate-limit state); absent: the transport's own.
USAGE_EXTENSION = "instagram_graph_api_sdk.usage"
_DEFAULT_CONFIG = RetryConfig()
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_FATAL_ERRORS = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)
_USAGE_HEADER_LENGTHS = (len("x-app-usage"), len("x-business-use-case-usage"))
__all__ = [  # the proxy helpers live in _proxy; kept importable from here
    "AsyncRetryTransport", "RetryTransport", "UsageState", "default_async_transport", "default_transport",
    "environment_proxy",
]  # fmt: skip


class UsageState:
    """The last usage snapshot (with its highest percentage) and the end of any throttling period
    Meta announced. Shared by every thread and every `with_options()` copy of a client, so the
    snapshot and its percentage are replaced together, in one assignment; it is consulted before
    every request, so it does the least work it can."""

    __slots__ = ("blocked_until", "last")

    def __init__(self) -> None:
        self.last: tuple[UsageSnapshot | None, float | None] = (None, None)
        self.blocked_until = 0.0

    @property
    def snapshot(self) -> UsageSnapshot | None:
        return self.last[0]

    @property
    def percent(self) -> float | None:
        return self.last[1]

    def reset(self) -> None:
        """Forget the last snapshot and any throttling period (`client.reset_rate_limit()`)."""
        self.last = (None, None)
        self.blocked_until = 0.0

    def observe(self, headers: httpx.Headers, now: float) -> UsageSnapshot | None:
        app = business = None
        for key, value in headers.raw:  # one pass; Headers.get would scan (and decode) once per name
            if len(key) in _USAGE_HEADER_LENGTHS:
                name = key.lower()
                if name == b"x-app-usage":
                    app = value.decode("latin-1")
                elif name == b"x-business-use-case-usage":
                    business = value.decode("latin-1")
        if app is None and business is None:
            return None
        snapshot = parse_usage_text(app, business)
        if snapshot is not self.last[0]:
            self.last = (snapshot, snapshot.max_percent)
        regain = snapshot.regain_access_after if snapshot.business else None
        if regain:
            self.blocked_until = max(self.blocked_until, now + regain)
        return snapshot


class _Attempts:
    """Bookkeeping shared by the sync and async transports for one request."""

    __slots__ = ("_clock", "attempt", "config", "deadline_at", "limit", "request", "retry_class", "start", "state")

    def __init__(self, request: httpx.Request, state: UsageState, clock: Callable[[], float]) -> None:
        now = clock()
        config, retry_class = request.extensions.get(RETRY_EXTENSION) or (
            _DEFAULT_CONFIG,
            IDEMPOTENT if request.method in ("GET", "HEAD", "DELETE") else UNSAFE,
        )
        self.request = request
        self.config: RetryConfig = config
        self.retry_class: str = retry_class
        self.state: UsageState = request.extensions.get(USAGE_EXTENSION) or state
        self.start = now
        self.deadline_at = None if config.deadline is None else now + config.deadline
        self.attempt = 0
        self.limit: int = request.extensions.get(LIMIT_EXTENSION, DEFAULT_MAX_RESPONSE_BYTES)
        self._clock = clock

    def remaining(self) -> float | None:
        """Seconds left before the deadline (None: no deadline); raises ReadTimeout once it passed."""
        if self.deadline_at is None:
            return None
        remaining = self.deadline_at - self._clock()
        if remaining <= 0:
            raise httpx.ReadTimeout(f"the call's deadline of {self.config.deadline} s passed", request=self.request)
        return remaining

    def gate(self, now: float) -> float:
        """Seconds to wait before sending; raises RateLimitError while Meta reports a block."""
        gate = before_send(self.state.percent, self.state.blocked_until, now, self.config)
        if gate.blocked_for:
            raise exc.RateLimitError(
                f"Instagram reported this app or account throttled for {gate.blocked_for:.0f} more seconds; "
                "the SDK did not send the request (more calls would only extend the block)",
                retry_after=gate.blocked_for, method=self.request.method, path=self.request.url.path,
                usage=self.state.snapshot,
            )  # fmt: skip
        if self.deadline_at is not None and now + gate.delay >= self.deadline_at:
            return max(0.0, self.deadline_at - now - 0.001)
        return gate.delay

    def shrink_timeouts(self, now: float) -> None:
        if self.deadline_at is None:
            return
        remaining = self.deadline_at - now
        if remaining <= 0:
            raise httpx.ReadTimeout(f"the call's deadline of {self.config.deadline} s passed", request=self.request)
        current = self.request.extensions.get("timeout")
        if current and None not in current.values() and max(current.values()) <= remaining:
            return  # every timeout ends before the deadline (the usual case): nothing to shrink
        timeout: dict[str, Any] = dict(current or {})
        for key in ("connect", "read", "write", "pool"):
            value = timeout.get(key)
            timeout[key] = remaining if value is None else min(value, remaining)
        self.request.extensions["timeout"] = timeout

    def after_exception(self, error: httpx.TransportError, now: float, rand: Callable[[], float]) -> Decision:
        if isinstance(error, _FATAL_ERRORS):
            return Decision(False)
        kind = NOT_SENT if isinstance(error, _NOT_SENT_ERRORS) else MAYBE_SENT
        return decide_after_exception(kind, self.retry_class, self.attempt, now - self.start, self.config, rand)

    def after_response(
        self, response: httpx.Response, body: bytes, usage: UsageSnapshot | None, now: float, rand: Callable[[], float]
    ) -> Decision:
        info = parse_error_body(body)
        return decide_after_response(
            response.status_code, info, usage, self.retry_class, self.attempt,
            now - self.start, self.config, rand,
        )  # fmt: skip

    def log_retry(self, decision: Decision) -> None:
        logger.info(
            "Retrying %s (%s %s) in %.2f s (%s; attempt %d of %d)",
            self.request.extensions.get(OPERATION_EXTENSION, "request"), self.request.method,
            self.request.url.path, decision.delay, decision.reason, self.attempt + 2, self.config.max_retries + 1,
        )  # fmt: skip

    def check_deadline(self) -> None:
        if self.deadline_at is not None and self._clock() > self.deadline_at:
            raise httpx.ReadTimeout(
                f"the call's deadline of {self.config.deadline} s passed while the body was arriving",
                request=self.request,
            )


class RetryTransport(httpx.BaseTransport):
    """Retries what is safe, under a per-call deadline, around another sync transport."""

    def __init__(
        self,
        wrapped: httpx.BaseTransport,
        *,
        state: UsageState | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        enforce_deadline(wrapped)
        self.wrapped = wrapped
        self.state = state or UsageState()
        self._clock = clock
        self._sleep = sleep
        self._rand = rand

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        clock = self._clock
        attempts = _Attempts(request, self.state, clock)
        while True:
            delay = attempts.gate(clock())
            if delay > 0:
                self._sleep(max(0.0, delay))
            attempts.shrink_timeouts(clock())
            try:
                remaining = attempts.remaining()
                # _deadline's network backend ends every socket wait at this (real) monotonic time.
                token = None if remaining is None else DEADLINE_AT.set(time.monotonic() + remaining)
                try:
                    response = self.wrapped.handle_request(request)
                    body = self._read(response, attempts)
                finally:
                    if token is not None:
                        DEADLINE_AT.reset(token)
            except httpx.TransportError as error:
                decision = attempts.after_exception(error, clock(), self._rand)
                if not decision.retry:
                    raise
            else:
                now = clock()
                usage = attempts.state.observe(response.headers, now)
                if response.status_code < 400:
                    return response
                decision = attempts.after_response(response, body, usage, now, self._rand)
                if not decision.retry:
                    return response
            attempts.log_retry(decision)
            self._sleep(max(0.0, decision.delay))
            attempts.attempt += 1

    @staticmethod
    def _read(response: httpx.Response, attempts: _Attempts) -> bytes:
        request = attempts.request
        stream = response.stream
        assert isinstance(stream, httpx.SyncByteStream)
        try:
            body = Body(response, request, attempts.limit, attempts.check_deadline)
            for chunk in stream:
                body.feed(chunk)
                attempts.check_deadline()
            content = body.value(response)
        finally:
            stream.close()  # returns the connection to the pool (or drops it mid-body)
        response.stream = httpx.ByteStream(content)
        return content

    def close(self) -> None:
        self.wrapped.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async counterpart of RetryTransport."""

    def __init__(
        self,
        wrapped: httpx.AsyncBaseTransport,
        *,
        state: UsageState | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        rand: Callable[[], float] = random.random,
    ) -> None:
        if sleep is None:
            import asyncio  # imported here: `import instagram_graph_api_sdk` stays light

            sleep = asyncio.sleep
        self.wrapped = wrapped
        self.state = state or UsageState()
        self._clock = clock
        self._sleep = sleep
        self._rand = rand

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        clock = self._clock
        attempts = _Attempts(request, self.state, clock)
        while True:
            delay = attempts.gate(clock())
            if delay > 0:
                await self._sleep(max(0.0, delay))
            attempts.shrink_timeouts(clock())
            try:
                remaining = attempts.remaining()
                if remaining is None:
                    response, body = await self._attempt(request, attempts)
                else:
                    response, body = await self._attempt_within(remaining, request, attempts)
            except httpx.TransportError as error:
                decision = attempts.after_exception(error, clock(), self._rand)
                if not decision.retry:
                    raise
            else:
                now = clock()
                usage = attempts.state.observe(response.headers, now)
                if response.status_code < 400:
                    return response
                decision = attempts.after_response(response, body, usage, now, self._rand)
                if not decision.retry:
                    return response
            attempts.log_retry(decision)
            await self._sleep(max(0.0, decision.delay))
            attempts.attempt += 1

    async def _attempt_within(
        self, remaining: float, request: httpx.Request, attempts: _Attempts
    ) -> tuple[httpx.Response, bytes]:
        """One attempt, cancelled when the deadline passes (while connecting, while headers drip
        in, or while the body does)."""
        import asyncio

        try:
            if _on_asyncio():
                async with asyncio.timeout(remaining):
                    return await self._attempt(request, attempts)
            import anyio  # trio and others: httpx depends on anyio

            with anyio.fail_after(remaining):
                return await self._attempt(request, attempts)
        except TimeoutError:
            pass  # raised below, outside the handler, so no TimeoutError travels along as context
        raise httpx.ReadTimeout(f"the call's deadline of {attempts.config.deadline} s passed", request=request)

    async def _attempt(self, request: httpx.Request, attempts: _Attempts) -> tuple[httpx.Response, bytes]:
        response = await self.wrapped.handle_async_request(request)
        stream = response.stream
        assert isinstance(stream, httpx.AsyncByteStream)
        try:
            body = Body(response, request, attempts.limit, attempts.check_deadline)
            async for chunk in stream:
                body.feed(chunk)
                attempts.check_deadline()
            content = body.value(response)
        finally:
            await stream.aclose()
        response.stream = httpx.ByteStream(content)
        return response, content

    async def aclose(self) -> None:
        await self.wrapped.aclose()


def _on_asyncio() -> bool:
    """Whether the running event loop is asyncio's (sniffio when installed, as httpx does; without
    it, asyncio's own running-loop check, so the SDK still works where sniffio was left out)."""
    try:
        import sniffio
    except ImportError:  # pragma: no cover - sniffio is a dependency; `make bench` measures without it
        import asyncio

        return asyncio._get_running_loop() is not None
    try:
        return sniffio.current_async_library() == "asyncio"
    except sniffio.AsyncLibraryNotFoundError:
        return False
