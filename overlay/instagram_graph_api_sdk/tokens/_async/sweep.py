"""The refresh sweep: claim due rows in leased batches, refresh them `concurrency` at a time,
commit each. Written once in `tokens/_async/sweep.py`; `tokens/_sync/sweep.py` is generated from
it. Where the two differ (a thread pool or tasks under a semaphore; database calls in a worker
thread for async) lives in `tokens/_fanout.py`.

A row's old token is only replaced by the UPDATE that writes the new one (one statement), so a
sweeper killed at any point leaves every account with a valid token: either the old one (still
valid, since it had not expired) or the new one. Its leases expire and another run picks up.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial

import httpx

from ..._exceptions import RateLimitError
from .._fanout import AsyncFanout, AsyncShared, ablocking, apause
from .._outcome import Pacer, decide, message, record
from .._records import (
    Outcome,
    SweepProgress,
    SweepReport,
    SweepStore,
    check_concurrency,
    check_when,
    check_within,
)


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
    from ..._oauth_client import AsyncInstagramOAuth
    from ..._transport import default_async_transport

    within, concurrency = check_within(within), check_concurrency(concurrency)
    fixed_now = check_when(now, "now")
    started = time.monotonic()
    report, pacer = SweepReport(), Pacer()
    total = await ablocking(store._count_due, fixed_now or store.now(), within)
    owner, batch_no = store.new_owner(), 0
    shared = AsyncShared(transport or default_async_transport("graph.instagram.com"))

    async def refresh(claim: str, row: tuple[str, bytes]) -> tuple[Outcome, str | None]:
        account_id, ciphertext = row
        if pacer.delay:
            await apause(pacer.delay)
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
            await ablocking(
                store._release,
                account_id,
                claim,
                status=decision.status,
                error=message(error),
                retry_after=decision.retry_after,
            )
            return decision.outcome, message(error)
        pacer.succeeded()
        committed = await ablocking(store._commit_refresh, account_id, claim, token)
        return ("refreshed" if committed else "skipped"), None

    try:
        async with AsyncFanout(concurrency) as fanout:
            while True:
                claim = f"{owner}:{batch_no}"
                batch_no += 1
                batch = await ablocking(
                    store._claim, claim, now=fixed_now or store.now(), within=within, limit=concurrency * 2
                )
                if not batch:
                    break
                results = await fanout.each(partial(refresh, claim), batch)
                for (account_id, _blob), (outcome, error) in zip(batch, results, strict=True):
                    record(report, account_id, outcome, error)
                    if on_progress is not None:
                        on_progress(SweepProgress(account_id, outcome, report.total, max(total, report.total)))
    finally:
        await shared.shutdown()
        report.seconds = time.monotonic() - started
    return report
