"""Parse Meta's usage headers into a typed snapshot. Pure functions.

`X-App-Usage` is documented as {"call_count", "total_time", "total_cputime"}, percentages of
the app's limit; graph.instagram.com really sends {"call_volume", "cpu_time"} (Meta's recorded
Postman responses, 2025), so both key sets are read. `X-Business-Use-Case-Usage` is keyed by
business object ID, each with a list of {type, call_count, total_cputime, total_time,
estimated_time_to_regain_access (minutes)}. Headers appear only once enough calls were made,
so a missing header means *unknown*, never zero.
https://developers.facebook.com/docs/graph-api/overview/rate-limiting
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any, NamedTuple

from ._constants import MAX_REGAIN_ACCESS_WAIT

# Instagram's keys -> the documented names.
_APP_KEYS = {
    "call_count": "call_count",
    "call_volume": "call_count",
    "total_time": "total_time",
    "total_cputime": "total_cputime",
    "cpu_time": "total_cputime",
}


def _number(value: Any) -> float | None:
    """A usage figure (a percentage or a number of minutes): finite and not negative, else None."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if 0 <= number < float("inf") else None  # also rejects NaN


def _json_object(raw: str | None) -> dict[str, Any] | None:
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


# Value records are NamedTuples: immutable like frozen dataclasses, and about seven times cheaper
# to define, which keeps `import instagram_graph_api_sdk` light (scripts/bench.py measures it).
class AppUsage(NamedTuple):
    """X-App-Usage: percentages (0-100) of the app's rolling one-hour limits."""

    call_count: float | None = None
    total_time: float | None = None
    total_cputime: float | None = None

    @property
    def max_percent(self) -> float | None:
        values = [v for v in (self.call_count, self.total_time, self.total_cputime) if v is not None]
        return max(values) if values else None


class BusinessUseCaseUsage(NamedTuple):
    """One X-Business-Use-Case-Usage entry for a business object (an Instagram account, a Page)."""

    business_id: str
    type: str | None = None
    call_count: float | None = None
    total_time: float | None = None
    total_cputime: float | None = None
    estimated_time_to_regain_access: float | None = None  # minutes, as Meta sends it

    @property
    def max_percent(self) -> float | None:
        values = [v for v in (self.call_count, self.total_time, self.total_cputime) if v is not None]
        return max(values) if values else None


class UsageSnapshot(NamedTuple):
    """What the last response said about rate-limit usage. Fields are None when not reported."""

    app: AppUsage | None = None
    business: tuple[BusinessUseCaseUsage, ...] = ()

    @property
    def max_percent(self) -> float | None:
        """The highest reported percentage of any limit, or None when nothing was reported."""
        values = [u.max_percent for u in (self.app, *self.business) if u is not None]
        known = [v for v in values if v is not None]
        return max(known) if known else None

    @property
    def regain_access_after(self) -> float | None:
        """Seconds until Meta stops throttling, when it says so (estimated_time_to_regain_access),
        believed up to 24 hours (a larger figure is a broken or hostile header, not a plan)."""
        minutes = [b.estimated_time_to_regain_access for b in self.business if b.estimated_time_to_regain_access]
        return min(max(minutes) * 60.0, MAX_REGAIN_ACCESS_WAIT) if minutes else None

    @property
    def is_throttled(self) -> bool:
        percent = self.max_percent
        return bool(self.regain_access_after) or (percent is not None and percent >= 100)


def parse_app_usage(raw: str | None) -> AppUsage | None:
    data = _json_object(raw)
    if data is None:
        return None
    values: dict[str, float] = {}
    for key, value in data.items():
        name = _APP_KEYS.get(key)
        number = _number(value)
        if name is not None and number is not None:
            values[name] = max(number, values.get(name, number))
    return AppUsage(**values) if values else None


def parse_business_usage(raw: str | None) -> tuple[BusinessUseCaseUsage, ...]:
    data = _json_object(raw)
    if data is None:
        return ()
    entries = []
    for business_id, items in data.items():
        for item in items if isinstance(items, list) else [items]:
            if not isinstance(item, dict):
                continue
            kind = item.get("type")
            entries.append(
                BusinessUseCaseUsage(
                    business_id=str(business_id),
                    type=kind if isinstance(kind, str) else None,
                    call_count=_number(item.get("call_count")),
                    total_time=_number(item.get("total_time")),
                    total_cputime=_number(item.get("total_cputime")),
                    estimated_time_to_regain_access=_number(item.get("estimated_time_to_regain_access")),
                )
            )
    return tuple(entries)


def parse_usage(headers: Mapping[str, str]) -> UsageSnapshot | None:
    """A snapshot from response headers, or None when neither usage header is present."""
    app_raw = headers.get("x-app-usage")
    business_raw = headers.get("x-business-use-case-usage")
    if app_raw is None and business_raw is None:
        return None
    return parse_usage_text(app_raw, business_raw)


@lru_cache(maxsize=64)
def parse_usage_text(app_raw: str | None, business_raw: str | None) -> UsageSnapshot:
    """A snapshot from the two header values (memoized: usage moves in whole percents, so
    consecutive responses usually repeat the same text, and its immutable snapshot is shared)."""
    return UsageSnapshot(app=parse_app_usage(app_raw), business=parse_business_usage(business_raw))


_USAGE_HEADER_LENGTHS = (len("x-app-usage"), len("x-business-use-case-usage"))


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

    def observe_raw(self, raw: Iterable[tuple[bytes, bytes]], now: float) -> UsageSnapshot | None:
        """Record the usage headers of a response from its raw header pairs (httpx's
        `Headers.raw`, aiohttp's `raw_headers`); None when it has none."""
        app = business = None
        for key, value in raw:  # one pass; Headers.get would scan (and decode) once per name
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
