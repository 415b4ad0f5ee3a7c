"""The store's tables (SQLAlchemy Core) and the schema version, created on first use.

Times are stored as UTC epoch seconds (a float), the same on SQLite and PostgreSQL. The token
itself is only ever stored as a Fernet ciphertext (`ciphertext`); the lease columns let several
sweepers share one database (see _store.claim).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from ._errors import TokenStoreError

SCHEMA_VERSION = 1

metadata = sa.MetaData()

schema_version = sa.Table(
    "instagram_token_schema_version",
    metadata,
    sa.Column("version", sa.Integer, nullable=False),
)

tokens = sa.Table(
    "instagram_tokens",
    metadata,
    sa.Column("account_id", sa.String(64), primary_key=True),
    sa.Column("ciphertext", sa.LargeBinary, nullable=False),
    sa.Column("expires_at", sa.Double, nullable=True),
    sa.Column("issued_at", sa.Double, nullable=False),
    sa.Column("refreshed_at", sa.Double, nullable=True),
    sa.Column("scopes", sa.String(1000), nullable=False, server_default=""),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("last_error", sa.String(500), nullable=True),
    sa.Column("lease_owner", sa.String(64), nullable=True),
    sa.Column("lease_until", sa.Double, nullable=True),
    sa.Column("updated_at", sa.Double, nullable=False),
    sa.Index("ix_instagram_tokens_due", "status", "expires_at"),
)


def ensure_schema(engine: sa.Engine) -> None:
    """Create the tables if missing and check the version (a newer schema is refused, not guessed at)."""
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":  # two processes creating the schema at once
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(727274)"))
            metadata.create_all(conn, checkfirst=True)
            version = conn.execute(sa.select(schema_version.c.version)).scalar()
            if version is None:
                conn.execute(schema_version.insert().values(version=SCHEMA_VERSION))
                version = SCHEMA_VERSION
    except sa.exc.SQLAlchemyError as error:
        raise TokenStoreError(f"cannot open the token database: {describe(error)}") from None
    if version > SCHEMA_VERSION:
        raise TokenStoreError(
            f"the token database has schema version {version}, newer than this SDK's {SCHEMA_VERSION}: "
            "upgrade instagram-graph-api-sdk"
        )


def describe(error: Any) -> str:
    """A one-line database error without the SQL statement or its parameters (they hold ciphertext)."""
    orig = getattr(error, "orig", None)
    text = str(orig if orig is not None else error).strip().splitlines()
    return (text[0] if text else type(error).__name__)[:300]
