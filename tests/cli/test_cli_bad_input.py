"""Bad input is one clear line (or one JSON error with --json), a documented exit code, and
changes nothing: the database files are byte for byte the same afterwards.

These run `main()` in-process (the end-to-end tests run real processes), so the whole matrix
stays fast."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from instagram_graph_api_sdk.cli import ExitCode, main

from .conftest import CANARY, KEY, OTHER_KEY, canary_forms

ACCOUNT = "17841400000000001"
TOKEN = "fake-long-lived-0123456789abcdef01234567"


@pytest.fixture
def store_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store with two accounts, the environment pointing at it, and the test key set."""
    from instagram_graph_api_sdk.tokens import TokenStore

    for name in (
        "INSTAGRAM_APP_ID",
        "INSTAGRAM_APP_SECRET",
        "INSTAGRAM_ACCOUNT_ID",
        "INSTAGRAM_BASE_URL",
        "INSTAGRAM_ACCESS_TOKEN",
        "INSTAGRAM_REDIRECT_URI",
        "INSTAGRAM_REDIRECT_PORT",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("INSTAGRAM_TOKEN_KEY", KEY)
    monkeypatch.setenv("INSTAGRAM_TOKENS_DB", f"sqlite:///{tmp_path / 'tokens.db'}")
    monkeypatch.chdir(tmp_path)
    with TokenStore(f"sqlite:///{tmp_path / 'tokens.db'}", key=KEY) as store:
        store.put(ACCOUNT, TOKEN)
        store.put("canary-account", CANARY)
    return tmp_path


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` and its SHA-256."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()
    }


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_line(err: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("instagram-graph: error: ")
    assert "Traceback" not in err


CASES = [
    # unknown account
    (["tokens", "remove", "nope"], {}, ExitCode.STORE, "no token is stored for account nope"),
    (["tokens", "status", "nope"], {}, ExitCode.STORE, "no token is stored for account nope"),
    (["me", "--account", "nope"], {}, ExitCode.STORE, "no token is stored for account nope"),
    (["call", "GET", "/me", "--account", "nope"], {}, ExitCode.STORE, "no token is stored"),
    (["me"], {}, ExitCode.USAGE, "choose one with --account"),
    # malformed URLs and paths
    (["tokens", "list", "--db", "::not a url"], {}, ExitCode.USAGE, "--db is not a database URL"),
    (["tokens", "list", "--db", "mysql://user@db.example/tokens"], {}, ExitCode.STORE, "unsupported database"),
    (["me", "-a", ACCOUNT, "--base-url", "ftp://example.com"], {}, ExitCode.USAGE, "must be an https://"),
    (["me", "-a", ACCOUNT, "--base-url", "http://example.com"], {}, ExitCode.USAGE, "loopback"),
    (["me", "-a", ACCOUNT, "--base-url", "not a url"], {}, ExitCode.USAGE, "--base-url must be an origin"),
    (["call", "GET", "https://graph.instagram.com/me", "-a", ACCOUNT], {}, ExitCode.USAGE, "(no host)"),
    (["call", "GET", "/v25.0/me", "-a", ACCOUNT], {}, ExitCode.USAGE, "--api-version"),
    (["call", "GET", "/me/../x", "-a", ACCOUNT], {}, ExitCode.USAGE, "malformed Graph API path"),
    (["call", "GET", "/me", "-f", "access_token=x", "-a", ACCOUNT], {}, ExitCode.USAGE, "do not pass access_token"),
    (["call", "GET", "/me", "-f", "no-equals", "-a", ACCOUNT], {}, ExitCode.USAGE, "--field takes key=value"),
    (["call", "PUT", "/me", "-a", ACCOUNT], {}, ExitCode.USAGE, "METHOD must be one of"),
    (
        ["tokens", "add", "x", "--expires-at", "tomorrow"],
        {"INSTAGRAM_ACCESS_TOKEN": "t0ken-value"},
        ExitCode.USAGE,
        "ISO 8601",
    ),
    (["tokens", "status", "--within", "-1"], {}, ExitCode.USAGE, "--within"),
    (["fake-server", "--port", "65536"], {}, ExitCode.USAGE, "65536 is not in the range"),
    # wrong or missing key
    (["tokens", "list"], {"INSTAGRAM_TOKEN_KEY": OTHER_KEY}, ExitCode.STORE, "key"),
    (
        ["tokens", "add", "new-account"],
        {"INSTAGRAM_TOKEN_KEY": OTHER_KEY, "INSTAGRAM_ACCESS_TOKEN": "t0ken-value"},
        ExitCode.STORE,
        "key",
    ),
    (["tokens", "remove", ACCOUNT], {"INSTAGRAM_TOKEN_KEY": OTHER_KEY}, ExitCode.STORE, "key"),
    (["tokens", "refresh-due"], {"INSTAGRAM_TOKEN_KEY": OTHER_KEY}, ExitCode.STORE, "key"),
    (["me", "-a", ACCOUNT], {"INSTAGRAM_TOKEN_KEY": OTHER_KEY}, ExitCode.STORE, "key"),
    (["tokens", "list"], {"INSTAGRAM_TOKEN_KEY": ""}, ExitCode.STORE, "no encryption key"),
    (["tokens", "list"], {"INSTAGRAM_TOKEN_KEY": "not-a-fernet-key"}, ExitCode.STORE, "not a Fernet key"),
    # login without what it needs
    (["login"], {}, ExitCode.USAGE, "INSTAGRAM_APP_ID"),
    (["login"], {"INSTAGRAM_APP_ID": "123"}, ExitCode.USAGE, "INSTAGRAM_APP_SECRET"),
    (
        ["login", "--redirect-uri", "https://example.com/cb"],
        {"INSTAGRAM_APP_ID": "1", "INSTAGRAM_APP_SECRET": "s3cr3t-app"},
        ExitCode.USAGE,
        "--redirect-uri must be http://127.0.0.1",
    ),
]


@pytest.mark.parametrize("json_mode", [False, True], ids=["text", "json"])
@pytest.mark.parametrize(("args", "env", "code", "says"), CASES)
def test_bad_input_is_one_line_and_changes_nothing(
    store_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    json_mode: bool,
    args: list[str],
    env: dict[str, str],
    code: ExitCode,
    says: str,
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    before = snapshot(store_dir)
    exit_code, out, err = run([*args, "--json"] if json_mode else args, capsys)
    assert exit_code == code
    if json_mode:
        assert err == ""
        error = json.loads(out)["error"]
        assert error["exit_code"] == code
        assert says in error["message"]
    else:
        assert out == ""
        assert_one_line(err)
        assert says in err
    assert snapshot(store_dir) == before
    for form in canary_forms(CANARY) + canary_forms(TOKEN):
        assert form not in out + err


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all\n" * 10, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["garbage", "corrupt-sqlite"],
)
@pytest.mark.parametrize(
    "args",
    [["tokens", "list"], ["tokens", "status"], ["tokens", "remove", ACCOUNT], ["tokens", "refresh-due"], ["me"]],
    ids=lambda a: "-".join(a[:2]),
)
def test_a_corrupt_database_is_one_line_and_left_alone(
    store_dir: Path, capsys: pytest.CaptureFixture[str], content: bytes, args: list[str]
) -> None:
    db = store_dir / "tokens.db"
    db.write_bytes(content)
    before = snapshot(store_dir)
    exit_code, _out, err = run(args, capsys)
    assert exit_code == ExitCode.STORE
    assert_one_line(err)
    assert "tokens.db" in err
    assert snapshot(store_dir) == before


def test_tokens_add_into_a_corrupt_database_is_refused(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (store_dir / "tokens.db").write_bytes(b"SQLite format 3\x00" + b"\x00\x01" * 3000)
    monkeypatch.setenv("INSTAGRAM_ACCESS_TOKEN", CANARY)
    before = snapshot(store_dir)
    exit_code, _, err = run(["tokens", "add", "someone"], capsys)
    assert exit_code == ExitCode.STORE
    assert_one_line(err)
    assert snapshot(store_dir) == before


def test_a_missing_or_unusable_database_is_not_created(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INSTAGRAM_ACCESS_TOKEN", CANARY)
    missing = store_dir / "elsewhere.db"
    code, _, err = run(["tokens", "list", "--db", f"sqlite:///{missing}"], capsys)
    assert code == ExitCode.STORE
    assert "no token database at" in err
    assert not missing.exists()
    folder = store_dir / "a-folder.db"
    folder.mkdir()
    code, _, err = run(["tokens", "list", "--db", f"sqlite:///{folder}"], capsys)
    assert code == ExitCode.STORE
    assert_one_line(err)
    assert "is not a file" in err
    code, _, err = run(["tokens", "add", "x", "--db", f"sqlite:///{store_dir / 'no' / 'such' / 'dir.db'}"], capsys)
    assert code == ExitCode.STORE
    assert_one_line(err)
    assert "its folder does not exist" in err
    assert not (store_dir / "no").exists()


def test_an_empty_store_asks_for_a_login(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from instagram_graph_api_sdk.tokens import TokenStore

    monkeypatch.setenv("INSTAGRAM_TOKEN_KEY", KEY)
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    with TokenStore(url, key=KEY) as store:
        store.list()  # creates the schema
    code, _, err = run(["me", "--db", url], capsys)
    assert code == ExitCode.AUTH_NEEDED
    assert "instagram-graph login" in err


def test_usage_errors_from_the_parser_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["no-such-command"], ["call", "GET"], ["tokens", "list", "--no-such-option"]):
        code, out, err = run(args, capsys)
        assert code == ExitCode.USAGE
        assert out == ""
        assert_one_line(err)
    code, out, _ = run(["tokens", "list", "--no-such-option", "--json"], capsys)
    assert code == ExitCode.USAGE
    assert json.loads(out)["error"]["type"] == "UsageError"
