"""Opening the database: SQLite (embedded, the default) or PostgreSQL through psycopg 3."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from .._exceptions import InvalidArgumentError
from ._errors import TokenStoreError

DEFAULT_URL = "sqlite:///instagram-tokens.db"


def _sqlite_immediate(engine: sa.Engine) -> None:
    """Every SQLite transaction takes the write lock at BEGIN (BEGIN IMMEDIATE), so two processes
    never both read a row as free and then both claim it; they wait (busy timeout) instead."""

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # let SQLAlchemy's begin event issue BEGIN
        dbapi_connection.execute("PRAGMA busy_timeout = 30000")

    @sa.event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def open_engine(url: Any) -> sa.Engine:
    """An Engine for `url`; a malformed or unsupported URL is a TokenStoreError (no password in it)."""
    if not isinstance(url, str) or not url.strip():
        raise InvalidArgumentError(
            "the token store URL must be a string such as 'sqlite:///instagram-tokens.db' or "
            "'postgresql://user@host/db'"
        )
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError:
        raise TokenStoreError(
            "malformed database URL: expected sqlite:///path/to/file.db or postgresql://user:password@host/db"
        ) from None
    backend, driver = parsed.get_backend_name(), parsed.get_driver_name()
    shown = parsed.render_as_string(hide_password=True)
    if backend == "postgres":
        backend = "postgresql"
    if backend == "postgresql":
        if parsed.drivername not in ("postgres", "postgresql", "postgresql+psycopg"):
            raise TokenStoreError(f"{shown}: use postgresql:// or postgresql+psycopg:// (psycopg 3), not {driver}")
        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise TokenStoreError(
                "PostgreSQL needs psycopg 3: pip install 'instagram-graph-api-sdk[postgres]'"
            ) from None
        return sa.create_engine(parsed.set(drivername="postgresql+psycopg"), pool_pre_ping=True, pool_size=8)
    if backend == "sqlite":
        if parsed.drivername != "sqlite":
            raise TokenStoreError(f"{shown}: use sqlite:///path/to/file.db (the standard library's sqlite3)")
        memory = parsed.database in (None, "", ":memory:")
        kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False, "timeout": 30}}
        if memory:
            kwargs["poolclass"] = sa.pool.StaticPool
        engine = sa.create_engine(parsed, **kwargs)
        _sqlite_immediate(engine)
        return engine
    raise TokenStoreError(
        f"unsupported database {backend!r} in {shown}: use sqlite:///path/to/file.db (embedded) or "
        "postgresql://user@host/db (several machines)"
    )
