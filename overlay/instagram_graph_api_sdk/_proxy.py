"""The environment's proxy (HTTPS_PROXY / ALL_PROXY / NO_PROXY), decided per host.

httpx reads proxy settings from the environment only when it is given no transport, and the
SDK always gives it one (the retrying wrapper), so the SDK reads them itself. A client without
`base_url` talks to several hosts (graph.instagram.com, graph.facebook.com, rupload.facebook.com,
api.instagram.com), and NO_PROXY may exempt some of them: `ProxyRouter` sends each request
through the transport its host calls for, decided once per host from a snapshot of the
environment taken when the client was made. Without proxy variables (the common case) a plain
httpx transport is used and nothing here runs per request.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

from ._deadline import enforce_deadline

_PROXY_VARIABLES = ("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")
T = TypeVar("T", httpx.BaseTransport, httpx.AsyncBaseTransport)


def _environment() -> dict[str, str] | None:
    if not any(name in os.environ for name in _PROXY_VARIABLES):
        return None  # the common case, without importing urllib.request
    import urllib.request

    return urllib.request.getproxies_environment()


def proxy_for(host: str | None, proxies: dict[str, str] | None) -> str | None:
    """The proxy for HTTPS requests to `host` under `proxies` (urllib's view of the environment),
    or None when there is none or NO_PROXY exempts the host."""
    if not proxies:
        return None
    import urllib.request

    # proxy_bypass_environment: urllib's NO_PROXY rules (the same httpx and requests follow).
    if host and urllib.request.proxy_bypass_environment(host, proxies):  # type: ignore[attr-defined]
        return None
    return proxies.get("https") or proxies.get("all")


def environment_proxy(host: str | None) -> str | None:
    """The proxy for HTTPS requests to `host` from the environment, unless NO_PROXY exempts it."""
    return proxy_for(host, _environment())


class _Router(Generic[T]):
    """Picks, per request host, the direct or the proxied transport (each made once)."""

    def __init__(self, proxies: dict[str, str], make: Callable[[str | None], T]) -> None:
        self._proxies = proxies
        self._make: Callable[[str | None], T] = make
        self._by_proxy: dict[str | None, T] = {}
        self._by_host: dict[str, T] = {}
        self._lock = threading.Lock()  # threads may share a sync client: one transport per route

    def transport_for(self, host: str) -> T:
        transport = self._by_host.get(host)
        if transport is None:
            with self._lock:
                proxy = proxy_for(host, self._proxies)
                transport = self._by_proxy.get(proxy)
                if transport is None:
                    transport = self._by_proxy[proxy] = self._make(proxy)
                self._by_host[host] = transport
        return transport


class ProxyRouter(_Router[httpx.BaseTransport], httpx.BaseTransport):
    """A sync transport that honours NO_PROXY per host."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.transport_for(request.url.host).handle_request(request)

    def close(self) -> None:
        for transport in self._by_proxy.values():
            transport.close()


class AsyncProxyRouter(_Router[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport):
    """The async counterpart of ProxyRouter."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.transport_for(request.url.host).handle_async_request(request)

    async def aclose(self) -> None:
        for transport in self._by_proxy.values():
            await transport.aclose()


def _http_transport(proxy: str | None) -> httpx.BaseTransport:
    transport = httpx.HTTPTransport(proxy=proxy)
    enforce_deadline(transport)
    return transport


def default_transport(host: str | None = None) -> httpx.BaseTransport:
    """httpx's transport, through the environment's proxy where it applies: for `host` when every
    call goes there (a base_url, an OAuth call), else decided per request host."""
    proxies = _environment()
    if proxies is None or host is not None:
        return _http_transport(proxy_for(host, proxies))
    return ProxyRouter(proxies, _http_transport)


def default_async_transport(host: str | None = None) -> httpx.AsyncBaseTransport:
    proxies = _environment()
    if proxies is None or host is not None:
        return httpx.AsyncHTTPTransport(proxy=proxy_for(host, proxies))
    return AsyncProxyRouter(proxies, lambda proxy: httpx.AsyncHTTPTransport(proxy=proxy))
