"""Every runnable Python block of every docs page runs, in order, against FakeInstagram.

Blocks preceded by `<!-- not-run: reason -->` need something the suite does not install (Flask,
pytest's own fixture machinery); everything else runs verbatim.
"""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

import instagram_graph_api_sdk as sdk
from instagram_graph_api_sdk.testing import FakeInstagram

DOCS = Path(__file__).resolve().parents[2] / "docs"
# access-tokens.md has its own test; benchmarks.md shows shell commands and measured numbers only.
PAGES = sorted(p.name for p in DOCS.glob("*.md") if p.name not in ("access-tokens.md", "README.md", "benchmarks.md"))
BLOCK = re.compile(r"(<!-- not-run: [^>]+-->\n)?```python\n(.*?)```", re.S)


def blocks(page: str) -> list[str]:
    return [code for skipped, code in BLOCK.findall((DOCS / page).read_text()) if not skipped]


@pytest.fixture
def receiver() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length") or 0))
            self.send_response(200)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_every_page_is_covered() -> None:
    assert PAGES == [
        "errors.md",
        "fleet.md",
        "pagination.md",
        "publishing.md",
        "rate-limits.md",
        "retries.md",
        "testing.md",
        "webhooks.md",
    ]
    assert all(blocks(page) for page in PAGES)


@pytest.mark.parametrize("page", PAGES)
def test_page_examples_run(page: str, receiver: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeInstagram(video_processing=0.0)
    transport = fake.transport()

    class Client(sdk.InstagramClient):
        def __init__(self, access_token: str, **kwargs: Any) -> None:
            if "base_url" not in kwargs:  # a base_url means a real loopback server
                kwargs.setdefault("transport", transport)
            super().__init__(access_token, **kwargs)

    class AsyncClient(sdk.AsyncInstagramClient):
        def __init__(self, access_token: str, **kwargs: Any) -> None:
            kwargs.setdefault("transport", transport)
            super().__init__(access_token, **kwargs)

    monkeypatch.setattr(sdk, "InstagramClient", Client)
    monkeypatch.setattr(sdk, "AsyncInstagramClient", AsyncClient)
    namespace: dict[str, Any] = {
        "fake": fake, "client": Client(fake.access_token), "token": fake.access_token, "asyncio": asyncio,
        "InstagramClient": Client, "AsyncInstagramClient": AsyncClient, "InstagramWebhooks": sdk.InstagramWebhooks,
        "WebhookDeduplicator": sdk.WebhookDeduplicator, "app_secret": "test-app-secret-0001",
        "old_secret": "test-app-secret-0000", "webhook_receiver": receiver,
    }  # fmt: skip
    for index, code in enumerate(blocks(page)):
        exec(compile(code, f"docs/{page} block {index + 1}", "exec"), namespace)  # noqa: S102
