"""The scripts in examples/ work (against FakeInstagram)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from instagram_graph_api_sdk.testing import FakeInstagram

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
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
