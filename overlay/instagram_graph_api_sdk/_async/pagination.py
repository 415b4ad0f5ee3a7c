"""Lazy pagination's loops: re-call the generated operation with the next page's parameters, one
page at a time (the decisions are in `.._paging`: which cursor, when the walk ends)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, TypeVar

from .._paging import AsyncPageMethod, Walk, check_bounds, operation_mode

T = TypeVar("T")


def apaginate(
    method: AsyncPageMethod[T],
    *args: Any,
    max_items: int | None = None,
    max_pages: int | None = None,
    **kwargs: Any,
) -> AsyncIterator[T]:
    """Yield every item of every page of `method(*args, **kwargs)`, lazily (`async for` on async
    clients). Wrong arguments raise here, at the call, not at the first iteration."""
    walk = Walk(operation_mode(method), kwargs)
    check_bounds(max_items, max_pages)
    return _apages(walk, method, args, max_items, max_pages, kwargs)


async def _apages(
    walk: Walk,
    method: AsyncPageMethod[T],
    args: tuple[Any, ...],
    max_items: int | None,
    max_pages: int | None,
    kwargs: dict[str, Any],
) -> AsyncIterator[T]:
    pages = items = 0
    while (max_pages is None or pages < max_pages) and (max_items is None or items < max_items):
        page = await method(*args, **kwargs)
        pages += 1
        for item in page.data:
            if max_items is not None and items >= max_items:
                return
            items += 1
            yield item
        params = walk.next(page)
        del page  # hold one page at a time
        if params is None:
            return
        kwargs = {**kwargs, **params}
