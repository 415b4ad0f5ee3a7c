"""The helper pairs the sync and async sweeps differ by (tokens/_fanout.py): both forms keep the
order of their results, never run more than `concurrency` calls at once, and close the shared pool
only at the end of the sweep."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest

from instagram_graph_api_sdk.tokens._fanout import (
    AsyncFanout,
    AsyncShared,
    Fanout,
    Shared,
    ablocking,
    apause,
    blocking,
    pause,
)


@pytest.mark.parametrize("concurrency", [1, 3])
def test_the_thread_fanout_keeps_order_and_bounds_concurrency(concurrency: int) -> None:
    inflight, peak, lock = 0, 0, threading.Lock()

    def call(n: int) -> tuple[int, str]:
        nonlocal inflight, peak
        with lock:
            inflight += 1
            peak = max(peak, inflight)
        time.sleep(0.01 * (n % 3))  # later items finish first, sometimes
        with lock:
            inflight -= 1
        return n * n, threading.current_thread().name

    with Fanout(concurrency) as fanout:
        results = list(fanout.each(call, list(range(12))))
    assert [square for square, _ in results] == [n * n for n in range(12)]
    assert all(name.startswith("instagram-sweep") for _, name in results)
    assert 1 <= peak <= concurrency
    if concurrency > 1:
        assert peak > 1


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_the_task_fanout_keeps_order_and_bounds_concurrency(concurrency: int) -> None:
    inflight, peak = 0, 0

    async def call(n: int) -> int:
        nonlocal inflight, peak
        inflight += 1
        peak = max(peak, inflight)
        await asyncio.sleep(0.01 * (n % 3))
        inflight -= 1
        return n * n

    async with AsyncFanout(concurrency) as fanout:
        results = await fanout.each(call, list(range(12)))
    assert results == [n * n for n in range(12)]
    assert 1 <= peak <= concurrency
    if concurrency > 1:
        assert peak > 1


def test_a_failed_call_reaches_the_caller_in_both_forms() -> None:
    def boom(n: int) -> int:
        raise ValueError(f"item {n}")

    async def aboom(n: int) -> int:
        raise ValueError(f"item {n}")

    async def run_async() -> list[int]:
        async with AsyncFanout(2) as fanout:
            return await fanout.each(aboom, [7])

    with Fanout(2) as fanout, pytest.raises(ValueError, match="item 7"):
        list(fanout.each(boom, [7]))
    with pytest.raises(ValueError, match="item 7"):
        asyncio.run(run_async())


async def test_database_calls_run_here_in_sync_and_in_a_worker_thread_in_async() -> None:
    def where(tag: str, *, suffix: str) -> tuple[str, int]:
        return tag + suffix, threading.get_ident()

    here = threading.get_ident()
    assert blocking(where, "a", suffix="b") == ("ab", here)
    value, thread = await ablocking(where, "a", suffix="b")
    assert value == "ab"
    assert thread != here


async def test_the_pauses_wait() -> None:
    started = time.monotonic()
    pause(0.02)
    await apause(0.02)
    assert time.monotonic() - started >= 0.04


def test_the_shared_pool_closes_only_at_shutdown_in_both_forms() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"path": request.url.path})

    inner = httpx.MockTransport(answer)
    closed: list[str] = []
    inner.close = lambda: closed.append("sync")  # type: ignore[method-assign]
    shared = Shared(inner)
    with httpx.Client(transport=shared) as client:
        assert client.get("http://127.0.0.1/x").json() == {"path": "/x"}
    assert closed == []  # the OAuth call's client closed its transport: the pool stays open
    shared.shutdown()
    assert closed == ["sync"]

    async def run_async() -> None:
        async def aclose() -> None:
            closed.append("async")

        ainner = httpx.MockTransport(answer)
        ainner.aclose = aclose  # type: ignore[method-assign]
        ashared = AsyncShared(ainner)
        async with httpx.AsyncClient(transport=ashared) as client:
            assert (await client.get("http://127.0.0.1/y")).json() == {"path": "/y"}
        assert closed == ["sync"]
        await ashared.shutdown()
        assert closed == ["sync", "async"]

    asyncio.run(run_async())
