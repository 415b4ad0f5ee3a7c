"""Deadline timers shared by many requests: one event-loop timer per few milliseconds of deadlines.

A busy fleet has dozens of requests whose deadlines end within the same few milliseconds. Arming
one loop timer (or one `asyncio.timeout`) per request costs more than the rest of the SDK's work
on it; here deadlines are grouped into slots of `granularity` seconds, each slot has one timer,
and when it fires every task still registered in it is cancelled. A deadline is rounded up to the
end of its slot, so a task is cancelled at most `granularity` late. `AiohttpTransport`'s fast lane
uses this for the call's deadline (see `AiohttpTransport.attempt`).
"""

from __future__ import annotations

import asyncio
import math


class Expiry:
    """One task under a deadline; `expired` is set just before the timer cancels the task."""

    __slots__ = ("expired", "slot", "task")

    def __init__(self, task: asyncio.Task[object], slot: int) -> None:
        self.task = task
        self.slot = slot
        self.expired = False


class DeadlineTimers:
    """Cancels tasks whose deadline passed, with one loop timer per slot of deadlines. One
    instance belongs to one event loop (as the AiohttpTransport that holds it)."""

    __slots__ = ("_granularity", "_slots")

    def __init__(self, granularity: float = 0.005) -> None:
        self._granularity = granularity
        self._slots: dict[int, dict[Expiry, None]] = {}

    def arm(self, seconds: float) -> Expiry:
        """Cancel the current task in `seconds` (at most `granularity` later) unless disarmed."""
        loop = asyncio.get_running_loop()
        task = asyncio.current_task(loop)
        if task is None:  # pragma: no cover - the SDK's calls always run in a task
            raise RuntimeError("a deadline needs a running task")
        slot = math.ceil((loop.time() + seconds) / self._granularity)
        entries = self._slots.get(slot)
        if entries is None:
            entries = self._slots[slot] = {}
            loop.call_at(slot * self._granularity, self._fire, slot)
        expiry = Expiry(task, slot)
        entries[expiry] = None
        return expiry

    def disarm(self, expiry: Expiry) -> None:
        entries = self._slots.get(expiry.slot)
        if entries is not None:
            entries.pop(expiry, None)

    def _fire(self, slot: int) -> None:
        for expiry in self._slots.pop(slot, {}):
            expiry.expired = True
            expiry.task.cancel()

    def expired(self, expiry: Expiry | None) -> bool:
        """After a CancelledError: whether it was this deadline's (then the task's cancellation is
        taken back) rather than someone else's (which must go on)."""
        if expiry is None or not expiry.expired:
            return False
        return expiry.task.uncancel() == 0
