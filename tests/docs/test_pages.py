"""Every runnable Python block of every docs page runs, in order, against FakeInstagram.

Blocks preceded by `<!-- not-run: reason -->` need something a page cannot run by itself (pytest's
own fixture machinery, a file shown from examples/, which tests/docs/test_examples.py runs);
everything else runs verbatim. The guides (GUIDES) are self-contained: their blocks run in an empty
namespace, so every name they use is defined on the page itself. The older reliability pages get
a prepared namespace (`fake`, `client`, ...), listed in test_page_examples_run.
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
# access-tokens.md has its own test; benchmarks.md shows shell commands and measured numbers only;
# examples.md and changelog.md include files (examples/, CHANGELOG.md) tested elsewhere; cli.md shows
# shell commands only (tests/cli/test_cli_docs.py checks them against the CLI).
OWN_TESTS = ("access-tokens.md", "benchmarks.md", "examples.md", "changelog.md", "cli.md", "architecture.md")
GUIDES = [
    "comments.md",
    "errors.md",
    "getting-started.md",
    "index.md",
    "insights.md",
    "logging.md",
    "login-web-app.md",
    "media.md",
    "messaging.md",
    "models.md",
    "pagination.md",
    "publishing.md",
    "rate-limits.md",
    "retries.md",
    "sync-async.md",
    "user-profile.md",
    "webhooks.md",
]
PAGES = sorted(p.name for p in DOCS.glob("*.md") if p.name not in OWN_TESTS and p.name not in GUIDES)
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
    # testing.md delivers webhooks to the `webhook_receiver` below; tokens.md and fleet.md use the prepared fake
    assert PAGES == ["fleet.md", "testing.md", "tokens.md"]
    assert all(blocks(page) for page in PAGES)
    assert sorted(p.name for p in DOCS.glob("*.md")) == sorted([*PAGES, *GUIDES, *OWN_TESTS])
    assert all(blocks(page) for page in GUIDES)


# A guide's block may be followed by its output, shown as a ```text block: the test compares.
GUIDE_BLOCK = re.compile(r"(<!-- not-run: [^>]+-->\n)?```python\n(.*?)```(?:\n+```text\n(.*?)```)?", re.S)


def guide_blocks(page: str) -> list[tuple[str, str | None]]:
    found = GUIDE_BLOCK.findall((DOCS / page).read_text())
    return [(code, output if output else None) for skipped, code, output in found if not skipped]


@pytest.mark.parametrize("page", GUIDES)
def test_guide_runs_by_itself(page: str, capsys: pytest.CaptureFixture[str]) -> None:
    namespace: dict[str, Any] = {"__name__": f"docs_{page[:-3].replace('-', '_')}"}
    for index, (code, output) in enumerate(guide_blocks(page)):
        capsys.readouterr()
        exec(compile(code, f"docs/{page} block {index + 1}", "exec"), namespace)  # noqa: S102
        printed = capsys.readouterr().out
        if output is not None:
            assert printed == output, f"docs/{page} block {index + 1} printed something else than the page shows"


@pytest.mark.parametrize("page", PAGES)
def test_page_examples_run(page: str, receiver: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # tokens.md writes sqlite:///instagram-tokens.db
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
        "fake": fake,
        "client": Client(fake.access_token),
        "token": fake.access_token,
        "asyncio": asyncio,
        "InstagramClient": Client,
        "AsyncInstagramClient": AsyncClient,
        "InstagramWebhooks": sdk.InstagramWebhooks,
        "WebhookDeduplicator": sdk.WebhookDeduplicator,
        "app_secret": "test-app-secret-0001",
        "old_secret": "test-app-secret-0000",
        "webhook_receiver": receiver,
    }
    for index, code in enumerate(blocks(page)):
        exec(compile(code, f"docs/{page} block {index + 1}", "exec"), namespace)  # noqa: S102
