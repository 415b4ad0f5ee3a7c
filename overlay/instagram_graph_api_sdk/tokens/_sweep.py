"""The sync sweeper: claim due rows in leased batches, refresh them on a thread pool, commit each.

A row's old token is only replaced by the UPDATE that writes the new one (one statement), so a
sweeper killed at any point leaves every account with a valid token: either the old one (still
valid, since it had not expired) or the new one. Its leases expire and another run picks up.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

import httpx

from .._exceptions import InvalidArgumentError, RateLimitError
from ._outcome import Pacer, decide, message
from ._records import Outcome, SweepProgress, SweepReport, SweepStore, check_when, check_within


class _Shared(httpx.BaseTransport):
    """One connection pool for the whole sweep (OAuth calls close their transport when done)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(request)

    def close(self) -> None:
        pass


def check_concurrency(concurrency: object) -> int:
    if not isinstance(concurrency, int) or isinstance(concurrency, bool) or not 1 <= concurrency <= 256:
        raise InvalidArgumentError("concurrency must be an integer from 1 to 256")
    return concurrency


def record(report: SweepReport, account_id: str, outcome: Outcome, error: str | None) -> None:
    if outcome == "refreshed":
        report.refreshed.append(account_id)
        return
    if outcome == "needs_reauth":
        report.needs_reauth.append(account_id)
    elif outcome == "expired":
        report.expired.append(account_id)
    elif outcome != "skipped":
        report.deferred.append(account_id)
        if outcome == "throttled":
            report.throttled += 1
    if error:
        report.errors[account_id] = error


def sweep(
    store: SweepStore,
    *,
    within: timedelta,
    concurrency: int,
    now: datetime | None,
    transport: httpx.BaseTransport | None,
    on_progress: Callable[[SweepProgress], None] | None,
    base_url: str | None,
    timeout: float,
) -> SweepReport:
    from .._oauth_client import InstagramOAuth
    from .._transport import default_transport

    within, concurrency = check_within(within), check_concurrency(concurrency)
    fixed_now = check_when(now, "now")
    started = time.monotonic()
    report, pacer = SweepReport(), Pacer()
    total = store._count_due(fixed_now or store.now(), within)
    owner, batch_no = store.new_owner(), 0
    shared = _Shared(transport or default_transport("graph.instagram.com"))

    def refresh(account_id: str, ciphertext: bytes, claim: str) -> tuple[Outcome, str | None]:
        if pacer.delay:
            time.sleep(pacer.delay)
        try:
            token = InstagramOAuth.refresh_token(
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
            store._release(
                account_id, claim, status=decision.status, error=message(error), retry_after=decision.retry_after
            )
            return decision.outcome, message(error)
        pacer.succeeded()
        return ("refreshed" if store._commit_refresh(account_id, claim, token) else "skipped"), None

    try:
        with ThreadPoolExecutor(concurrency, thread_name_prefix="instagram-sweep") as pool:
            while True:
                claim = f"{owner}:{batch_no}"
                batch_no += 1
                batch = store._claim(claim, now=fixed_now or store.now(), within=within, limit=concurrency * 2)
                if not batch:
                    break
                futures = [(account_id, pool.submit(refresh, account_id, blob, claim)) for account_id, blob in batch]
                for account_id, future in futures:
                    outcome, error = future.result()
                    record(report, account_id, outcome, error)
                    if on_progress is not None:
                        on_progress(SweepProgress(account_id, outcome, report.total, max(total, report.total)))
    finally:
        shared.inner.close()
        report.seconds = time.monotonic() - started
    return report
