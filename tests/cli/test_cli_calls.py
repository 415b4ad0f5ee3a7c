"""`me` and `call` against FakeInstagram on a loopback port, through `main()` in-process: the
SDK's retries, error classification, exit codes and redaction all apply to raw calls."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from instagram_graph_api_sdk.cli import ExitCode, main
from instagram_graph_api_sdk.testing import FakeInstagram

from .conftest import CANARY, KEY, canary_forms


@pytest.fixture
def fake() -> Iterator[FakeInstagram]:
    fake = FakeInstagram(video_processing=0.0)
    yield fake
    fake.close()


@pytest.fixture
def setup(fake: FakeInstagram, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Two stored accounts: `good` holds the fake's token, `canary` one the fake never issued."""
    from instagram_graph_api_sdk.tokens import TokenStore

    url = f"sqlite:///{tmp_path / 'tokens.db'}"
    for name in ("INSTAGRAM_ACCOUNT_ID", "INSTAGRAM_BASE_URL", "INSTAGRAM_ACCESS_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("INSTAGRAM_TOKEN_KEY", KEY)
    monkeypatch.setenv("INSTAGRAM_TOKENS_DB", url)
    with TokenStore(url, key=KEY) as store:
        store.put("good", fake.access_token)
        store.put("canary", CANARY)
    server = fake.serve()
    return ["--base-url", server.url]


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_me_prints_the_profile(setup: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["me", "-a", "good", *setup, "--json"], capsys)
    assert code == ExitCode.OK
    assert json.loads(out) == {
        "id": "7219012345678901",
        "user_id": "17841400000000001",
        "username": "fake_business",
        "account_type": "BUSINESS",
    }
    code, out, _ = run(["me", "-a", "good", *setup, "--fields", "username"], capsys)
    assert code == ExitCode.OK
    assert out.strip() == "id 7219012345678901, username fake_business"  # Meta always adds the id


def test_call_sends_parameters_and_keeps_the_retries(
    setup: list[str], fake: FakeInstagram, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.faults.transient(times=1)
    code, out, err = run(
        ["call", "get", "/me/media", "-f", "limit=3", "-f", "fields=id", "-a", "good", *setup, "--json"], capsys
    )
    assert code == ExitCode.OK, err
    assert [sorted(item) for item in json.loads(out)["data"]] == [["id"]] * 3
    media = [e for e in fake.exchanges if e.operation_id == "get_user_media"]
    assert len(media) == 2  # the transient error was retried, as for any SDK GET
    code, out, _ = run(["call", "GET", "/me", "-a", "good", *setup], capsys)  # human output: indented JSON
    assert code == ExitCode.OK
    assert json.loads(out)["id"] == "7219012345678901"


def test_a_post_that_is_not_safe_to_retry_is_sent_once(
    setup: list[str], fake: FakeInstagram, capsys: pytest.CaptureFixture[str]
) -> None:
    media_id = fake.media_ids()[0]
    fake.faults.transient(times=1)
    code, out, _err = run(
        ["call", "POST", f"/{media_id}/comments", "-f", "message=hi", "-a", "good", *setup, "--json"], capsys
    )
    assert code == ExitCode.API_ERROR
    assert json.loads(out)["error"]["type"] == "TransientError"
    assert len([e for e in fake.exchanges if e.operation_id == "create_comment"]) == 1


def test_an_unknown_node_is_an_api_error(setup: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["call", "GET", "/999999999", "-a", "good", *setup], capsys)
    assert code == ExitCode.API_ERROR
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("instagram-graph: error: Instagram API error")


def test_a_rejected_token_means_log_in_again_and_is_never_shown(
    setup: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    for args in (["me", "-a", "canary"], ["call", "GET", "/me", "-a", "canary"]):
        for mode in ([], ["--json"]):
            code, out, err = run([*args, *setup, *mode], capsys)
            assert code == ExitCode.AUTH_NEEDED
            if mode:
                assert json.loads(out)["error"]["exit_code"] == ExitCode.AUTH_NEEDED
            else:
                assert len(err.strip().splitlines()) == 1
            for form in canary_forms(CANARY):
                assert form not in out + err


def test_an_expired_token_needs_a_login(
    setup: list[str], fake: FakeInstagram, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.clock.advance(days=61)
    code, _, err = run(["me", "-a", "good", *setup], capsys)
    assert code == ExitCode.AUTH_NEEDED
    assert "instagram-graph: error:" in err


def test_demo_runs_through_the_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("INSTAGRAM_TOKEN_KEY", raising=False)
    code = main(["demo"])
    out = capsys.readouterr().out
    assert code == ExitCode.OK
    assert "Done: every step ran offline against FakeInstagram" in out
