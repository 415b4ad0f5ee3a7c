"""`tokens refresh-due`: the store's sweep, with a progress bar for people.

`--base-url` (the fake) is honoured with a transport that sends Meta's hosts to that origin,
keeping the path and query, so the sweep itself is the store's, unchanged.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ..tokens import TokenStore
    from ._output import Output


class RebaseTransport(httpx.BaseTransport):
    """Sends every request to `origin` (scheme, host, port), path and query unchanged."""

    def __init__(self, origin: str, inner: httpx.BaseTransport | None = None) -> None:
        self._origin = httpx.URL(origin)
        self._inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.url = request.url.copy_with(scheme=self._origin.scheme, host=self._origin.host, port=self._origin.port)
        request.headers["host"] = self._origin.netloc.decode()
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class AsyncRebaseTransport(httpx.AsyncBaseTransport):
    """The async twin of RebaseTransport."""

    def __init__(self, origin: str, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self._origin = httpx.URL(origin)
        self._inner = inner or httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.url = request.url.copy_with(scheme=self._origin.scheme, host=self._origin.host, port=self._origin.port)
        request.headers["host"] = self._origin.netloc.decode()
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def report_dict(report: Any) -> dict[str, Any]:
    """A SweepReport as data: account IDs per outcome (never a token)."""
    return {
        "refreshed": sorted(getattr(report, "refreshed", ())),
        "needs_reauth": sorted(getattr(report, "needs_reauth", ())),
        "failed": sorted(getattr(report, "failed", ())),
        "skipped": sorted(getattr(report, "skipped", ())),
    }


def run_sweep(store: TokenStore, *, within: timedelta, concurrency: int, base_url: str | None, out: Output) -> Any:
    """Run `store.refresh_due`, showing a progress bar on stderr unless --json."""
    transport = RebaseTransport(base_url) if base_url else None
    if out.json_mode:
        return store.refresh_due(within=within, concurrency=concurrency, transport=transport)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("refreshing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=out.err_console, transient=False,
    ) as progress:  # fmt: skip
        task = progress.add_task("refresh", total=None)

        def on_progress(done: int, total: int, *_: Any) -> None:
            progress.update(task, completed=done, total=total)

        return store.refresh_due(within=within, concurrency=concurrency, transport=transport, on_progress=on_progress)
