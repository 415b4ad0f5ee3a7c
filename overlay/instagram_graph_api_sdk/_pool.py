"""The connection pool a client shares with its `with_options()` and `for_account()` copies."""

from __future__ import annotations

from typing import Any

import httpx


class Pool:
    """The connection pool (an httpx client over the retrying transport) that a client shares with its
    `with_options()` and `for_account()` copies. Only the client that created it closes it."""

    __slots__ = ("_header_sets", "_urls", "closed", "headers", "http", "lane", "transport")
    _MAX_URLS = 512

    def __init__(self, http: httpx.Client | httpx.AsyncClient, transport: Any) -> None:
        self.http = http
        self.transport = transport
        self.closed = False
        self.headers: dict[str, str] = dict(http.headers.items())  # User-Agent, Accept, Accept-Encoding...
        self._urls: dict[tuple[str, Any], httpx.URL] = {}
        self._header_sets: dict[tuple[Any, ...], httpx.Headers] = {}
        # The fleet's fast lane (AiohttpTransport.attempt) for bodiless requests: only on an
        # AiohttpTransport under an AsyncRetryTransport, both exactly those classes (a subclass of
        # either may change what is sent, so it keeps the httpx interface).
        self.lane: Any = None
        wrapped = getattr(transport, "wrapped", None)
        if wrapped is not None and type(wrapped).__name__ == "AiohttpTransport":
            from ._aiohttp import AiohttpTransport
            from ._transport import AsyncRetryTransport

            if type(wrapped) is AiohttpTransport and type(transport) is AsyncRetryTransport:
                self.lane = wrapped.attempt

    def bodiless_headers(self, method: str, base: str, url: httpx.URL, headers: dict[str, str]) -> httpx.Headers:
        """The headers httpx.Request gives a request without a body (`Host` first, then the client's
        and the operation's headers, `Content-Length: 0` for POST/PUT/PATCH), normalised once per
        distinct set instead of twice per request. `url` is `base` + a path (so its host is
        `base`'s); the result is shared: copy it before anything may change it."""
        key = (method, base, *headers.items())
        cached = self._header_sets.get(key)
        if cached is None:
            auto: list[tuple[Any, Any]] = [(b"Host", url.netloc)] if url.host else []
            if method in ("POST", "PUT", "PATCH"):
                auto.append((b"Content-Length", b"0"))
            cached = httpx.Headers(auto + list(httpx.Headers({**self.headers, **headers}).raw))
            if len(self._header_sets) >= self._MAX_URLS:
                self._header_sets.clear()
            self._header_sets[key] = cached
        return cached

    def url(self, url: str, params: dict[str, Any] | None) -> httpx.URL:
        """`url` with `params` as an httpx.URL; recently built ones are reused (httpx parses and
        checks every URL character by character, the largest cost of building a request)."""
        try:
            key = (url, tuple(params.items()) if params else None)
            cached = self._urls.get(key)
        except TypeError:  # a list among the params: build it every time
            return httpx.URL(url, params=params)
        if cached is None:
            cached = httpx.URL(url, params=params) if params else httpx.URL(url)
            if len(self._urls) >= self._MAX_URLS:
                self._urls.clear()
            self._urls[key] = cached
        return cached


NO_BODY = httpx.ByteStream(b"")  # what httpx.Request streams when there is no body (immutable, shared)
_new = object.__new__


def bodiless_request(method: str, url: httpx.URL, headers: httpx.Headers, extensions: dict[str, Any]) -> httpx.Request:
    """`httpx.Request(method, url, headers=headers, stream=<no body>, extensions=extensions)`, its
    (empty) content already read, without the copies httpx makes of `url` (immutable) and
    `headers` (the caller passes a copy unless nothing downstream can change it): the same
    attributes as httpx's own (tests/unit/test_pool.py compares them), at a third of the cost."""
    request: httpx.Request = _new(httpx.Request)
    request.method = method
    request.url = url
    request.headers = headers
    request.extensions = extensions
    request.stream = NO_BODY
    request._content = b""  # what Request.read() leaves for an empty body
    return request
