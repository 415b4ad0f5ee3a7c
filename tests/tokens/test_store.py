"""TokenStore on SQLite and a real PostgreSQL: CRUD, due(), validation, keys, encryption at rest."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, quote_plus

import pytest
from token_helpers import CANARY

from instagram_graph_api_sdk import AccessToken, InstagramError, InvalidArgumentError
from instagram_graph_api_sdk.tokens import TokenKeyError, TokenNotFoundError, TokenStore, TokenStoreError

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # the fake's epoch


def test_put_get_list_remove(store: Any) -> None:
    token = AccessToken(
        access_token=CANARY, expires_at=NOW + timedelta(days=60), permissions=("instagram_business_basic",)
    )
    stored = store.put("17841400000000001", token)
    assert stored.access_token == CANARY
    assert stored.expires_at == NOW + timedelta(days=60)
    assert stored.scopes == ("instagram_business_basic",)
    assert (stored.status, stored.last_error, stored.refreshed_at) == ("active", None, None)
    assert stored.issued_at == NOW
    store.put("acct-2", "plain-string-token", scopes=["a", "b"])
    assert [s.account_id for s in store.list()] == ["17841400000000001", "acct-2"]
    assert store.get("acct-2").scopes == ("a", "b")
    store.put("acct-2", "replaced-token")  # replaces, one row per account
    assert store.get("acct-2").access_token == "replaced-token"
    store.remove("acct-2")
    with pytest.raises(TokenNotFoundError, match="no token is stored for account acct-2"):
        store.get("acct-2")
    with pytest.raises(TokenNotFoundError, match="nothing was removed"):
        store.remove("acct-2")


def test_the_token_stays_out_of_repr_and_str(store: Any) -> None:
    stored = store.put("a1", CANARY)
    for text in (repr(stored), str(stored), repr(store.list()), repr(store.due(now=NOW + timedelta(days=2)))):
        assert CANARY not in text
        assert "a1" in text or text == "[]"


def test_due_rules(store: Any) -> None:
    store.put("fresh-unknown", "t1")  # unknown expiry, but younger than 24 h
    store.put("old-unknown", "t2", issued_at=NOW - timedelta(days=30))
    store.put("soon", "t3", issued_at=NOW - timedelta(days=55), expires_at=NOW + timedelta(days=5))
    store.put("later", "t4", issued_at=NOW - timedelta(days=10), expires_at=NOW + timedelta(days=50))
    store.put("expired", "t5", issued_at=NOW - timedelta(days=61), expires_at=NOW - timedelta(days=1))
    store.put("young-soon", "t6", issued_at=NOW - timedelta(hours=23), expires_at=NOW + timedelta(days=3))
    due = [s.account_id for s in store.due()]
    assert due == ["old-unknown", "soon"]  # unknown expiry first, then soonest
    assert [s.account_id for s in store.due(within=timedelta(days=51))] == ["old-unknown", "soon", "later"]
    # 25 hours on, the young token is old enough; the expired one is never due, and shows as expired.
    later = NOW + timedelta(hours=25)
    assert "young-soon" in [s.account_id for s in store.due(now=later)]
    assert "fresh-unknown" in [s.account_id for s in store.due(now=later)]
    assert store.get("expired").status == "expired"


@pytest.mark.parametrize(
    "account_id",
    ["", "a.b", "../etc", "x" * 65, "caf\u00e9", "a b", "a\x00b", "١٢٣"],
)
def test_bad_account_ids_are_refused(store: Any, account_id: str) -> None:
    with pytest.raises(InvalidArgumentError, match="account_id must be"):
        store.put(account_id, "tok")
    with pytest.raises(InvalidArgumentError):
        store.get(account_id)


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda s: s.put(123, "tok"), "account_id must be a string"),
        (lambda s: s.put("a", 42), "token must be an AccessToken or a str"),
        (lambda s: s.put("a", ""), "non-empty printable ASCII"),
        (lambda s: s.put("a", "x" * 5000), "at most 4096"),
        (lambda s: s.put("a", "tok\n"), "printable ASCII"),
        (lambda s: s.put("a", "tok", scopes="basic"), "list or tuple"),
        (lambda s: s.put("a", "tok", expires_at=datetime(2026, 1, 1)), "aware datetime"),
        (lambda s: s.due(within=3), "timedelta"),
        (lambda s: s.refresh_due(concurrency=0), "concurrency"),
    ],
)
def test_wrong_types_are_clear_errors(store: Any, call: Any, match: str) -> None:
    with pytest.raises(InstagramError, match=match):
        call(store)
    assert store.list() == []  # nothing was written


def test_missing_and_malformed_keys(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.delenv("INSTAGRAM_TOKEN_KEY", raising=False)
    with pytest.raises(TokenKeyError, match=r"no encryption key.*INSTAGRAM_TOKEN_KEY"):
        TokenStore(f"sqlite:///{tmp_path}/t.db")
    with pytest.raises(TokenKeyError, match="not a Fernet key"):
        TokenStore(f"sqlite:///{tmp_path}/t.db", key="too-short")
    with pytest.raises(TokenKeyError, match="key must be"):
        TokenStore(f"sqlite:///{tmp_path}/t.db", key=42)  # type: ignore[arg-type]
    assert not (tmp_path / "t.db").exists()  # no key, no database


def test_key_from_the_environment_with_rotation(monkeypatch: pytest.MonkeyPatch, tmp_path: Any, key: str) -> None:
    from cryptography.fernet import Fernet

    url = f"sqlite:///{tmp_path}/t.db"
    monkeypatch.setenv("INSTAGRAM_TOKEN_KEY", key)
    TokenStore(url).put("a1", CANARY)
    new = Fernet.generate_key().decode()
    monkeypatch.setenv("INSTAGRAM_TOKEN_KEY", f"{new}, {key}")  # new key first, old still decrypts
    rotating = TokenStore(url)
    assert rotating.get("a1").access_token == CANARY
    assert rotating.rotate_keys() == 1
    assert TokenStore(url, key=new).get("a1").access_token == CANARY  # the old key is no longer needed
    with pytest.raises(TokenKeyError, match="cannot be decrypted with the configured key"):
        TokenStore(url, key=key).get("a1")


def test_wrong_key_never_falls_back_to_plaintext(store: Any, db_url: str) -> None:
    from cryptography.fernet import Fernet

    store.put("a1", CANARY)
    other = TokenStore(db_url, key=Fernet.generate_key())
    with pytest.raises(TokenKeyError, match="wrong INSTAGRAM_TOKEN_KEY"):
        other.get("a1")
    with pytest.raises(TokenKeyError):
        other.list()
    other.close()


def test_a_row_copied_onto_another_account_fails_to_decrypt(store: Any, db_url: str) -> None:
    import sqlalchemy as sa

    store.put("victim", CANARY)
    store.put("attacker", "attacker-token")
    engine = sa.create_engine(db_url.replace("postgresql+psycopg", "postgresql+psycopg"))
    with engine.begin() as conn:
        blob = conn.execute(sa.text("SELECT ciphertext FROM instagram_tokens WHERE account_id='victim'")).scalar()
        conn.execute(sa.text("UPDATE instagram_tokens SET ciphertext=:b WHERE account_id='attacker'"), {"b": blob})
    engine.dispose()
    with pytest.raises(TokenKeyError, match="belongs to another account"):
        store.get("attacker")
    assert store.get("victim").access_token == CANARY


def test_no_token_bytes_in_the_sqlite_file(tmp_path: Any, key: str) -> None:
    url = f"sqlite:///{tmp_path}/t.db"
    store = TokenStore(url, key=key)
    store.put("17841400000000001", CANARY, scopes=["instagram_business_basic"])
    store.put("17841400000000002", AccessToken(access_token=CANARY + "2"))
    assert store.get("17841400000000001").access_token == CANARY
    store.close()
    import base64
    import json

    forms = {
        CANARY,
        quote(CANARY, safe=""),
        quote_plus(CANARY),
        json.dumps(CANARY)[1:-1],
        repr(CANARY)[1:-1],
        base64.b64encode(CANARY.encode()).decode(),
        base64.urlsafe_b64encode(CANARY.encode()).decode(),
        CANARY.encode().hex(),
        "c4n4ry",
    }
    for path in tmp_path.iterdir():  # the database and any journal or WAL file
        raw = path.read_bytes()
        for form in forms:
            assert form.encode() not in raw, (path.name, form)
            assert form.encode("utf-16-le") not in raw, (path.name, form)


def test_schema_is_versioned_and_a_newer_one_is_refused(tmp_path: Any, key: str) -> None:
    import sqlalchemy as sa

    url = f"sqlite:///{tmp_path}/t.db"
    TokenStore(url, key=key).put("a1", "tok")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        assert conn.execute(sa.text("SELECT version FROM instagram_token_schema_version")).scalar() == 1
        conn.execute(sa.text("UPDATE instagram_token_schema_version SET version = 99"))
    engine.dispose()
    with pytest.raises(TokenStoreError, match="schema version 99, newer than this SDK's 1: upgrade"):
        TokenStore(url, key=key).list()


@pytest.mark.parametrize(
    ("url", "match"),
    [
        ("not a url", "malformed database URL"),
        ("mysql://u:hunter2@h/db", "unsupported database 'mysql'"),
        ("sqlite+pysqlcipher:///x.db", "use sqlite:///"),
    ],
)
def test_bad_urls_are_one_clear_error(url: str, match: str, key: str) -> None:
    with pytest.raises(TokenStoreError, match=match) as info:
        TokenStore(url, key=key)
    assert "hunter2" not in str(info.value)


def test_unreadable_database_is_a_store_error(tmp_path: Any, key: str) -> None:
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"this is not a sqlite database" * 100)
    with pytest.raises(TokenStoreError, match="cannot open the token database"):
        TokenStore(f"sqlite:///{path}", key=key).list()
    assert path.read_bytes() == b"this is not a sqlite database" * 100  # unchanged


def test_importing_the_sdk_loads_no_database_or_crypto_module() -> None:
    code = (
        "import sys, instagram_graph_api_sdk\n"
        "print([m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'cryptography', 'psycopg')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"


def test_without_the_extra_the_import_error_says_what_to_install() -> None:
    code = "import sys; sys.modules['sqlalchemy'] = None\nimport instagram_graph_api_sdk.tokens"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "needs sqlalchemy: pip install 'instagram-graph-api-sdk[tokens]'" in result.stderr
