"""WebhookDeduplicator: each webhook event handled once, though Meta redelivers for up to 36 hours.

Imported from `instagram_graph_api_sdk` (or `.webhooks`); the events it reads are
`webhooks.WebhookEvent`s, of which it needs only `key` and `seconds()` (`Event` below).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol

from ._exceptions import ConfigurationError


class Event(Protocol):
    """What the deduplicator reads of a `WebhookEvent`."""

    @property
    def key(self) -> str: ...

    def seconds(self) -> float | None: ...


class WebhookDeduplicator:
    """Remembers recent events (by `WebhookEvent.key`) so a redelivered one is handled once.

        dedupe = WebhookDeduplicator()
        for event in InstagramWebhooks.parse_payload(body).events:
            if dedupe.first_time(event):
                handle(event)

    Bounded (least recently seen keys are forgotten first) and thread-safe. A replay that comes
    back after its key was forgotten would be handled again; `max_age` (seconds) closes that gap
    by refusing events whose `entry.time` is older than the window (or missing, or further than
    `max_age` in the future). Meta retries failed deliveries for up to 36 hours, so a shorter
    `max_age` also drops late retries. `clock` (Unix seconds) is injectable for tests.
    """

    def __init__(
        self, max_entries: int = 10_000, *, max_age: float | None = None, clock: Callable[[], float] = time.time
    ) -> None:
        if max_entries < 1:
            raise ConfigurationError("max_entries must be at least 1")
        if max_age is not None and not max_age > 0:
            raise ConfigurationError("max_age must be a positive number of seconds (or None for no window)")
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._max = max_entries
        self._max_age = max_age
        self._clock = clock
        self._lock = threading.Lock()

    def fresh(self, event: Event) -> bool:
        """Is the event's `entry.time` within `max_age` of the clock? (Always True without max_age.)"""
        if self._max_age is None:
            return True
        when = event.seconds()
        return when is not None and abs(self._clock() - when) <= self._max_age

    def first_time(self, event: Event | str) -> bool:
        """True the first time an event (or key) is seen, False for a repeat (and, with
        `max_age`, for an event outside the window, which is not remembered)."""
        if not isinstance(event, str) and not self.fresh(event):
            return False
        key = event if isinstance(event, str) else event.key
        with self._lock:
            if key in self._seen:
                self._seen.move_to_end(key)
                return False
            self._seen[key] = None
            if len(self._seen) > self._max:
                self._seen.popitem(last=False)
            return True

    def __len__(self) -> int:
        return len(self._seen)
