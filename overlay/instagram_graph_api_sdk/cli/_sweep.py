"""`tokens refresh-due`: the store's sweep, with a progress bar for people.

The sweep itself is the store's (`TokenStore.refresh_due`), unchanged; `--base-url` points it
at another origin (the fake Instagram).
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..tokens import SweepProgress, SweepReport, TokenStore
    from ._output import Output


def report_dict(report: SweepReport) -> dict[str, Any]:
    """A SweepReport as data: account IDs per outcome and the (redacted) errors; never a token."""
    return {
        "refreshed": sorted(report.refreshed),
        "needs_reauth": sorted(report.needs_reauth),
        "expired": sorted(report.expired),
        "deferred": sorted(report.deferred),
        "errors": dict(sorted(report.errors.items())),
        "throttled": report.throttled,
        "seconds": round(report.seconds, 3),
    }


def run_sweep(
    store: TokenStore, *, within: timedelta, concurrency: int, base_url: str | None, out: Output
) -> SweepReport:
    """Run `store.refresh_due`, showing a progress bar on stderr unless --json."""
    if out.json_mode:
        return store.refresh_due(within=within, concurrency=concurrency, base_url=base_url)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("refreshing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=out.err_console,
        transient=False,
    ) as progress:
        task = progress.add_task("refresh", total=None)

        def on_progress(step: SweepProgress) -> None:
            progress.update(task, completed=step.done, total=step.total)

        return store.refresh_due(within=within, concurrency=concurrency, base_url=base_url, on_progress=on_progress)
