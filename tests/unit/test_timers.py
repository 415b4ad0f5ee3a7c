"""DeadlineTimers: one loop timer per slot of deadlines; a task is cancelled at most one slot
late, never when disarmed, and someone else's cancellation is never taken for the deadline's."""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import Any

import pytest

from instagram_graph_api_sdk._timers import DeadlineTimers


async def test_a_task_past_its_deadline_is_cancelled_within_one_slot() -> None:
    timers = DeadlineTimers(granularity=0.01)
    expiry = timers.arm(0.05)
    started = time.monotonic()
    outcome = "finished"
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        outcome = "deadline" if timers.expired(expiry) else "cancelled"  # the deadline's: taken back ...
    elapsed = time.monotonic() - started
    assert outcome == "deadline"
    assert 0.045 <= elapsed < 0.5
    task = asyncio.current_task()
    assert task is not None
    assert task.cancelling() == 0  # ... so the task is not left cancelling


async def test_a_disarmed_deadline_never_fires() -> None:
    timers = DeadlineTimers(granularity=0.01)
    expiry = timers.arm(0.02)
    timers.disarm(expiry)
    await asyncio.sleep(0.06)  # past the slot: no CancelledError
    assert not expiry.expired
    assert not timers.expired(expiry)


async def test_deadlines_in_one_slot_share_one_loop_timer(monkeypatch: pytest.MonkeyPatch) -> None:
    loop = asyncio.get_running_loop()
    armed: list[float] = []
    call_at = loop.call_at

    def counting(when: float, callback: Any, *args: Any) -> asyncio.TimerHandle:
        armed.append(when)
        return call_at(when, callback, *args)

    monkeypatch.setattr(loop, "call_at", counting)
    timers = DeadlineTimers(granularity=10.0)  # one wide slot: every deadline below lands in it
    now = loop.time()
    base = 10.0 - now % 10.0  # the start of the next slot, so 32 deadlines cannot straddle two
    expiries = [timers.arm(base + 1 + i * 0.01) for i in range(32)]
    assert len(armed) == 1
    for expiry in expiries:
        timers.disarm(expiry)


async def test_someone_elses_cancellation_is_not_the_deadlines() -> None:
    timers = DeadlineTimers(granularity=0.01)
    armed: list[Any] = []

    async def worker(deadline: float) -> str:
        expiry = timers.arm(deadline)
        armed.append(expiry)
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            if timers.expired(expiry):
                return "deadline"
            raise
        finally:
            timers.disarm(expiry)
        return "finished"

    task = asyncio.create_task(worker(0.05))
    await asyncio.sleep(0.001)
    task.cancel()  # the caller cancels before the deadline: that must propagate
    with pytest.raises(asyncio.CancelledError):
        await task

    both = asyncio.create_task(worker(60.0))
    await asyncio.sleep(0.001)
    timers._alarms._fire(armed[-1].slot)  # the deadline fires and, in the same loop turn, the caller cancels
    both.cancel()
    with pytest.raises(asyncio.CancelledError):  # the caller's cancellation wins
        await both

    alone = asyncio.create_task(worker(0.02))
    assert await alone == "deadline"


async def test_a_task_already_cancelling_still_gets_its_deadline() -> None:
    """A deadline that begins in a task with a cancellation pending (cleanup code after a cancel
    someone swallowed) ends as the deadline's, and the earlier cancellation stays pending."""
    task = asyncio.current_task()
    assert task is not None
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):  # swallowed: the task stays "cancelling" once
        await asyncio.sleep(0)
    assert task.cancelling() == 1
    timers = DeadlineTimers(granularity=0.01)
    expiry = timers.arm(0.02)
    outcome = "finished"
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        outcome = "deadline" if timers.expired(expiry) else "cancelled"
    finally:
        timers.disarm(expiry)
    assert outcome == "deadline"
    assert task.cancelling() == 1  # the earlier one, still there
    task.uncancel()


async def test_a_deadline_turned_into_another_error_is_taken_back_when_disarmed() -> None:
    timers = DeadlineTimers(granularity=0.01)

    async def converting() -> None:
        expiry = timers.arm(0.02)
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            raise ValueError("converted") from None  # as code below the SDK might do
        finally:
            timers.disarm(expiry)

    with pytest.raises(ValueError, match="converted"):
        await converting()
    task = asyncio.current_task()
    assert task is not None
    assert task.cancelling() == 0


async def test_a_slot_timer_is_cancelled_with_its_last_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    loop = asyncio.get_running_loop()
    handles: list[asyncio.TimerHandle] = []
    call_at = loop.call_at

    def keeping(when: float, callback: Any, *args: Any) -> asyncio.TimerHandle:
        handles.append(call_at(when, callback, *args))
        return handles[-1]

    monkeypatch.setattr(loop, "call_at", keeping)
    timers = DeadlineTimers(granularity=10.0)
    base = 10.0 - loop.time() % 10.0
    first, second = timers.arm(base + 1), timers.arm(base + 2)
    timers.disarm(first)
    assert not handles[0].cancelled()  # the slot still holds a deadline
    timers.disarm(second)
    assert handles[0].cancelled()
    assert timers._slots == {}


class _Waiter:
    def __init__(self) -> None:
        self.woken = 0

    def time_out(self) -> None:
        self.woken += 1


async def test_alarms_wake_only_what_is_still_armed_with_one_loop_timer_per_slot() -> None:
    from instagram_graph_api_sdk._timers import Alarms

    loop = asyncio.get_running_loop()
    alarms = Alarms(granularity=0.05)
    kept, dropped, later = _Waiter(), _Waiter(), _Waiter()
    first = alarms.arm(loop, 0.01, kept)
    assert alarms.arm(loop, 0.01, dropped) == first  # the same slot: one loop timer for both
    assert len(alarms._slots) == 1
    other = alarms.arm(loop, 10.0, later)
    alarms.disarm(first, dropped)
    await asyncio.sleep(0.12)
    assert (kept.woken, dropped.woken, later.woken) == (1, 0, 0)
    alarms.disarm(other, later)  # the slot's last waiter: its loop timer is cancelled too
    assert alarms._slots == {}
