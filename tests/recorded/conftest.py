"""Fixtures for the recorded tests; see recording.py for replay and re-recording."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from recorded.recording import IDS, SOURCE, scrub_request, scrub_response, transport

import instagram_graph_api_sdk as sdk


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
        "filter_headers": ["authorization", "cookie", "set-cookie", "user-agent"],
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
    }


@pytest.fixture
def ids() -> dict[str, str]:
    return dict(IDS)


@pytest.fixture
def ig() -> Iterator[sdk.InstagramClient]:
    token = os.environ["INSTAGRAM_ACCESS_TOKEN"] if SOURCE == "live" else "test-access-token-0001"
    client = sdk.InstagramClient(token, transport=transport(), retry=sdk.RetryConfig(max_retries=0))
    yield client
    client.close()


@pytest.fixture
def ig_facebook(ids: dict[str, str]) -> Iterator[sdk.InstagramClient]:
    token = os.environ["FACEBOOK_ACCESS_TOKEN"] if SOURCE == "live" else "test-access-token-0002"
    client = sdk.InstagramClient(
        token,
        transport=transport(),
        retry=sdk.RetryConfig(max_retries=0),
        login="facebook",
        ig_user_id=ids["ig_user_id"],
    )
    yield client
    client.close()


@pytest.fixture
def ig_error() -> Iterator[sdk.InstagramClient]:
    """A client whose responses are the spec's error example (190/463) when recording offline."""
    token = os.environ["INSTAGRAM_EXPIRED_TOKEN"] if SOURCE == "live" else "test-access-token-0003"
    client = sdk.InstagramClient(token, transport=transport("error"), retry=sdk.RetryConfig(max_retries=0))
    yield client
    client.close()
