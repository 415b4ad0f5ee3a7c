"""The SDK's clock: one injectable `clock=` for OAuth, the clients and the token store.

A clock is any callable returning an aware `datetime` (UTC). `FakeInstagram.clock` is one, so
code under test and the fake agree on what time it is, and refresh logic can be tested offline:

    client = InstagramClient.from_store(store, account_id, clock=fake.clock, transport=fake.transport())
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from ._exceptions import ConfigurationError

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The wall clock, in UTC."""
    return datetime.now(UTC)


def resolve_clock(clock: Clock | None) -> Clock:
    """`clock`, or the wall clock when None; anything else is a ConfigurationError."""
    if clock is None:
        return system_clock
    if not callable(clock):
        raise ConfigurationError(
            f"clock must be a callable returning an aware datetime (e.g. fake.clock), got {type(clock).__name__}"
        )
    return clock


def now_from(clock: Clock) -> datetime:
    """Call the clock and insist on an aware datetime (a naive one would be read as local time)."""
    value = clock()
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ConfigurationError("the clock must return an aware datetime, e.g. datetime.now(UTC)")
    return value
