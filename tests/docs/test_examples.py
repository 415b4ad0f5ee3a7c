"""The scripts in examples/ work (against FakeInstagram)."""

from __future__ import annotations

import importlib.util
import json
import select
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from instagram_graph_api_sdk import InstagramWebhooks
from instagram_graph_api_sdk.testing import FakeInstagram

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"examples_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_quickstart(capsys: pytest.CaptureFixture[str]) -> None:
    with FakeInstagram().client() as client:
        load("quickstart").main(client)
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "@fake_business (BUSINESS), 30 posts"
    assert len(out) == 1 + 5 + 3


def test_quickstart_runs_offline_as_a_script() -> None:
    env = {"PATH": "", "PYTHONPATH": ""}
    result = subprocess.run([sys.executable, str(EXAMPLES / "quickstart.py")], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert "using FakeInstagram" in result.stdout


def test_publish_reel(capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakeInstagram(video_processing=0.0)
    with fake.client() as client:
        media_id = load("publish_reel").main(client, "https://x/reel.mp4", "hello", interval=0.01)
    assert media_id in fake.media_ids()
    with fake.client() as client:
        assert load("publish_reel").main(client, "https://x/fail.mp4", "broken", interval=0.01) is None
    assert "could not publish" in capsys.readouterr().out


def test_webhook_server() -> None:
    fake = FakeInstagram()
    seen: list[Any] = []
    server = load("webhook_server").make_server(0, ["old-secret", fake.client_secret], "vt", seen.append)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    try:
        handshake = httpx.get(url, params={"hub.mode": "subscribe", "hub.verify_token": "vt", "hub.challenge": "42"})
        assert (handshake.status_code, handshake.text) == (200, "42")
        assert (
            httpx.get(
                url, params={"hub.mode": "subscribe", "hub.verify_token": "no", "hub.challenge": "42"}
            ).status_code
            == 403
        )
        payload = fake.message_event("hi")
        assert fake.deliver_webhook(url, payload).status_code == 200
        assert fake.deliver_webhook(url, payload).status_code == 200  # a redelivery
        assert fake.deliver_webhook(url, payload, app_secret="forged").status_code == 403
    finally:
        server.shutdown()
        server.server_close()
    assert [e.field for e in seen] == ["messages"]


# --- examples/web_app.py: the Flask app, driven by Flask's test client against FakeInstagram on loopback

WEB_REDIRECT = "https://your-app.example/callback"


@pytest.fixture
def web() -> Iterator[tuple[Any, FakeInstagram, Any, list[Any]]]:
    web_app = load("web_app")
    fake = FakeInstagram(redirect_uris=[WEB_REDIRECT])
    events: list[Any] = []
    with fake.serve() as server:
        settings = web_app.Settings(
            fake.client_id, fake.client_secret, WEB_REDIRECT, "verify-me", "test-flask-secret-0001", base_url=server.url
        )
        store = web_app.TokenStore()
        app = web_app.build_app(settings, store, events.append)
        yield app.test_client(), fake, store, events


def consent(fake: FakeInstagram, authorization_url: str) -> str:
    """The browser's part: Instagram's page (the fake consents) redirects back with code and state."""
    location = httpx.get(authorization_url, follow_redirects=False).headers["location"]
    assert location.startswith(WEB_REDIRECT)
    return "/callback?" + location.split("?", 1)[1].split("#", 1)[0]


def test_web_app_login_stores_the_long_lived_token(web: Any) -> None:
    browser, fake, store, _ = web
    login = browser.get("/login")
    assert login.status_code == 302
    callback = browser.get(consent(fake, login.headers["location"]))
    assert (callback.status_code, callback.headers["location"]) == (302, "/me")
    token = store.get(fake.user_id)
    assert token is not None
    assert fake.state.tokens[token.access_token].kind == "long"
    me = browser.get("/me")
    assert me.get_json()["username"] == "fake_business"
    assert me.get_json()["account_type"] == "BUSINESS"


def test_web_app_refuses_a_callback_without_its_state(web: Any) -> None:
    browser, fake, store, _ = web
    other = web[0].application.test_client()  # another browser: it never visited /login
    login = browser.get("/login")
    callback_path = consent(fake, login.headers["location"])
    assert other.get(callback_path).status_code == 400
    forged = callback_path.replace("state=", "state=x")
    answer = browser.get(forged)
    assert answer.status_code == 400
    assert b"state" in answer.data
    assert store.tokens == {}


def test_web_app_webhooks(web: Any) -> None:
    browser, fake, _, events = web
    ok = browser.get(
        "/webhooks/instagram",
        query_string={"hub.mode": "subscribe", "hub.verify_token": "verify-me", "hub.challenge": "7"},
    )
    assert (ok.status_code, ok.data) == (200, b"7")
    bad = browser.get(
        "/webhooks/instagram", query_string={"hub.mode": "subscribe", "hub.verify_token": "no", "hub.challenge": "7"}
    )
    assert bad.status_code == 403
    payload = fake.message_event("hi")
    body = json.dumps(payload).encode()
    signature = InstagramWebhooks.signature(body, fake.client_secret)
    for _ in range(2):  # a redelivery is handled once
        answer = browser.post("/webhooks/instagram", data=body, headers={"X-Hub-Signature-256": signature})
        assert answer.status_code == 200
    forged = browser.post("/webhooks/instagram", data=body, headers={"X-Hub-Signature-256": "sha256=" + "0" * 64})
    assert forged.status_code == 403
    assert [event.field for event in events] == ["messages"]


def test_web_app_names_missing_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "INSTAGRAM_APP_ID",
        "INSTAGRAM_APP_SECRET",
        "INSTAGRAM_REDIRECT_URI",
        "INSTAGRAM_VERIFY_TOKEN",
        "FLASK_SECRET_KEY",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("INSTAGRAM_APP_ID", "123")
    with pytest.raises(SystemExit, match=r"INSTAGRAM_APP_SECRET.*FLASK_SECRET_KEY"):
        load("web_app").create_app()


def test_access_tokens_demo(capsys: pytest.CaptureFixture[str]) -> None:
    load("access_tokens_demo").main()
    out = capsys.readouterr().out
    for line in (
        "long-lived token, valid for 60 days",
        "me.id      = 7219012345678901  (app-scoped user ID)",
        "me.user_id = 17841400000000001  (professional account ID",
        "refused: The access token is too new to refresh",
        "the fake's clock moved 25 hours: 2026-03-02 08:00 -> 2026-03-03 09:00 UTC",
        "on_token_refresh saved 1 token",
        "AuthenticationError: send the user through Instagram Login again",
    ):
        assert line in out


@pytest.mark.parametrize(
    ("environ", "missing"),
    [
        ({"INSTAGRAM_APP_SECRET": "s"}, "set INSTAGRAM_VERIFY_TOKEN:"),
        ({"INSTAGRAM_VERIFY_TOKEN": "v"}, "set INSTAGRAM_APP_SECRET:"),
        ({}, "set INSTAGRAM_APP_SECRET and INSTAGRAM_VERIFY_TOKEN:"),
    ],
)
def test_webhook_server_refuses_to_start_without_its_settings(environ: dict[str, str], missing: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        load("webhook_server").main(["webhook_server.py", "0"], environ)
    assert str(stopped.value).startswith(missing)
    assert "handshake would be refused" in str(stopped.value)


def test_webhook_server_says_meta_needs_a_public_https_url() -> None:
    env = {"PATH": "", "PYTHONPATH": "", "INSTAGRAM_APP_SECRET": "s3cr3t-for-the-test", "INSTAGRAM_VERIFY_TOKEN": "v"}
    process = subprocess.Popen(
        [sys.executable, str(EXAMPLES / "webhook_server.py"), "0"], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], 20)  # bounded: the script flushes its banner
        assert ready, "webhook_server.py printed nothing within 20 s"
        lines = [process.stdout.readline() for _ in range(3)]
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()
    assert lines[0].startswith("listening on http://127.0.0.1:")
    assert "public https URL" in lines[1]
    assert "tunnel" in lines[1]
