"""Lazy pagination, the pure part: which operations page, the next page's parameters, the walk's
end rules. The loops that re-call the operation are written once in `_async/pagination.py`.

`paging.next` is never requested: it carries the access token in its query string (a stale one
after a refresh) and names its own host. The next request is built from `paging.cursors.after`
(cursor edges) or from the `since`/`until` values in `paging.next` (insights, which page by
time). Only one page is held at a time, so memory stays flat however many items pass.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol, TypeVar
from urllib.parse import parse_qs, urlsplit

from ._exceptions import InvalidArgumentError

T_co = TypeVar("T_co", covariant=True)
T = TypeVar("T")


class Page(Protocol[T_co]):
    """Any generated list response: `data` plus (usually) `paging`."""

    @property
    def data(self) -> Sequence[T_co]: ...


PageMethod = Callable[..., Page[T]]
"""A namespace method that returns a page (sync)."""
AsyncPageMethod = Callable[..., Awaitable[Page[T]]]
"""A namespace method that returns a page (async)."""


def operation_mode(method: Callable[..., Any]) -> str:
    """How `method` pages (x-sdk-paginated in the spec), or InvalidArgumentError if it does not."""
    if not callable(method):  # client.paginate(client.users.get_media()): a page, not the method
        raise InvalidArgumentError(
            "client.paginate() takes the method itself, not its result: write "
            "client.paginate(client.users.get_media, arg, key=value) without the parentheses after the "
            f"method (got a {type(method).__name__})"
        )
    resource = getattr(method, "__self__", None)
    table = getattr(type(resource), "_operations", {})
    operation = table.get(getattr(method, "__name__", ""))
    if operation is None or operation.paginated is None:
        name = getattr(method, "__qualname__", None) or type(method).__name__
        raise InvalidArgumentError(
            f"{name} is not a paginated operation; pass a namespace method such as client.media.get_comments"
        )
    return str(operation.paginated)


def _value(obj: Any, name: str) -> Any:
    from instagram_graph_api_client.types import Unset  # the generated models are loaded by now

    value = getattr(obj, name, None)
    return None if isinstance(value, Unset) else value


def next_params(page: Page[Any], mode: str) -> dict[str, Any] | None:
    """The parameters of the next page's request as `page` describes them, or None when it is last."""
    paging = _value(page, "paging")
    if paging is None or not page.data:
        return None
    if mode in ("cursor", "cursor-only"):
        cursors = _value(paging, "cursors")
        after = _value(cursors, "after") if cursors is not None else None
        if not after or (mode == "cursor" and not _value(paging, "next_")):
            return None
        return {"after": after}
    if mode == "time":
        next_url = _value(paging, "next_")  # oapc renames `next` (a builtin) to `next_`
        if not isinstance(next_url, str):
            return None
        query = parse_qs(urlsplit(next_url).query)
        try:
            params: dict[str, Any] = {key: int(query[key][0]) for key in ("since", "until") if key in query}
        except ValueError:
            return None
        return params or None
    return None


class Walk:
    """Where a walk is, and the rules that make every walk end by itself, whatever the server says:
    a cursor (or time window) seen before ends it; time windows must move forward, and stop at the
    caller's `until` or, without one, at the current time (Meta offers windows into the future)."""

    __slots__ = ("last_since", "mode", "seen", "until")

    def __init__(self, mode: str, kwargs: dict[str, Any]) -> None:
        self.mode = mode
        until = kwargs.get("until")
        if not isinstance(until, int) or isinstance(until, bool):
            until = int(time.time()) if mode == "time" else None
        self.until: int | None = until
        self.last_since = kwargs.get("since") if isinstance(kwargs.get("since"), int) else None
        self.seen: set[tuple[tuple[str, Any], ...]] = set()

    def next(self, page: Page[Any]) -> dict[str, Any] | None:
        params = next_params(page, self.mode)
        if params is None:
            return None
        key = tuple(sorted(params.items()))
        if key in self.seen:
            return None
        self.seen.add(key)
        since = params.get("since")
        if self.mode == "time" and isinstance(since, int):
            if (self.until is not None and since >= self.until) or (
                self.last_since is not None and since <= self.last_since
            ):
                return None
            self.last_since = since
        return params


def check_bounds(max_items: int | None, max_pages: int | None) -> None:
    for name, value in (("max_items", max_items), ("max_pages", max_pages)):
        if value is not None and value < 0:
            raise InvalidArgumentError(f"{name} must be 0 or more, got {value}")
