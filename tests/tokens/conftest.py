"""Fixtures for the token store: a SQLite file and a real PostgreSQL database per test."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """One throwaway PostgreSQL cluster for the session (tests/pg_cluster.py)."""
    from pg_cluster import postgres_cluster

    with postgres_cluster() as url:
        yield url


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh database on the session's cluster."""
    import sqlalchemy as sa

    name = "t_" + secrets.token_hex(6)
    admin = sa.create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    yield pg_server.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as conn:
        conn.execute(sa.text(f"DROP DATABASE {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Any) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/tokens.db"
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def key() -> str:
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode()


@pytest.fixture
def fake() -> Iterator[Any]:
    from instagram_graph_api_sdk.testing import FakeInstagram

    fake = FakeInstagram(real_time=False, seed=False, calls_per_hour=None)
    yield fake
    fake.close()


@pytest.fixture
def store(db_url: str, key: str, fake: Any) -> Iterator[Any]:
    from instagram_graph_api_sdk.tokens import TokenStore

    store = TokenStore(db_url, key=key, clock=fake.clock)
    yield store
    store.close()
