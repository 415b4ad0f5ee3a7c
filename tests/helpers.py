"""Helpers shared by the tests (conftest.py puts this directory on sys.path)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, TypeVar

import httpx

from instagram_graph_api_client.types import Unset

# Obvious fakes: no real-looking token may appear in any fixture (tests/test_no_secrets.py).
FAKE_TOKEN = "test-access-token-0001"
FAKE_SECRET = "test-app-secret-0001"

Handler = Callable[[httpx.Request], httpx.Response]
# The clients' `token_in=` values (for parametrized tests).
TokenIn = Literal["header", "query"]
T = TypeVar("T")


def appending(sent: list[httpx.Request], status: int = 200, **response: Any) -> Handler:
    """A MockTransport handler that keeps each request in `sent` and answers a fresh
    `httpx.Response(status, **response)`."""

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(status, **response)

    return handler


def present(value: T | Unset) -> T:
    """A model field the test expects Meta to have sent (fails the test when it is UNSET)."""
    assert not isinstance(value, Unset), "the response left out a field the test needs"
    return value


class Recorder:
    """A MockTransport handler that records requests and answers from a list or a function."""

    def __init__(self, *responses: httpx.Response | Exception | Handler) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        item = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(item, Exception):
            raise item
        if callable(item) and not isinstance(item, httpx.Response):
            return item(request)
        return httpx.Response(item.status_code, headers=item.headers, content=item.content)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def json_response(body: Any, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def graph_error(
    code: int, subcode: int | None = None, *, status: int = 400, message: str = "boom", **extra: Any
) -> httpx.Response:
    error: dict[str, Any] = {"message": message, "type": "OAuthException", "code": code, "fbtrace_id": "TRACE123"}
    if subcode is not None:
        error["error_subcode"] = subcode
    error.update(extra)
    return httpx.Response(status, json={"error": error})


class FakeTime:
    """A controllable clock with a recording sleep (sync and async): pass `time.clock` (or the
    object itself) as the clock and `time.sleep` / `time.asleep` as the sleep."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    __call__ = clock

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
