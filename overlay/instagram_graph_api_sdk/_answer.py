"""Answer: a response read into memory by AiohttpTransport's fast lane, without httpx's objects.

The async runner sends bodiless requests (GET, DELETE) on an `AiohttpTransport` through its fast
lane (see `AiohttpTransport.attempt`: the transport's own connections, or aiohttp for a proxied
host): what comes back is the status, the raw header pairs and
the decoded body. That is all the generated `parse_response` reads of a success (`status_code`
and `content`); every other answer becomes a real `httpx.Response` (`to_response`) and goes
down the same error path as on any other transport.
"""

from __future__ import annotations

from typing import Any

import httpx


class Answer:
    """The status, raw headers and decoded body of one response."""

    __slots__ = ("content", "decoded", "raw", "status_code")

    def __init__(self, status_code: int, raw: Any, content: bytes, decoded: bool) -> None:
        self.status_code = status_code
        self.raw: tuple[tuple[bytes, bytes], ...] = raw
        self.content = content
        self.decoded = decoded  # a Content-Encoding was undone: the headers no longer say it

    @property
    def headers(self) -> httpx.Headers:
        """The headers as httpx would show them for the decoded body."""
        headers = httpx.Headers(list(self.raw))
        if self.decoded:
            del headers["content-encoding"]
            headers["content-length"] = str(len(self.content))
        return headers

    def to_response(self, request: httpx.Request) -> httpx.Response:
        """A real httpx.Response with this status, headers and (decoded) body."""
        return httpx.Response(
            self.status_code,
            headers=self.headers,
            content=self.content,
            request=request,
            extensions={"http_version": b"HTTP/1.1"},
        )
