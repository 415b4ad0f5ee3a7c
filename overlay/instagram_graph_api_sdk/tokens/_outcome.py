"""What a sweep does with each refresh answer (pure: an error in, a decision out), and the pacer
that slows a sweep down when Meta throttles it."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import NamedTuple

from .. import _exceptions as exc
from ._errors import TokenKeyError
from ._records import Outcome, SweepReport

DEFER = timedelta(hours=1)  # a transient failure is retried by a later run, not this one
MAX_PACE = 30.0  # seconds between refresh calls at most, however hard Meta throttles


class Decision(NamedTuple):
    outcome: Outcome
    status: str | None  # the row's new status (None: unchanged)
    retry_after: timedelta | None  # keep the row out of sweeps this long


def decide(error: BaseException) -> Decision:
    """The outcome of a failed refresh. Only authentication and permission answers mark the
    account `needs_reauth` (the user must log in again); everything else leaves the old token
    in place for a later run."""
    if isinstance(error, exc.RateLimitError):
        wait = timedelta(seconds=error.retry_after) if error.retry_after else DEFER
        return Decision("throttled", None, max(wait, timedelta(minutes=5)))
    if isinstance(error, exc.AuthenticationError | exc.PermissionDeniedError | exc.ShortLivedTokenRefreshError):
        return Decision("needs_reauth", "needs_reauth", None)
    if isinstance(error, exc.TokenTooNewError):
        return Decision("deferred", None, timedelta(hours=24))
    if isinstance(error, TokenKeyError):
        return Decision("deferred", None, DEFER)
    return Decision("deferred", None, DEFER)  # transient, network, unreadable answers, anything else


def message(error: BaseException) -> str:
    """The error as stored in `last_error` (the SDK's messages are already free of secrets)."""
    if isinstance(error, exc.InstagramError):
        return f"{type(error).__name__}: {error}"[:500]
    return f"{type(error).__name__} (unexpected; see the logs)"


def record(report: SweepReport, account_id: str, outcome: Outcome, error: str | None) -> None:
    """Add one account's outcome (and its error, if any) to the sweep's report."""
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


class Pacer:
    """A pause before each refresh call that doubles on every throttled answer (up to MAX_PACE
    seconds) and halves on every success: the sweep slows down instead of hammering Meta."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.delay = 0.0

    def throttled(self, retry_after: float | None) -> None:
        with self._lock:
            self.delay = min(MAX_PACE, max(0.25, self.delay * 2, min(retry_after or 0.0, MAX_PACE)))

    def succeeded(self) -> None:
        with self._lock:
            self.delay = self.delay / 2 if self.delay > 0.01 else 0.0
