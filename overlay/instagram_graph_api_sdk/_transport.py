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

import random
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx

from ._attempts import Attempts
from ._deadline import DEADLINE_AT, enforce_deadline
from ._extensions import OPERATION_EXTENSION, RETRY_EXTENSION, USAGE_EXTENSION
from ._proxy import default_async_transport, default_transport, environment_proxy
from ._reading import plain_body, response_body
from ._usage import UsageState

R = TypeVar("R")
# One try of a request: (request, its attempts, seconds left or None) -> (reply, status, raw
# headers, decoded body). The async retry loop runs any such function (see AsyncRetryTransport.run).
AsyncAttempt = Callable[[httpx.Request, Attempts, "float | None"], Awaitable[tuple[R, int, Any, bytes]]]

__all__ = [  # the proxy helpers live in _proxy, UsageState in _usage and the keys in _extensions;
    # kept importable from here
    "OPERATION_EXTENSION",
    "RETRY_EXTENSION",
    "USAGE_EXTENSION",
    "AsyncRetryTransport",
    "RetryTransport",
    "UsageState",
    "default_async_transport",
    "default_transport",
    "environment_proxy",
]


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
        attempts = Attempts(request, self.state, clock)
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
                usage = attempts.state.observe_raw(response.headers.raw, now)
                if response.status_code < 400:
                    return response
                decision = attempts.after_response(response.status_code, body, usage, now, self._rand)
                if not decision.retry:
                    return response
            attempts.log_retry(decision)
            self._sleep(max(0.0, decision.delay))
            attempts.attempt += 1

    @staticmethod
    def _read(response: httpx.Response, attempts: Attempts) -> bytes:
        request = attempts.request
        stream = response.stream
        assert isinstance(stream, httpx.SyncByteStream)
        try:
            body = response_body(response, request, attempts.limit, attempts.check_deadline)
            for chunk in stream:
                body.feed(chunk)
                attempts.check_deadline()
            content = body.value()
        finally:
            stream.close()  # returns the connection to the pool (or drops it mid-body)
        plain_body(response, body, content)
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
        return await self.run(request, self._httpx_attempt)

    async def run(self, request: httpx.Request, attempt: AsyncAttempt[R]) -> R:
        """Send `request` with `attempt` (one try: its reply, status, raw headers and body) until it
        succeeds, a retry is not allowed, or the deadline passes. `attempt` gets the seconds left
        (None: no deadline) and must end by then: the default one runs under a timeout of that
        length; AiohttpTransport's own (for bodiless requests) bounds its waits itself."""
        clock = self._clock
        attempts = Attempts(request, self.state, clock)
        while True:
            now = clock()
            delay = attempts.gate(now)
            if delay > 0:
                await self._sleep(delay)
                now = clock()
            remaining = attempts.shrink_timeouts(now)
            try:
                reply, status, raw, body = await attempt(request, attempts, remaining)
            except httpx.TransportError as error:
                decision = attempts.after_exception(error, clock(), self._rand)
                if not decision.retry:
                    raise
            else:
                now = clock()
                usage = attempts.state.observe_raw(raw, now)
                if status < 400:
                    return reply
                decision = attempts.after_response(status, body, usage, now, self._rand)
                if not decision.retry:
                    return reply
            attempts.log_retry(decision)
            await self._sleep(max(0.0, decision.delay))
            attempts.attempt += 1

    async def _httpx_attempt(
        self, request: httpx.Request, attempts: Attempts, remaining: float | None
    ) -> tuple[httpx.Response, int, list[tuple[bytes, bytes]], bytes]:
        if remaining is None:
            response, body = await self._attempt(request, attempts)
        else:
            response, body = await self._attempt_within(remaining, request, attempts)
        return response, response.status_code, response.headers.raw, body

    async def _attempt_within(
        self, remaining: float, request: httpx.Request, attempts: Attempts
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
        raise attempts.deadline_error()

    async def _attempt(self, request: httpx.Request, attempts: Attempts) -> tuple[httpx.Response, bytes]:
        response = await self.wrapped.handle_async_request(request)
        stream = response.stream
        assert isinstance(stream, httpx.AsyncByteStream)
        try:
            body = response_body(response, request, attempts.limit, attempts.check_deadline)
            async for chunk in stream:
                body.feed(chunk)
                attempts.check_deadline()
            content = body.value()
        finally:
            await stream.aclose()
        plain_body(response, body, content)
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
