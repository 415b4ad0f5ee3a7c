"""`instagram-graph` driven end to end as real processes, against `instagram-graph fake-server`
(another real process on 127.0.0.1): login through a real headless Chromium, tokens, me, call,
refresh-due, and `python -m instagram_graph_api_sdk`."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from instagram_graph_api_sdk.tokens import StoredToken

from .conftest import CANARY, KEY, STARTUP, StartFake, canary_forms, cli_env, drain, free_port, lines_of, run_cli, stop

CHROMIUM = Path("/usr/bin/chromium")
ACCOUNT = "17841400000000001"  # the fake's account


def stored(tmp_path: Path) -> dict[str, StoredToken]:
    """What the store holds, read with the SDK itself (not the CLI under test)."""
    from instagram_graph_api_sdk.tokens import TokenStore

    with TokenStore(f"sqlite:///{tmp_path / 'tokens.db'}", key=KEY) as store:
        return {s.account_id: s for s in store.list()}


def test_python_m_and_the_console_script_are_the_same_command(tmp_path: Path) -> None:
    from instagram_graph_api_sdk import __version__

    by_module = run_cli(["--version"], cli_env(tmp_path))
    script = Path(sys.executable).with_name("instagram-graph")
    by_script = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=120)
    assert by_module.returncode == by_script.returncode == 0
    assert by_module.stdout == by_script.stdout == f"instagram-graph-api-sdk {__version__}\n"


def test_importing_the_sdk_does_not_import_the_cli() -> None:
    # (httpx itself imports click and rich when they are installed, for its own `httpx` command.)
    code = (
        "import sys, instagram_graph_api_sdk\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('typer', 'sqlalchemy', 'cryptography')"
        " or m == 'instagram_graph_api_sdk._cli' or m.startswith('instagram_graph_api_sdk.cli')]\n"
        "print(','.join(loaded))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_login_through_a_real_headless_chromium(tmp_path: Path, start_fake: StartFake) -> None:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium (the login test needs a real browser)")
    port = free_port()
    redirect = f"http://127.0.0.1:{port}/callback"
    fake = start_fake("--redirect-uri", redirect)
    env = cli_env(tmp_path, INSTAGRAM_APP_ID=fake["client_id"], INSTAGRAM_APP_SECRET=fake["client_secret"])
    login = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "instagram_graph_api_sdk",
            "login",
            "--no-browser",
            "--redirect-port",
            str(port),
            "--base-url",
            fake["url"],
            "--timeout",
            "120",
            "--json",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert login.stderr is not None
        said = lines_of(login.stderr)
        url = ""
        while not url.startswith("http"):
            url = said.get(timeout=STARTUP).strip()
        assert url.startswith(fake["url"] + "/oauth/authorize?")
        assert "state=" in url
        assert f"redirect_uri=http%3A%2F%2F127.0.0.1%3A{port}%2Fcallback" in url
        browser = subprocess.run(
            [
                str(CHROMIUM),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={tmp_path / 'chromium'}",
                "--dump-dom",
                url,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        # Chromium followed the fake's 302 to the CLI's loopback callback and shows its page.
        assert "Instagram login received" in browser.stdout
        login.wait(timeout=120)
        assert login.stdout is not None
        out = login.stdout.read()
        err = url + "".join(drain(said))
    finally:
        stop(login)
    assert login.returncode == 0, err
    result = json.loads(out)
    assert result["account_id"] == ACCOUNT
    assert result["expires_at"] > datetime.now(UTC).isoformat()
    token = stored(tmp_path)[ACCOUNT].access_token
    assert token.startswith("fake-long-lived-")
    assert token not in out + err
    assert result["token"].startswith("sha256:")
    assert "code=" not in err  # the authorization code is never echoed

    me = run_cli(["me", "--base-url", fake["url"], "--json"], env)
    assert me.returncode == 0, me.stderr
    assert json.loads(me.stdout)["username"] == "fake_business"


def test_login_refuses_a_callback_with_the_wrong_state(tmp_path: Path, start_fake: StartFake) -> None:
    port = free_port()
    fake = start_fake("--redirect-uri", f"http://127.0.0.1:{port}/callback")
    env = cli_env(tmp_path, INSTAGRAM_APP_ID=fake["client_id"], INSTAGRAM_APP_SECRET=fake["client_secret"])
    login = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "instagram_graph_api_sdk",
            "login",
            "--no-browser",
            "--redirect-port",
            str(port),
            "--base-url",
            fake["url"],
            "--timeout",
            "120",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert login.stderr is not None
        said = lines_of(login.stderr)
        url = ""
        while not url.startswith("http"):
            url = said.get(timeout=STARTUP).strip()
        # A forged redirect (a real code from the fake, but another state) reaches the callback.
        location = httpx.get(url.replace("state=", "state=forged"), follow_redirects=False).headers["location"]
        page = httpx.get(location.split("#")[0], timeout=30)
        assert page.status_code == 200
        login.wait(timeout=120)
        rest = drain(said)
    finally:
        stop(login)
    assert login.returncode == 3
    errors = [line for line in rest if line.strip()]
    assert len(errors) == 1
    assert errors[0].startswith("instagram-graph: error:")
    assert "state" in errors[0]
    assert not (tmp_path / "tokens.db").exists()  # nothing stored, not even an empty database


def test_tokens_me_call_and_refresh_due_against_the_fake(tmp_path: Path, start_fake: StartFake) -> None:
    fake = start_fake("--token-age", "25")
    env = cli_env(tmp_path)
    two_days_ago = (datetime.now(UTC) - timedelta(days=2)).isoformat()

    added = run_cli(
        ["tokens", "add", ACCOUNT, "--issued-at", two_days_ago, "--json"], env, stdin=fake["access_token"] + "\n"
    )
    assert added.returncode == 0, added.stderr
    canary = run_cli(["tokens", "add", "canary-account", "--issued-at", two_days_ago], env, stdin=CANARY + "\n")
    assert canary.returncode == 0, canary.stderr

    listed = run_cli(["tokens", "list", "--json"], env)
    assert listed.returncode == 0
    rows = {row["account_id"]: row for row in json.loads(listed.stdout)["accounts"]}
    assert set(rows) == {ACCOUNT, "canary-account"}
    assert all(row["token"].startswith("sha256:") and row["status"] == "active" for row in rows.values())
    human = run_cli(["tokens", "list"], env)
    assert ACCOUNT in human.stdout
    assert rows[ACCOUNT]["token"] in human.stdout

    status = run_cli(["tokens", "status", ACCOUNT, "--json"], env)
    assert status.returncode == 0
    assert json.loads(status.stdout)["accounts"][0]["due"] is True

    me = run_cli(["me", "--account", ACCOUNT, "--base-url", fake["url"], "--json"], env)
    assert me.returncode == 0, me.stderr
    assert json.loads(me.stdout)["user_id"] == ACCOUNT

    call = run_cli(
        [
            "call",
            "GET",
            "/me/media?limit=2",
            "-f",
            "fields=id,caption",
            "-a",
            ACCOUNT,
            "--base-url",
            fake["url"],
            "--json",
        ],
        env,
    )
    assert call.returncode == 0, call.stderr
    body = json.loads(call.stdout)
    assert len(body["data"]) == 2
    assert set(body["data"][0]) == {"id", "caption"}
    assert fake["access_token"] not in call.stdout  # paging.next carries the token; it is scrubbed

    # The sweep, as a person sees it: a progress bar, a summary, exit 3 (one account needs a login).
    sweep = run_cli(["tokens", "refresh-due", "--base-url", fake["url"]], env)
    assert sweep.returncode == 3, sweep.stderr
    assert "refreshing" in sweep.stderr
    assert "2/2" in sweep.stderr
    assert "1 refreshed, 1 need re-login" in sweep.stdout
    after = {
        row["account_id"]: row for row in json.loads(run_cli(["tokens", "list", "--json"], env).stdout)["accounts"]
    }
    assert after[ACCOUNT]["token"] != rows[ACCOUNT]["token"]
    assert after[ACCOUNT]["refreshed_at"]
    assert after[ACCOUNT]["expires_at"] > (datetime.now(UTC) + timedelta(days=59)).isoformat()
    assert after["canary-account"]["status"] == "needs_reauth"

    # needs_reauth: refused before anything is sent, exit 3, one line.
    dead = run_cli(["me", "--account", "canary-account", "--base-url", fake["url"]], env)
    assert dead.returncode == 3
    assert dead.stderr.count("\n") == 1
    assert "login" in dead.stderr

    # Nothing left to do: a JSON report, exit 0.
    again = run_cli(["tokens", "refresh-due", "--base-url", fake["url"], "--json"], env)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["refreshed"] == []

    removed = run_cli(["tokens", "remove", "canary-account", "--json"], env)
    assert removed.returncode == 0
    assert json.loads(removed.stdout) == {"removed": "canary-account"}
    assert set(stored(tmp_path)) == {ACCOUNT}

    everything = "".join(
        r.stdout + r.stderr for r in (added, canary, listed, human, status, me, call, sweep, dead, again, removed)
    )
    for form in canary_forms(CANARY) + canary_forms(fake["access_token"]):
        assert form not in everything


def test_fake_server_port_in_use_is_one_line(tmp_path: Path, start_fake: StartFake) -> None:
    fake = start_fake()
    busy = run_cli(["fake-server", "--port", str(fake["port"])], cli_env(tmp_path))
    assert busy.returncode == 2
    assert busy.stderr.count("\n") == 1
    assert "cannot listen on 127.0.0.1" in busy.stderr
    assert "Traceback" not in busy.stderr
    out_of_range = run_cli(["fake-server", "--port", "70000"], cli_env(tmp_path))
    assert out_of_range.returncode == 2
    assert out_of_range.stderr.count("\n") == 1
    assert "70000" in out_of_range.stderr
