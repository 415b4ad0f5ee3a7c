"""TokenStore: encrypted Instagram tokens in SQLite or PostgreSQL (SQLAlchemy Core 2.x).

    store = TokenStore("sqlite:///instagram-tokens.db", key=os.environ["INSTAGRAM_TOKEN_KEY"])
    store.put(token.user_id, token)
    report = store.refresh_due()          # a weekly (or daily) job

The row-level rules (what is due, which account id is valid) live in `_records`; encryption in
`_crypto`; the sweeper in `_async/sweep.py` (its sync twin `_sync/sweep.py` is generated).
This module only reads and writes rows.
"""

from __future__ import annotations

import builtins
import secrets
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Self

import sqlalchemy as sa

from .._clock import Clock, now_from, resolve_clock
from .._exceptions import InvalidArgumentError
from .._redact import register_secret
from .._tokens import AccessToken
from . import _records as rec
from . import _statements as sql
from ._crypto import TokenCipher
from ._engine import DEFAULT_URL, open_engine
from ._errors import TokenNotFoundError, TokenStoreError
from ._schema import describe, ensure_schema, tokens

if TYPE_CHECKING:
    import httpx

    from ._records import StoredToken, SweepProgress, SweepReport

T = tokens.c
DEFAULT_LEASE = timedelta(minutes=15)


_ts, _dt = sql.ts, sql.dt


class TokenStore:
    """Encrypted long-lived tokens, one per account, with a refresh sweeper.

    Args:
        url: A SQLAlchemy URL: `sqlite:///path.db` (default `sqlite:///instagram-tokens.db`) or
            `postgresql://user:password@host/db` (psycopg 3) for apps on several machines.
        key: A Fernet key, or a list of them (the first encrypts, all decrypt: put a new key first
            to rotate, then call `rotate_keys()`). Default: `INSTAGRAM_TOKEN_KEY`, comma-separated.
        clock: The time source (default: the wall clock; `FakeInstagram.clock` in tests).
        lease: How long a sweeper owns a row it is refreshing; a killed sweeper's rows free up after it.

    The schema is created on first use. Missing or wrong keys raise TokenKeyError; nothing is
    ever stored or read in plaintext.
    """

    def __init__(
        self,
        url: str = DEFAULT_URL,
        key: str | bytes | Sequence[str | bytes] | None = None,
        *,
        clock: Clock | None = None,
        lease: timedelta = DEFAULT_LEASE,
    ) -> None:
        self._cipher = TokenCipher(key)
        if not isinstance(lease, timedelta) or lease <= timedelta(0):
            raise InvalidArgumentError("lease must be a positive timedelta")
        self._clock = resolve_clock(clock)
        self._lease = lease
        self._engine = open_engine(url)
        self.dialect = self._engine.dialect.name
        # SQLite has one writer at a time; one lock per store keeps this process's threads in line.
        self._lock: Any = threading.RLock() if self.dialect == "sqlite" else None
        self._ready = False

    # --- plumbing
    @property
    def clock(self) -> Clock:
        return self._clock

    def now(self) -> datetime:
        """The store's clock."""
        return now_from(self._clock)

    @contextmanager
    def _begin(self) -> Iterator[sa.Connection]:
        with self._lock or nullcontext():
            if not self._ready:
                ensure_schema(self._engine)
                self._ready = True
            try:
                with self._engine.begin() as conn:
                    yield conn
            except sa.exc.SQLAlchemyError as error:
                raise TokenStoreError(f"token database error: {describe(error)}") from None

    def close(self) -> None:
        """Release the database connections."""
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"TokenStore({self._engine.url.render_as_string(hide_password=True)!r})"

    def _stored(self, row: Any, now: datetime) -> StoredToken:
        token = self._cipher.decrypt(row.account_id, row.ciphertext)
        register_secret(token)
        expires = _dt(row.expires_at)
        status = row.status
        if status == "active" and expires is not None and expires <= now:
            status = "expired"
        issued = _dt(row.issued_at)
        assert issued is not None
        return rec.StoredToken(
            account_id=row.account_id,
            access_token=token,
            expires_at=expires,
            issued_at=issued,
            refreshed_at=_dt(row.refreshed_at),
            scopes=tuple(s for s in row.scopes.split(",") if s),
            status=status,
            last_error=row.last_error,
        )

    # --- the public API
    def put(
        self,
        account_id: str,
        token: AccessToken | str,
        *,
        expires_at: datetime | None = None,
        scopes: Sequence[str] = (),
        issued_at: datetime | None = None,
    ) -> StoredToken:
        """Store (or replace) an account's token; status becomes `active`. An AccessToken brings
        its own expiry and permissions. `issued_at` defaults to now (a token is refreshable 24 h after)."""
        account_id = rec.check_account_id(account_id)
        if isinstance(token, AccessToken):
            expires_at = expires_at or token.expires_at
            scopes = scopes or token.permissions
            value = token.access_token
        else:
            value = token
        value = rec.check_token(value)
        scope_list = rec.check_scopes(scopes)
        expires_at = rec.check_when(expires_at, "expires_at")
        now = self.now()
        issued = rec.check_when(issued_at, "issued_at") or now
        values = {
            "ciphertext": self._cipher.encrypt(account_id, value),
            "expires_at": _ts(expires_at),
            "issued_at": _ts(issued),
            "refreshed_at": None,
            "scopes": ",".join(scope_list),
            "status": "active",
            "last_error": None,
            "lease_owner": None,
            "lease_until": None,
            "updated_at": _ts(now),
        }
        upsert = sql.upsert(self.dialect, account_id, values)
        with self._begin() as conn:
            conn.execute(upsert)
        return self.get(account_id)

    def get(self, account_id: str) -> StoredToken:
        """The account's token, or TokenNotFoundError."""
        account_id = rec.check_account_id(account_id)
        with self._begin() as conn:
            row = conn.execute(sa.select(tokens).where(T.account_id == account_id)).first()
        if row is None:
            raise TokenNotFoundError(f"no token is stored for account {account_id}; log it in first")
        return self._stored(row, self.now())

    def remove(self, account_id: str) -> None:
        """Delete the account's token (TokenNotFoundError if there is none)."""
        account_id = rec.check_account_id(account_id)
        with self._begin() as conn:
            deleted = conn.execute(sa.delete(tokens).where(T.account_id == account_id)).rowcount
        if not deleted:
            raise TokenNotFoundError(f"no token is stored for account {account_id}; nothing was removed")

    def list(self) -> list[StoredToken]:
        """Every stored token, by account id."""
        with self._begin() as conn:
            rows = conn.execute(sa.select(tokens).order_by(T.account_id)).all()
        now = self.now()
        return [self._stored(row, now) for row in rows]

    def due(self, within: timedelta = rec.DEFAULT_WITHIN, now: datetime | None = None) -> builtins.list[StoredToken]:
        """Active tokens to refresh now: at least 24 hours old, not expired, and expiring within
        `within` (an unknown expiry counts as due). Soonest expiry first."""
        within = rec.check_within(within)
        now = rec.check_when(now, "now") or self.now()
        with self._begin() as conn:
            rows = conn.execute(
                sa.select(tokens).where(sql.due_clause(now, within)).order_by(*sql.soonest_first())
            ).all()
        return [self._stored(row, now) for row in rows]

    def rotate_keys(self) -> int:
        """Re-encrypt every token with the first key (after putting a new key first); returns the count."""
        with self._begin() as conn:
            rows = conn.execute(sa.select(T.account_id, T.ciphertext)).all()
            for row in rows:
                self._cipher.decrypt(row.account_id, row.ciphertext)  # checks the account binding too
                conn.execute(
                    sa.update(tokens)
                    .where(T.account_id == row.account_id)
                    .values(ciphertext=self._cipher.rotate(row.ciphertext))
                )
        return len(rows)

    def refresh_due(
        self,
        *,
        within: timedelta = rec.DEFAULT_WITHIN,
        concurrency: int = 16,
        now: datetime | None = None,
        transport: httpx.BaseTransport | None = None,
        on_progress: Callable[[SweepProgress], None] | None = None,
        base_url: str | None = None,
        timeout: float = 30.0,
    ) -> SweepReport:
        """Refresh every due token (see `due`), `concurrency` at a time, and write each new token
        and expiry atomically. One account's failure never stops the sweep: an authentication
        error marks it `needs_reauth`; a transient or throttling error leaves it for the next run
        (throttling also slows the sweep). Safe to run on several machines at once."""
        from ._sync.sweep import sweep

        return sweep(
            self,
            within=within,
            concurrency=concurrency,
            now=now,
            transport=transport,
            on_progress=on_progress,
            base_url=base_url,
            timeout=timeout,
        )

    async def arefresh_due(
        self,
        *,
        within: timedelta = rec.DEFAULT_WITHIN,
        concurrency: int = 16,
        now: datetime | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        on_progress: Callable[[SweepProgress], None] | None = None,
        base_url: str | None = None,
        timeout: float = 30.0,
    ) -> SweepReport:
        """The async sweep (the same rules as `refresh_due`)."""
        from ._async.sweep import asweep

        return await asweep(
            self,
            within=within,
            concurrency=concurrency,
            now=now,
            transport=transport,
            on_progress=on_progress,
            base_url=base_url,
            timeout=timeout,
        )

    # --- what the sweeper and the clients use (not public API; the statements are in _statements)
    @staticmethod
    def new_owner() -> str:
        return "sweep-" + secrets.token_hex(8)

    def _wall(self) -> float:
        return self.now().timestamp()

    def _claim(self, owner: str, *, now: datetime, within: timedelta, limit: int) -> builtins.list[tuple[str, bytes]]:
        """Lease up to `limit` due rows to `owner`: (account_id, ciphertext) for each (`sql.claim`)."""
        statement = sql.claim(
            owner, wall=self._wall(), lease=self._lease, now=now, within=within, limit=limit, dialect=self.dialect
        )
        with self._begin() as conn:
            return [(row.account_id, row.ciphertext) for row in conn.execute(statement)]

    def _claim_one(self, account_id: str, owner: str) -> bytes | None:
        """Lease one row (a client refreshing its own token); None when a sweeper holds it."""
        statement = sql.claim_one(account_id, owner, wall=self._wall(), lease=self._lease)
        with self._begin() as conn:
            row = conn.execute(statement).first()
        return None if row is None else bytes(row.ciphertext)

    def _decrypt(self, account_id: str, ciphertext: bytes) -> str:
        token = self._cipher.decrypt(account_id, ciphertext)
        register_secret(token)
        return token

    def _commit_refresh(self, account_id: str, owner: str, token: AccessToken) -> bool:
        """Write the new token and expiry in one statement, only while `owner` holds the lease (a
        put() in between wins). False when the lease was lost: the old token stays, still valid."""
        statement = sql.commit_refresh(
            account_id,
            owner,
            ciphertext=self._cipher.encrypt(account_id, token.access_token),
            expires_at=token.expires_at,
            scopes=tuple(token.permissions or ()),
            now=self._wall(),
        )
        with self._begin() as conn:
            return bool(conn.execute(statement).rowcount)

    def _release(
        self,
        account_id: str,
        owner: str,
        *,
        status: str | None = None,
        error: str | None = None,
        retry_after: timedelta | None = None,
    ) -> None:
        """End a lease (`sql.release`): record the error and status, defer the row by `retry_after`."""
        statement = sql.release(account_id, owner, now=self.now(), status=status, error=error, retry_after=retry_after)
        with self._begin() as conn:
            conn.execute(statement)

    def _count_due(self, now: datetime, within: timedelta) -> int:
        with self._begin() as conn:
            return int(conn.execute(sql.count_due(now, within)).scalar() or 0)
