"""Lazy pagination: re-call the generated operation with the next cursor, one page at a time.

`paging.next` is never requested: it carries the access token in its query string (a stale one
after a refresh) and names its own host. The next request is built from `paging.cursors.after`
(cursor edges) or from the `since`/`until` values in `paging.next` (insights, which page by
time). Only one page is held at a time, so memory stays flat however many items pass.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar
from urllib.parse import parse_qs, urlsplit

from ._exceptions import InvalidArgumentError

T_co = TypeVar("T_co", covariant=True)


class Page(Protocol[T_co]):
    """Any generated list response: `data` plus (usually) `paging`."""

    @property
    def data(self) -> Sequence[T_co]: ...


def operation_mode(method: Callable[..., Any]) -> str:
    """How `method` pages (x-sdk-paginated in the spec), or InvalidArgumentError if it does not."""
    resource = getattr(method, "__self__", None)
    table = getattr(type(resource), "_operations", {})
    operation = table.get(getattr(method, "__name__", ""))
    if operation is None or operation.paginated is None:
        name = getattr(method, "__qualname__", repr(method))
        raise InvalidArgumentError(
            f"{name} is not a paginated operation; pass a namespace method such as client.media.get_comments"
        )
    return str(operation.paginated)


def _value(obj: Any, name: str) -> Any:
    from instagram_graph_api_client.types import Unset  # the generated models are loaded by now

    value = getattr(obj, name, None)
    return None if isinstance(value, Unset) else value


def next_params(page: Page[Any], mode: str, previous: tuple[Any, ...] | None) -> dict[str, Any] | None:
    """The parameters of the next page's request, or None when `page` is the last one."""
    paging = _value(page, "paging")
    if paging is None or not page.data:
        return None
    if mode in ("cursor", "cursor-only"):
        cursors = _value(paging, "cursors")
        after = _value(cursors, "after") if cursors is not None else None
        if not after or (mode == "cursor" and not _value(paging, "next_")):
            return None
        params: dict[str, Any] = {"after": after}
    elif mode == "time":
        next_url = _value(paging, "next_")  # oapc renames `next` (a builtin) to `next_`
        if not isinstance(next_url, str):
            return None
        query = parse_qs(urlsplit(next_url).query)
        try:
            params = {key: int(query[key][0]) for key in ("since", "until") if key in query}
        except ValueError:
            return None
        if not params:
            return None
    else:
        return None
    return None if previous is not None and tuple(params.values()) == previous else params


def _stop_at(params: dict[str, Any], until: Any) -> bool:
    """For time paging: stop once the next window starts at or after the caller's `until`."""
    return isinstance(until, int) and isinstance(params.get("since"), int) and params["since"] >= until


def _check_bounds(max_items: int | None, max_pages: int | None) -> None:
    for name, value in (("max_items", max_items), ("max_pages", max_pages)):
        if value is not None and value < 0:
            raise InvalidArgumentError(f"{name} must be 0 or more, got {value}")


def paginate(
    method: Callable[..., Page[T_co]],
    *args: Any,
    max_items: int | None = None,
    max_pages: int | None = None,
    **kwargs: Any,
) -> Iterator[T_co]:
    """Yield every item of every page of `method(*args, **kwargs)`, lazily."""
    mode = operation_mode(method)
    _check_bounds(max_items, max_pages)
    until = kwargs.get("until")
    previous: tuple[Any, ...] | None = None
    pages = items = 0
    while (max_pages is None or pages < max_pages) and (max_items is None or items < max_items):
        page = method(*args, **kwargs)
        pages += 1
        for item in page.data:
            if max_items is not None and items >= max_items:
                return
            items += 1
            yield item
        params = next_params(page, mode, previous)
        del page  # hold one page at a time
        if params is None or _stop_at(params, until):
            return
        previous = tuple(params.values())
        kwargs = {**kwargs, **params}


async def apaginate(
    method: Callable[..., Awaitable[Page[T_co]]],
    *args: Any,
    max_items: int | None = None,
    max_pages: int | None = None,
    **kwargs: Any,
) -> AsyncIterator[T_co]:
    """The async counterpart of `paginate` (use with `async for`)."""
    mode = operation_mode(method)
    _check_bounds(max_items, max_pages)
    until = kwargs.get("until")
    previous: tuple[Any, ...] | None = None
    pages = items = 0
    while (max_pages is None or pages < max_pages) and (max_items is None or items < max_items):
        page = await method(*args, **kwargs)
        pages += 1
        for item in page.data:
            if max_items is not None and items >= max_items:
                return
            items += 1
            yield item
        params = next_params(page, mode, previous)
        del page
        if params is None or _stop_at(params, until):
            return
        previous = tuple(params.values())
        kwargs = {**kwargs, **params}
