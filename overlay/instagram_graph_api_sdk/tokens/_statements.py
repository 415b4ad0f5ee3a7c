"""The token store's SQL, as pure functions that build SQLAlchemy Core statements (no I/O).

`TokenStore` (`_store.py`) runs them; the rules they encode are the sweeper's: which rows are due,
how a row is leased to one sweeper at a time, and how a refresh is written only while its lease
holds. Times are stored as POSIX seconds (`ts`), so SQLite and PostgreSQL compare them alike.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from .._constants import REFRESH_MIN_AGE
from ._schema import tokens

T = tokens.c


def ts(when: datetime | None) -> float | None:
    return None if when is None else when.timestamp()


def dt(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


def due_clause(now: datetime, within: timedelta) -> Any:
    """Active, at least 24 hours old (Meta refuses younger tokens), not expired, and expiring
    within `within` (an unknown expiry counts as due)."""
    return sa.and_(
        T.status == "active",
        T.issued_at <= ts(now - REFRESH_MIN_AGE),
        sa.or_(T.expires_at.is_(None), sa.and_(T.expires_at > ts(now), T.expires_at <= ts(now + within))),
    )


def soonest_first() -> tuple[Any, ...]:
    return (T.expires_at.asc().nulls_first(), T.account_id)


def upsert(dialect_name: str, account_id: str, values: dict[str, Any]) -> Any:
    """Insert the row, or replace every value of an existing one."""
    if dialect_name == "postgresql":
        from sqlalchemy.dialects import postgresql as dialect
    else:
        from sqlalchemy.dialects import sqlite as dialect  # type: ignore[no-redef]
    statement = dialect.insert(tokens).values(account_id=account_id, **values)
    return statement.on_conflict_do_update(index_elements=[T.account_id], set_=values)


def _free(wall: float) -> Any:
    return sa.or_(T.lease_until.is_(None), T.lease_until < wall)


def claim(
    owner: str, *, wall: float, lease: timedelta, now: datetime, within: timedelta, limit: int, dialect: str
) -> Any:
    """Lease up to `limit` due rows to `owner`, returning (account_id, ciphertext) for each.

    One UPDATE ... WHERE account_id IN (SELECT ... [FOR UPDATE SKIP LOCKED]) RETURNING: on
    PostgreSQL concurrent sweepers skip each other's locked rows; on SQLite the statement runs
    under the database's write lock (BEGIN IMMEDIATE). Either way a row has one owner at a time."""
    pick = sa.select(T.account_id).where(due_clause(now, within), _free(wall)).order_by(*soonest_first()).limit(limit)
    if dialect == "postgresql":
        pick = pick.with_for_update(skip_locked=True)
    return (
        sa.update(tokens)
        .where(T.account_id.in_(pick), _free(wall))
        .values(lease_owner=owner, lease_until=wall + lease.total_seconds())
        .returning(T.account_id, T.ciphertext)
    )


def claim_one(account_id: str, owner: str, *, wall: float, lease: timedelta) -> Any:
    """Lease one row (a client refreshing its own token), unless a sweeper holds it."""
    return (
        sa.update(tokens)
        .where(T.account_id == account_id, _free(wall))
        .values(lease_owner=owner, lease_until=wall + lease.total_seconds())
        .returning(T.ciphertext)
    )


def commit_refresh(
    account_id: str, owner: str, *, ciphertext: bytes, expires_at: datetime | None, scopes: tuple[str, ...], now: float
) -> Any:
    """The new token and expiry, written only while `owner` holds the lease (a put() in between wins)."""
    values: dict[str, Any] = {
        "ciphertext": ciphertext,
        "expires_at": ts(expires_at),
        "issued_at": now,
        "refreshed_at": now,
        "status": "active",
        "last_error": None,
        "lease_owner": None,
        "lease_until": None,
        "updated_at": now,
    }
    if scopes:
        values["scopes"] = ",".join(scopes)
    return sa.update(tokens).where(T.account_id == account_id, T.lease_owner == owner).values(**values)


def release(
    account_id: str,
    owner: str,
    *,
    now: datetime,
    status: str | None,
    error: str | None,
    retry_after: timedelta | None,
) -> Any:
    """End a lease: record the error (and a new status), and keep the row out of sweeps for
    `retry_after` (a deferred row is not retried in the same run)."""
    values: dict[str, Any] = {"lease_owner": None, "lease_until": ts(now + retry_after) if retry_after else None}
    if error is not None:
        values["last_error"] = error[:500]
        values["updated_at"] = ts(now)
    if status is not None:
        values["status"] = status
    return sa.update(tokens).where(T.account_id == account_id, T.lease_owner == owner).values(**values)


def count_due(now: datetime, within: timedelta) -> Any:
    return sa.select(sa.func.count()).select_from(tokens).where(due_clause(now, within))
