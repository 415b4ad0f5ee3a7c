"""Deadline timers shared by many requests: one event-loop timer per few milliseconds of deadlines.

A busy fleet has dozens of requests whose deadlines end within the same few milliseconds. Arming
one loop timer (or one `asyncio.timeout`) per request costs more than the rest of the SDK's work
on it; here deadlines are grouped into slots of `granularity` seconds, each slot has one timer,
and when it fires every task still registered in it is cancelled. A deadline is rounded up to the
end of its slot, so a task is cancelled at most `granularity` late. `AiohttpTransport`'s fast lane
uses this for the call's deadline when it goes through aiohttp (`_aiohttp_session`); its own
connections (`_wire_pool`) bound each wait with `Alarms`, which wake a waiter instead of cancelling
a task.
"""

from __future__ import annotations

import asyncio
import math
from typing import Protocol


class Expiry:
    """One task under a deadline; `expired` is set just before the timer cancels the task."""

    __slots__ = ("baseline", "expired", "handled", "slot", "task")

    def __init__(self, task: asyncio.Task[object]) -> None:
        self.task = task
        self.slot = 0
        self.baseline = task.cancelling()  # cancellations already pending when the deadline began
        self.expired = False
        self.handled = False  # the deadline's cancellation was taken back

    def time_out(self) -> None:
        """The deadline passed (called by `Alarms`): cancel the task."""
        self.expired = True
        self.task.cancel()


class DeadlineTimers:
    """Cancels tasks whose deadline passed, on shared `Alarms` (one loop timer per slot of
    deadlines, cancelled when its last deadline is disarmed). One instance belongs to one event
    loop (as the AiohttpTransport that holds it)."""

    __slots__ = ("_alarms",)

    def __init__(self, granularity: float = 0.005) -> None:
        self._alarms = Alarms(granularity)

    @property
    def _slots(self) -> dict[int, tuple[dict[Sleeper, None], asyncio.TimerHandle]]:
        return self._alarms._slots

    def arm(self, seconds: float) -> Expiry:
        """Cancel the current task in `seconds` (at most `granularity` later) unless disarmed."""
        loop = asyncio.get_running_loop()
        task = asyncio.current_task(loop)
        if task is None:  # pragma: no cover - the SDK's calls always run in a task
            raise RuntimeError("a deadline needs a running task")
        expiry = Expiry(task)
        expiry.slot = self._alarms.arm(loop, seconds, expiry)
        return expiry

    def disarm(self, expiry: Expiry) -> None:
        """The try ended: forget its deadline. A deadline that fired but whose cancellation never
        reached `expired` (code below converted it) is taken back here, so the task is not left
        cancelling."""
        self._alarms.disarm(expiry.slot, expiry)
        if expiry.expired and not expiry.handled:
            expiry.handled = True
            expiry.task.uncancel()

    def expired(self, expiry: Expiry | None) -> bool:
        """After a CancelledError: whether it was this deadline's (its cancellation is then taken
        back) rather than someone else's, which must go on (one that was already pending when the
        deadline began counts as someone else's too)."""
        if expiry is None or not expiry.expired or expiry.handled:
            return False
        expiry.handled = True
        return expiry.task.uncancel() <= expiry.baseline


class Sleeper(Protocol):
    """What an alarm wakes: a `_wire.Connection` (its current wait ends with a timeout) or an
    `Expiry` (its task is cancelled)."""

    def time_out(self) -> None: ...


class Alarms:
    """Calls `time_out()` on waiters (the fast lane's connections, `DeadlineTimers`' expiries)
    whose time is up, with one loop timer per slot of expiry times (at most `granularity` late)."""

    __slots__ = ("_granularity", "_slots")

    def __init__(self, granularity: float = 0.005) -> None:
        self._granularity = granularity
        self._slots: dict[int, tuple[dict[Sleeper, None], asyncio.TimerHandle]] = {}

    def arm(self, loop: asyncio.AbstractEventLoop, seconds: float, conn: Sleeper) -> int:
        """Call `conn.time_out()` in `seconds` (at most `granularity` later); returns its slot."""
        slot = math.ceil((loop.time() + seconds) / self._granularity)
        found = self._slots.get(slot)
        if found is None:
            self._slots[slot] = ({conn: None}, loop.call_at(slot * self._granularity, self._fire, slot))
        else:
            found[0][conn] = None
        return slot

    def disarm(self, slot: int, conn: Sleeper) -> None:
        """Forget `conn`'s alarm; the slot's loop timer goes with its last waiter."""
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
