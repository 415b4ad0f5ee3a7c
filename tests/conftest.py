"""Shared fixtures. Tests never touch the internet: pytest-socket allows loopback only."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))  # check_spec, generate (tooling under test)

sys.path.insert(0, str(Path(__file__).resolve().parent))  # helpers.py

from helpers import FAKE_TOKEN, Handler, Recorder  # noqa: E402

# The `fake_instagram` fixture, loaded here rather than by its entry point (see addopts in
# pyproject.toml: so that coverage sees the package imported).
pytest_plugins = ["instagram_graph_api_sdk.testing.pytest_plugin"]


@pytest.fixture
def recorder() -> Callable[..., Recorder]:
    return Recorder


@pytest.fixture
def make_client() -> Iterator[Callable[..., Any]]:
    """A sync InstagramClient over a MockTransport; no retries waits unless asked."""
    from instagram_graph_api_sdk import InstagramClient, RetryConfig

    clients: list[InstagramClient] = []

    def factory(handler: Handler, **kwargs: Any) -> InstagramClient:
        kwargs.setdefault("retry", RetryConfig(max_retries=0))
        client = InstagramClient(FAKE_TOKEN, transport=httpx.MockTransport(handler), **kwargs)
        clients.append(client)
        return client

    yield factory
    for client in clients:
        client.close()


@pytest.fixture
def make_async_client() -> Callable[..., Any]:
    from instagram_graph_api_sdk import AsyncInstagramClient, RetryConfig

    def factory(handler: Handler, **kwargs: Any) -> AsyncInstagramClient:
        kwargs.setdefault("retry", RetryConfig(max_retries=0))
        return AsyncInstagramClient(FAKE_TOKEN, transport=httpx.MockTransport(handler), **kwargs)

    return factory
