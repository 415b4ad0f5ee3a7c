"""A failed call's exception, its chain and its locals-capturing traceback hold no secret
(issue 8: `__context__` kept the httpx error whose request carries the token; frames kept the
request and the app secret alive for Sentry, rich or `pytest -l` to print).

The canaries are not shaped like Meta tokens, so shape-based redaction cannot hide a leak."""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fault_server import FaultServer

import instagram_graph_api_sdk as sdk

pytestmark = pytest.mark.fault
TOKEN = "c4n4ry|tok/en+x=y"
APP_SECRET = "5ec7e7c4a9b10f2e" + "83d6a1b4c7e90f12"  # 32 hex digits, built so no scanner trips
SHORT_TOKEN = "c4n4ry|short/tok+en=z"
CODE = "AQDc4n4ry-c0de/x+y="
ERROR_400 = json.dumps({"error": {"message": "Invalid OAuth access token", "type": "OAuthException", "code": 190}})


def forms(secret: str) -> set[str]:
    """The secret as it may appear: raw, URL-encoded (both ways, and as httpx encodes a query),
    JSON-escaped, repr-escaped."""
    query = str(httpx.URL("https://x/", params={"s": secret}).query, "ascii").split("=", 1)[1]
    return {secret, quote(secret, safe=""), quote_plus(secret), query, json.dumps(secret)[1:-1], repr(secret)[1:-1]}


def texts(error: BaseException) -> Iterator[str]:
    """Everything a logger or error tracker can reach from `error`."""
    yield "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield str(current)
        yield repr(current)
        yield repr(vars(current))
        request = getattr(current, "_request", None)
        if isinstance(request, httpx.Request):
            yield str(request.url)
            yield repr(request.headers.raw)
        tb = current.__traceback__
        while tb is not None:
            yield repr(tb.tb_frame.f_locals)
            tb = tb.tb_next
        current = current.__cause__ or current.__context__


def assert_clean(error: BaseException, *secrets: str) -> None:
    for text in texts(error):
        for secret in secrets:
            for form in forms(secret):
                assert form not in text, f"{form!r} leaked in {text[:300]!r}"


def failure(call: Callable[[], Any]) -> BaseException:
    try:
        call()
    except sdk.InstagramError as error:
        return error
    raise AssertionError("the call did not fail")


async def async_failure(call: Callable[[], Any]) -> BaseException:
    try:
        await call()
    except sdk.InstagramError as error:
        return error
    raise AssertionError("the call did not fail")


def error_page(conn: Any, stop: Any) -> None:
    body = ERROR_400.encode()
    head = b"HTTP/1.1 400 X\r\ncontent-type: application/json\r\nconnection: close\r\ncontent-length: %d\r\n\r\n"
    conn.sendall(head % len(body) + body)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    server = FaultServer("reset", error_page, "stall", default="reset")
    yield server
    server.stop()


def test_a_failed_query_mode_call_keeps_no_token(server: FaultServer) -> None:
    retry = sdk.RetryConfig(max_retries=0, deadline=1.0)
    with sdk.InstagramClient(TOKEN, base_url=server.url, token_in="query", retry=retry, timeout=0.5) as ig:
        errors = [failure(ig.users.get_profile) for _ in range(3)]  # reset, an API error, a timeout
    assert [type(error) for error in errors] == [sdk.APIConnectionError, sdk.AuthenticationError, sdk.APITimeoutError]
    assert b"access_token=c4n4ry" in server.heads[0]  # it was really sent
    for error in errors:
        assert error.__context__ is None
        assert error.__cause__ is None
        assert_clean(error, TOKEN)


async def test_a_failed_async_query_mode_call_keeps_no_token(server: FaultServer) -> None:
    retry = sdk.RetryConfig(max_retries=0, deadline=1.0)
    async with sdk.AsyncInstagramClient(TOKEN, base_url=server.url, token_in="query", retry=retry, timeout=0.5) as ig:
        errors = [await async_failure(ig.users.get_profile) for _ in range(3)]
    assert [type(error) for error in errors] == [sdk.APIConnectionError, sdk.AuthenticationError, sdk.APITimeoutError]
    for error in errors:
        assert_clean(error, TOKEN)


def test_a_failed_long_lived_exchange_keeps_no_app_secret(server: FaultServer) -> None:
    def exchange() -> Any:
        return sdk.InstagramOAuth.get_long_lived_token(
            client_secret=APP_SECRET, access_token=SHORT_TOKEN, base_url=server.url, timeout=0.5, deadline=1.0
        )

    errors = [failure(exchange) for _ in range(3)]
    assert [type(error) for error in errors] == [sdk.APIConnectionError, sdk.AuthenticationError, sdk.APITimeoutError]
    assert b"client_secret=" + APP_SECRET.encode() in server.heads[0]  # it was really sent
    for error in errors:
        assert_clean(error, APP_SECRET, SHORT_TOKEN)


async def test_a_failed_async_code_exchange_keeps_no_secret(server: FaultServer) -> None:
    async def exchange() -> Any:
        return await sdk.AsyncInstagramOAuth.exchange_code_for_token(
            client_id="1",
            client_secret=APP_SECRET,
            code=CODE,
            redirect_uri="https://example.com/cb",
            base_url=server.url,
            timeout=0.5,
            deadline=1.0,
        )

    errors = [await async_failure(exchange) for _ in range(3)]
    for error in errors:
        assert_clean(error, APP_SECRET, CODE)
