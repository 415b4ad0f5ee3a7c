"""What the token store holds and reports, and the pure rules about it (no I/O here)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Protocol

from .._constants import REFRESH_MIN_AGE
from .._exceptions import InvalidArgumentError

if TYPE_CHECKING:
    from .._clock import Clock
    from .._tokens import AccessToken

Status = Literal["active", "needs_reauth", "expired"]
Outcome = Literal["refreshed", "needs_reauth", "expired", "deferred", "throttled", "skipped"]
DEFAULT_WITHIN = timedelta(days=7)  # the Access Tokens guide: refresh about a week ahead
MAX_ACCOUNT_ID = 64
MAX_TOKEN = 4096
_ACCOUNT_ID = re.compile(r"[A-Za-z0-9_-]+")


def check_account_id(account_id: Any) -> str:
    """An account id is 1-64 ASCII letters, digits, `_` or `-` (Instagram's are digits)."""
    if not isinstance(account_id, str):
        raise InvalidArgumentError(f"account_id must be a string, got {type(account_id).__name__}")
    if not account_id or len(account_id) > MAX_ACCOUNT_ID or not _ACCOUNT_ID.fullmatch(account_id):
        shown = account_id[:20].encode("ascii", "backslashreplace").decode()
        raise InvalidArgumentError(
            f"account_id must be 1-{MAX_ACCOUNT_ID} ASCII letters, digits, '_' or '-' (the Instagram user id), "
            f"got {shown!r}{'...' if len(account_id) > 20 else ''}"
        )
    return account_id


def check_token(token: Any) -> str:
    if not isinstance(token, str):
        raise InvalidArgumentError(f"token must be an AccessToken or a str, got {type(token).__name__}")
    if not token.strip() or len(token) > MAX_TOKEN or not token.isascii() or not token.isprintable():
        raise InvalidArgumentError(
            f"token must be a non-empty printable ASCII string of at most {MAX_TOKEN} characters"
        )
    return token


def check_scopes(scopes: Any) -> tuple[str, ...]:
    if isinstance(scopes, str) or not isinstance(scopes, list | tuple | set | frozenset):
        raise InvalidArgumentError("scopes must be a list or tuple of scope names, e.g. ['instagram_business_basic']")
    out = tuple(scopes)
    if not all(isinstance(s, str) and s and "," not in s and s.isascii() for s in out):
        raise InvalidArgumentError("every scope must be a non-empty ASCII string without commas")
    return out


def check_when(value: Any, name: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise InvalidArgumentError(f"{name} must be an aware datetime (e.g. with tzinfo=UTC) or None")
    return value


def check_within(within: Any) -> timedelta:
    if not isinstance(within, timedelta) or within < timedelta(0):
        raise InvalidArgumentError("within must be a non-negative timedelta, e.g. timedelta(days=7)")
    return within


def check_concurrency(concurrency: object) -> int:
    if not isinstance(concurrency, int) or isinstance(concurrency, bool) or not 1 <= concurrency <= 256:
        raise InvalidArgumentError("concurrency must be an integer from 1 to 256")
    return concurrency


def is_due(*, status: str, issued_at: datetime, expires_at: datetime | None, now: datetime, within: timedelta) -> bool:
    """Refresh now? Active, at least 24 hours old, not expired, and expiring within `within`
    (an unknown expiry counts as due: the refresh answer establishes it)."""
    if status != "active" or now - issued_at < REFRESH_MIN_AGE:
        return False
    if expires_at is None:
        return True
    return now < expires_at <= now + within


@dataclass(frozen=True, slots=True)
class StoredToken:
    """One account's token as stored. `repr()` and `str()` leave the token out; read
    `.access_token` to use it."""

    account_id: str
    access_token: str = field(repr=False)
    expires_at: datetime | None
    issued_at: datetime
    refreshed_at: datetime | None
    scopes: tuple[str, ...]
    status: Status
    last_error: str | None

    def is_due(self, *, within: timedelta = DEFAULT_WITHIN, now: datetime) -> bool:
        """The store's rule (see TokenStore.due) for this token at `now`."""
        return is_due(status=self.status, issued_at=self.issued_at, expires_at=self.expires_at, now=now, within=within)


class SweepProgress(NamedTuple):
    """One account finished in a sweep (passed to `on_progress`)."""

    account_id: str
    outcome: Outcome
    done: int
    total: int


@dataclass(slots=True)
class SweepReport:
    """What one `refresh_due()` run did. Account ids per outcome; `errors` holds the (redacted)
    error message for every account that was not refreshed."""

    refreshed: list[str] = field(default_factory=list)
    needs_reauth: list[str] = field(default_factory=list)
    expired: list[str] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)  # transient or throttled: left for the next run
    errors: dict[str, str] = field(default_factory=dict)
    throttled: int = 0
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return len(self.refreshed) + len(self.needs_reauth) + len(self.expired) + len(self.deferred)

    def __str__(self) -> str:
        return (
            f"{len(self.refreshed)} refreshed, {len(self.needs_reauth)} need re-login, {len(self.expired)} expired, "
            f"{len(self.deferred)} left for the next run ({self.throttled} throttled) in {self.seconds:.1f} s"
        )


class SweepStore(Protocol):
    """The eight members of TokenStore that the sweeps (`_async/sweep.py`, `_sync/sweep.py`) use, so they take this
    rather than TokenStore (whose refresh_due()/arefresh_due() import them: no import cycle)."""

    @property
    def clock(self) -> Clock: ...

    def now(self) -> datetime: ...

    def new_owner(self) -> str: ...

    def _count_due(self, now: datetime, within: timedelta) -> int: ...

    def _claim(self, owner: str, *, now: datetime, within: timedelta, limit: int) -> list[tuple[str, bytes]]: ...

    def _decrypt(self, account_id: str, ciphertext: bytes) -> str: ...

    def _commit_refresh(self, account_id: str, owner: str, token: AccessToken) -> bool: ...

    def _release(
        self,
        account_id: str,
        owner: str,
        *,
        status: str | None = None,
        error: str | None = None,
        retry_after: timedelta | None = None,
    ) -> None: ...
