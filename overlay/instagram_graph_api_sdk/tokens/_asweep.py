"""The async sweeper: the same claims, decisions and commits as `_sweep`, with awaited refresh
calls (AsyncInstagramOAuth) bounded by a semaphore; database calls run in a worker thread."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import datetime, timedelta

import httpx

from .._exceptions import RateLimitError
from ._outcome import Pacer, decide, message
from ._records import Outcome, SweepProgress, SweepReport, SweepStore, check_when, check_within
from ._sweep import check_concurrency, record


class _AShared(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        pass


async def asweep(
    store: SweepStore,
    *,
    within: timedelta,
    concurrency: int,
    now: datetime | None,
    transport: httpx.AsyncBaseTransport | None,
    on_progress: Callable[[SweepProgress], None] | None,
    base_url: str | None,
    timeout: float,
) -> SweepReport:
    from .._oauth_client import AsyncInstagramOAuth
    from .._transport import default_async_transport

    within, concurrency = check_within(within), check_concurrency(concurrency)
    fixed_now = check_when(now, "now")
    started = time.monotonic()
    report, pacer = SweepReport(), Pacer()
    total = await asyncio.to_thread(store._count_due, fixed_now or store.now(), within)
    owner, batch_no = store.new_owner(), 0
    shared = _AShared(transport or default_async_transport("graph.instagram.com"))
    gate = asyncio.Semaphore(concurrency)

    async def refresh(account_id: str, ciphertext: bytes, claim: str) -> tuple[Outcome, str | None]:
        async with gate:
            if pacer.delay:
                await asyncio.sleep(pacer.delay)
            try:
                token = await AsyncInstagramOAuth.refresh_token(
                    access_token=store._decrypt(account_id, ciphertext),
                    transport=shared,
                    base_url=base_url,
                    timeout=timeout,
                    clock=store.clock,
                )
            except Exception as error:  # one account's failure never stops the batch
                if isinstance(error, RateLimitError):
                    pacer.throttled(error.retry_after)
                decision = decide(error)
                await asyncio.to_thread(
                    store._release,
                    account_id,
                    claim,
                    status=decision.status,
                    error=message(error),
                    retry_after=decision.retry_after,
                )
                return decision.outcome, message(error)
            pacer.succeeded()
            committed = await asyncio.to_thread(store._commit_refresh, account_id, claim, token)
            return ("refreshed" if committed else "skipped"), None

    try:
        while True:
            claim = f"{owner}:{batch_no}"
            batch_no += 1
            batch = await asyncio.to_thread(
                store._claim, claim, now=fixed_now or store.now(), within=within, limit=concurrency * 2
            )
            if not batch:
                break
            results = await asyncio.gather(*(refresh(account_id, blob, claim) for account_id, blob in batch))
            for (account_id, _blob), (outcome, error) in zip(batch, results, strict=True):
                record(report, account_id, outcome, error)
                if on_progress is not None:
                    on_progress(SweepProgress(account_id, outcome, report.total, max(total, report.total)))
    finally:
        await shared.inner.aclose()
        report.seconds = time.monotonic() - started
    return report
