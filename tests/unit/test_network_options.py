"""Configurable hosts must be https (loopback excepted), and a throttling period Meta announces
is believed up to 24 hours and can be lifted (issue 8, items 11, 12 and the regain cap)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from helpers import appending

import instagram_graph_api_sdk as sdk
from instagram_graph_api_sdk._usage import parse_usage_text

TOKEN = "test-access-token-0001"
SECRET = "0123456789abcdef" * 2  # a 32-hex app secret


@pytest.mark.parametrize("url", ["http://proxy.example.com", "http://10.0.0.1:8080", "ftp://graph.instagram.com"])
def test_oauth_refuses_a_plain_http_base_url(url: str) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(appending(sent, 200, json={}))
    with pytest.raises(sdk.ConfigurationError, match="base_url must be an https:// URL"):
        sdk.InstagramOAuth.get_long_lived_token(
            client_secret=SECRET, access_token="short-token", base_url=url, transport=transport
        )
    with pytest.raises(sdk.ConfigurationError, match="base_url"):
        sdk.InstagramOAuth.get_short_lived_token(
            client_id="1",
            client_secret=SECRET,
            code="AQDcode",
            redirect_uri="https://example.com/cb",
            base_url=url,
            transport=transport,
        )
    assert sent == []  # nothing left the process


async def test_async_oauth_refuses_a_plain_http_base_url() -> None:
    with pytest.raises(sdk.ConfigurationError, match="base_url"):
        await sdk.AsyncInstagramOAuth.exchange_code_for_token(
            client_id="1",
            client_secret=SECRET,
            code="AQDcode",
            redirect_uri="https://example.com/cb",
            base_url="http://proxy.example.com",
        )


def test_oauth_allows_https_and_loopback() -> None:
    answer = {"access_token": "long-token", "token_type": "bearer", "expires_in": 5183944}
    for url in ("https://proxy.example.com", "http://127.0.0.1:9000", "http://localhost:9000", "http://[::1]:9000"):
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=answer))
        token = sdk.InstagramOAuth.get_long_lived_token(
            client_secret=SECRET, access_token="short-token", base_url=url, transport=transport
        )
        assert token.access_token == "long-token"


@pytest.mark.parametrize("host", ["http://rupload.facebook.com", "http://upload.example.com", "rupload.facebook.com"])
def test_upload_host_must_be_https(host: str) -> None:
    with pytest.raises(sdk.ConfigurationError, match="upload_host must be an https:// URL"):
        sdk.InstagramClient(TOKEN, upload_host=host)
    with pytest.raises(sdk.ConfigurationError, match="upload_host"):
        sdk.AsyncInstagramClient(TOKEN, upload_host=host)


def test_upload_host_on_https_or_loopback_is_accepted() -> None:
    assert sdk.InstagramClient(TOKEN, upload_host="https://rupload.instagram.com").get_config().upload_host
    assert sdk.InstagramClient(TOKEN, upload_host="http://127.0.0.1:8080").get_config().upload_host


def usage_header(minutes: float) -> dict[str, str]:
    entry = {"type": "instagram", "call_count": 100, "estimated_time_to_regain_access": minutes}
    return {"x-business-use-case-usage": json.dumps({"17841400000000001": [entry]})}


def test_estimated_time_to_regain_access_is_capped_at_a_day() -> None:
    snapshot = parse_usage_text(None, usage_header(99_999_999)["x-business-use-case-usage"])
    assert snapshot.business[0].estimated_time_to_regain_access == 99_999_999  # as Meta sent it
    assert snapshot.regain_access_after == 24 * 3600
    assert parse_usage_text(None, usage_header(30)["x-business-use-case-usage"]).regain_access_after == 1800


def test_a_huge_block_is_capped_and_reset_rate_limit_lifts_it(make_client: Any) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        headers = usage_header(99_999_999) if len(calls) == 1 else {}
        return httpx.Response(200, json={"id": "1", "username": "u"}, headers=headers)

    ig = make_client(handler)
    ig.users.get_profile()
    with pytest.raises(sdk.RateLimitError) as caught:
        ig.users.get_profile()  # refused locally: Meta announced a block
    assert caught.value.retry_after is not None
    assert 24 * 3600 - 5 < caught.value.retry_after <= 24 * 3600
    assert len(calls) == 1
    copy = ig.with_options(max_retries=0)
    copy.reset_rate_limit()  # shared with the client it came from
    assert ig.usage is None
    assert ig.users.get_profile().username == "u"
    assert len(calls) == 2


async def test_reset_rate_limit_on_the_async_client(make_async_client: Any) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(
            200, json={"id": "1", "username": "u"}, headers=usage_header(10) if len(calls) == 1 else {}
        )

    ig = make_async_client(handler)
    await ig.users.get_profile()
    with pytest.raises(sdk.RateLimitError):
        await ig.users.get_profile()
    ig.reset_rate_limit()
    assert (await ig.users.get_profile()).username == "u"
