"""Where the sync and async refresh sweeps differ, as helper pairs (like `_sleep.py`).

`tokens/_async/sweep.py` is written once, async; unasync makes `tokens/_sync/sweep.py` of it by
dropping `async`/`await` and turning `AsyncFanout`, `AsyncShared`, `ablocking` and `apause` into
`Fanout`, `Shared`, `blocking` and `pause`. So these pairs hold the only real differences:
bounded concurrency (a thread pool, or tasks under a semaphore), database calls (direct, or in a
worker thread so the event loop never blocks), pacing pauses, and the shared connection pool.
asyncio is imported only when an async form runs (`import instagram_graph_api_sdk` stays light).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType
from typing import ParamSpec, TypeVar

import httpx

P = ParamSpec("P")
T = TypeVar("T")
R = TypeVar("R")


class Fanout:
    """At most `concurrency` calls at once, on one thread pool kept for the whole sweep."""

    def __init__(self, concurrency: int) -> None:
        self._pool = ThreadPoolExecutor(concurrency, thread_name_prefix="instagram-sweep")

    def __enter__(self) -> Fanout:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self._pool.shutdown(wait=True)

    def each(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        """`fn(item)` for every item, all submitted now; the results in order, as each is ready."""
        futures = [self._pool.submit(fn, item) for item in items]
        return (future.result() for future in futures)


class AsyncFanout:
    """At most `concurrency` calls at once: one task per call, gated by a semaphore."""

    def __init__(self, concurrency: int) -> None:
        import asyncio

        self._gate = asyncio.Semaphore(concurrency)

    async def __aenter__(self) -> AsyncFanout:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        pass  # every call was awaited in `each`

    async def each(self, fn: Callable[[T], Awaitable[R]], items: Sequence[T]) -> list[R]:
        """`fn(item)` for every item, all started now; the results in order, once all are done."""
        import asyncio

        async def gated(item: T) -> R:
            async with self._gate:
                return await fn(item)

        return await asyncio.gather(*(gated(item) for item in items))


def blocking(fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """A database call: made right here."""
    return fn(*args, **kwargs)


async def ablocking(fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """A database call: made in a worker thread, so the event loop keeps running."""
    import asyncio

    return await asyncio.to_thread(fn, *args, **kwargs)


def pause(seconds: float) -> None:
    """The pacer's pause before a refresh call (blocks this worker thread)."""
    time.sleep(seconds)


async def apause(seconds: float) -> None:
    """The pacer's pause before a refresh call (yields to the other tasks)."""
    import asyncio

    await asyncio.sleep(seconds)


class Shared(httpx.BaseTransport):
    """One connection pool for the whole sweep (OAuth calls close their transport when done)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(request)

    def close(self) -> None:
        pass

    def shutdown(self) -> None:
        """Close the pool itself (at the end of the sweep)."""
        self.inner.close()


class AsyncShared(httpx.AsyncBaseTransport):
    """One connection pool for the whole sweep (OAuth calls close their transport when done)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        pass

    async def shutdown(self) -> None:
        """Close the pool itself (at the end of the sweep)."""
        await self.inner.aclose()
