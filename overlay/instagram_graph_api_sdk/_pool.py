"""The connection pool a client shares with its `with_options()` and `for_account()` copies."""

from __future__ import annotations

from typing import Any

import httpx


class Pool:
    """The connection pool (an httpx client over the retrying transport) that a client shares with its
    `with_options()` and `for_account()` copies. Only the client that created it closes it."""

    __slots__ = ("_urls", "closed", "headers", "http", "transport")
    _MAX_URLS = 512

    def __init__(self, http: httpx.Client | httpx.AsyncClient, transport: Any) -> None:
        self.http = http
        self.transport = transport
        self.closed = False
        self.headers: dict[str, str] = dict(http.headers.items())  # User-Agent, Accept, Accept-Encoding...
        self._urls: dict[tuple[str, Any], httpx.URL] = {}

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
