"""AiohttpTransport: the fleet's async transport (aiohttp, and its own HTTP/1.1 lane).

    client = AsyncInstagramClient(token, transport=AiohttpTransport())

httpx's async connection pool is the slow part of a busy async client; aiohttp's is several
times faster, and the lane below is faster still. Two ways through this transport:

- the fast lane (`attempt`, used by the async runner for GET and DELETE without a body): over the
  transport's own keep-alive connections (`_wire_pool`), no httpx or aiohttp request and response
  objects, the body read under the SDK's size cap and decoding; a host behind a proxy takes
  aiohttp's session instead (`_aiohttp_session.AiohttpSession.attempt`);
- the httpx interface (`handle_async_request`, everything else): through aiohttp, returning a
  *streaming* response with the body still encoded (aiohttp's own decompression is off), so the
  SDK's reading layer (the call's deadline, the size cap, the decoding) does exactly what it does
  on httpx's transport.

Either way retries, usage headers, redaction and error classification are the SDK's own, and
failures are the httpx errors the retry layer already classifies (connect failures as "not
sent", read failures as "maybe sent").

Needs the optional extra: `pip install 'instagram-graph-api-sdk[aiohttp]'` (aiohttp and
httptools). aiohttp is imported when the transport is made, never with the package. One transport
belongs to one event loop; share it between clients of that loop (`for_account`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ._aiohttp_session import AiohttpSession, import_aiohttp
from ._answer import Answer
from ._exceptions import ConfigurationError
from ._wire import header_block, request_line

if TYPE_CHECKING:
    import ssl

    from ._attempts import Attempts
    from ._wire_pool import WirePool

_Target = tuple[httpx.URL, Any, "str | None", bytes, tuple[str, str, int]]


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An httpx async transport backed by one aiohttp session (its connection pool).

    Args:
        limit: Most connections open at once (aiohttp's TCPConnector limit; httpx's default is 100).
        keepalive_expiry: Seconds an idle connection is kept for reuse.
        proxy: A proxy URL for every request (default: HTTPS_PROXY/ALL_PROXY unless NO_PROXY
            exempts the host, as for the default transport).
        verify: The TLS context for HTTPS (default: one trusting certifi's CA bundle, as httpx's).

    Plain GET and DELETE requests to a host without a proxy go over the transport's own
    keep-alive connections (at most `limit` of them besides aiohttp's; see `_wire_pool`), parsed
    by httptools (llhttp, the parser aiohttp itself uses); everything else goes through aiohttp.
    """

    def __init__(
        self,
        *,
        limit: int = 100,
        keepalive_expiry: float = 5.0,
        proxy: str | None = None,
        verify: ssl.SSLContext | None = None,
    ) -> None:
        import_aiohttp()  # fail at construction, with the extra's name, not at the first call
        import ssl

        if verify is not None and not isinstance(verify, ssl.SSLContext):
            # Not `False`: the lane would take it for "no TLS" and send the token in clear text.
            raise ConfigurationError(
                "verify= takes an ssl.SSLContext (or None for one trusting certifi's CA bundle); "
                "to trust your own CA, pass ssl.create_default_context(cafile=...)"
            )
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            # aiohttp reads limit=0 as "no limit"; here it would let no connection open at all.
            raise ConfigurationError(
                f"AiohttpTransport(limit=...) must be a whole number of connections, at least 1 (got {limit!r}); "
                "for many connections pass a large number (the default is 100)."
            )
        if not isinstance(keepalive_expiry, int | float) or not keepalive_expiry >= 0:
            raise ConfigurationError(
                "AiohttpTransport(keepalive_expiry=...) must be a number of seconds, 0 or more "
                f"(got {keepalive_expiry!r})."
            )
        self._limit = limit
        self._keepalive = keepalive_expiry
        self._proxy = proxy
        self._verify = verify
        self._blocks: dict[tuple[tuple[bytes, bytes], ...], bytes] = {}
        self._wire: WirePool | None = _wire_pool(limit, keepalive_expiry, self._ssl_context)
        self._aio = AiohttpSession(limit, keepalive_expiry, self._ssl_context)
        self._proxies: dict[str, str | None] = {}
        self._targets: dict[int, _Target] = {}  # id(url) -> url, yarl URL, proxy, request target, origin

    def _ssl_context(self) -> ssl.SSLContext:
        if self._verify is not None:
            return self._verify
        import ssl

        import certifi

        self._verify = ssl.create_default_context(cafile=certifi.where())  # the CA bundle httpx uses
        return self._verify

    def _proxy_for(self, host: str) -> str | None:
        if self._proxy is not None:
            return self._proxy
        if host not in self._proxies:
            from ._transport import environment_proxy

            self._proxies[host] = environment_proxy(host)
        return self._proxies[host]

    async def attempt(
        self, request: httpx.Request, attempts: Attempts, remaining: float | None
    ) -> tuple[Answer, int, Any, bytes]:
        """One try of a bodiless request (the fleet's fast lane; the async runner passes this to
        `AsyncRetryTransport.run`). No httpx.Response is made: the body is read here under the same
        size cap and decoding (`_reading.Body`) as on every transport. Without a proxy it goes over
        the transport's own HTTP/1.1 connections (`_wire_pool`); through a proxy, via aiohttp."""
        url = request.url
        target = self._targets.get(id(url))
        key = tuple(request.headers.raw)
        block = self._blocks.get(key)
        try:
            if target is None or target[0] is not url:  # the runner reuses URL objects: one lookup
                target = self._target(url)
            if block is None and target[2] is None:
                block = self._block(key, url)
        except httpx.LocalProtocolError as error:  # a header or path that cannot be sent: nothing was
            error.request = request  # (the checks know no request; the error carries it like httpx's)
            raise
        wire = self._wire
        if target[2] is not None or wire is None or block is None:
            return await self._aio.attempt(request, attempts, remaining, target[1], target[2])
        head = request.method.encode("ascii") + target[3] + block
        status, headers, data, decoded = await wire.exchange(request, target[4], head, attempts)
        return Answer(status, headers, data, decoded), status, headers, data

    def _target(self, url: httpx.URL) -> _Target:
        """What the lane needs of a URL, worked out once per URL object: the yarl URL and proxy
        (for aiohttp), the request line's target and the origin (for the lane's connections)."""
        if len(self._targets) >= 512:
            self._targets.clear()
        scheme = url.scheme
        port = url.port or (443 if scheme == "https" else 80)
        line = request_line("", url.raw_path)  # checked once: " /path?query HTTP/1.1\r\n"
        # raw_host: the ASCII (IDNA 2008) name httpx puts in Host, also what DNS and TLS must see
        origin = (scheme, url.raw_host.decode("ascii"), port)
        target = (url, self._aio.url(str(url)), self._proxy_for(url.host), line, origin)
        self._targets[id(url)] = target
        return target

    def _block(self, key: tuple[tuple[bytes, bytes], ...], url: httpx.URL) -> bytes:
        """The request's header lines, checked; kept for reuse only when they name their own Host
        (the runner's always do), so a block never carries one URL's host to another."""
        block = header_block(key, url.netloc)
        if any(name.lower() == b"host" for name, _ in key):
            if len(self._blocks) >= 512:
                self._blocks.clear()
            self._blocks[key] = block
        return block

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._aio.send(request, self._proxy_for(request.url.host))

    async def aclose(self) -> None:
        if self._wire is not None:
            await self._wire.aclose()
        await self._aio.aclose()


def _wire_pool(limit: int, keepalive_expiry: float, ssl_context: Any) -> WirePool | None:
    """The lane's own connection pool; None without httptools (then aiohttp carries everything)."""
    try:
        import httptools  # noqa: F401
    except ImportError:
        return None
    from ._wire_pool import WirePool

    return WirePool(limit, keepalive_expiry, ssl_context)
