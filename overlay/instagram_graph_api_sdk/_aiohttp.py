"""AiohttpTransport: the fleet's async transport (aiohttp, and its own HTTP/1.1 lane).

    client = AsyncInstagramClient(token, transport=AiohttpTransport())

httpx's async connection pool is the slow part of a busy async client; aiohttp's is several
times faster, and the lane below is faster still. Two ways through this transport:

- the fast lane (`attempt`, used by the async runner for GET and DELETE without a body): over the
  transport's own keep-alive connections (`_wire_pool`), no httpx or aiohttp request and response
  objects, the body read under the SDK's size cap and decoding; a host behind a proxy takes
  aiohttp's session instead (`_attempt_session`);
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

import asyncio
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import httpx

from ._answer import Answer
from ._exceptions import ConfigurationError
from ._reading import Body
from ._timers import DeadlineTimers
from ._wire import header_block, request_line

if TYPE_CHECKING:
    import ssl

    import aiohttp

    from ._attempts import Attempts
    from ._wire_pool import WirePool

# The headers aiohttp adds unless told not to; httpx's requests carry their own (its Accept-Encoding
# names only what the SDK can decode: gzip and deflate, never aiohttp's br or zstd).
_NO_AUTO_HEADERS = ("User-Agent", "Accept-Encoding", "Accept")
_Target = tuple[httpx.URL, Any, "str | None", bytes, tuple[str, str, int]]
_EXTRA_HINT = (
    "AiohttpTransport needs aiohttp: install the extra with `pip install 'instagram-graph-api-sdk[aiohttp]'` "
    "(or use the default transport by not passing transport=)."
)


def _import_aiohttp() -> Any:
    try:
        import aiohttp
    except ImportError:
        raise ConfigurationError(_EXTRA_HINT) from None
    return aiohttp


class _AiohttpStream(httpx.AsyncByteStream):
    """The body of one aiohttp response, chunk by chunk, still encoded; closing releases it."""

    __slots__ = ("_request", "_response")

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._response.content
        try:
            while True:
                chunk = await content.readany()
                if not chunk:
                    return
                yield chunk
        except Exception as error:
            raise _map_error(error, self._request, reading=True) from None

    async def aclose(self) -> None:
        self._response.release()  # back to the pool when fully read; dropped otherwise


def _map_error(error: BaseException, request: httpx.Request, *, reading: bool = False) -> BaseException:
    """The httpx exception that stands for an aiohttp (or asyncio) error."""
    aiohttp = _import_aiohttp()
    message = f"{type(error).__name__}: {error}"
    if isinstance(error, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message, request=request)
    if isinstance(error, aiohttp.SocketTimeoutError):
        # No answer within the read timeout: the request was sent (a POST must not go again).
        return httpx.ReadTimeout(message, request=request)
    if isinstance(error, asyncio.TimeoutError):
        return httpx.ReadTimeout(message, request=request) if reading else httpx.PoolTimeout(message, request=request)
    if isinstance(error, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message, request=request)
    if isinstance(error, aiohttp.ClientPayloadError | aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(error, aiohttp.ClientResponseError):  # a malformed status line or header
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(error, aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError):
        return httpx.UnsupportedProtocol(message, request=request)
    if isinstance(error, aiohttp.ClientError | OSError):
        return httpx.ReadError(message, request=request) if reading else httpx.WriteError(message, request=request)
    return error


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
        _import_aiohttp()  # fail at construction, with the extra's name, not at the first call
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
        self._session: aiohttp.ClientSession | None = None
        self._timeouts: dict[tuple[Any, ...], aiohttp.ClientTimeout] = {}
        self._proxies: dict[str, str | None] = {}
        self._urls: dict[str, Any] = {}
        self._deadlines = DeadlineTimers()
        self._targets: dict[int, _Target] = {}  # id(url) -> url, yarl URL, proxy, request target, origin
        self._header_sets: dict[tuple[tuple[bytes, bytes], ...], tuple[Any, tuple[str, ...] | None]] = {}
        self._closed = False

    def _ssl_context(self) -> ssl.SSLContext:
        if self._verify is not None:
            return self._verify
        import ssl

        import certifi

        self._verify = ssl.create_default_context(cafile=certifi.where())  # the CA bundle httpx uses
        return self._verify

    def _open(self) -> aiohttp.ClientSession:
        aiohttp = _import_aiohttp()
        if self._closed:
            raise httpx.UnsupportedProtocol("this AiohttpTransport was closed; create a new one")
        connector = aiohttp.TCPConnector(
            limit=self._limit,
            keepalive_timeout=self._keepalive,
            ssl=self._ssl_context(),
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            auto_decompress=False,  # the SDK decodes, under its size cap and deadline
            cookie_jar=aiohttp.DummyCookieJar(),  # an API client keeps no cookies
            trust_env=False,  # proxies come from proxy= or the SDK's own environment rule
        )
        # aiohttp silently resends an idempotent request once after a reset; the SDK's retry layer
        # decides about retries (and counts them) on every transport, so that is switched off.
        if hasattr(self._session, "_retry_connection"):
            self._session._retry_connection = False
        return self._session

    def _timeout(self, request: httpx.Request) -> aiohttp.ClientTimeout:
        """aiohttp's timeouts for httpx's (the call's deadline is the SDK's own timer)."""
        spec = request.extensions.get("timeout") or {}
        key = (spec.get("connect"), spec.get("read"), spec.get("pool"))
        timeout = self._timeouts.get(key)
        if timeout is None:
            aiohttp = _import_aiohttp()
            connect, read, pool = key
            waiting = None if connect is None or pool is None else connect + pool
            timeout = aiohttp.ClientTimeout(total=None, connect=waiting, sock_connect=connect, sock_read=read)
            if len(self._timeouts) < 64:  # deadlines shrink timeouts: keep only a few shapes
                self._timeouts[key] = timeout
        return timeout

    def _url(self, url: str) -> Any:
        """The yarl URL for httpx's URL string, exactly as httpx encoded it (recent ones reused)."""
        cached = self._urls.get(url)
        if cached is None:
            if len(self._urls) >= 512:
                self._urls.clear()
            cached = self._urls[url] = _yarl_url(url)
        return cached

    def _proxy_for(self, host: str) -> str | None:
        if self._proxy is not None:
            return self._proxy
        if host not in self._proxies:
            from ._transport import environment_proxy

            self._proxies[host] = environment_proxy(host)
        return self._proxies[host]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session or self._open()
        stream = request.stream
        body: Any = request.content if isinstance(stream, httpx.ByteStream) else stream
        headers, skip = self._headers(request.headers.raw)
        try:
            response = await session.request(
                request.method,
                self._url(str(request.url)),
                headers=headers,
                skip_auto_headers=skip,
                data=body or None,
                allow_redirects=False,
                timeout=self._timeout(request),
                proxy=self._proxy_for(request.url.host),
            )
        except Exception as error:
            raise _map_error(error, request) from None
        return httpx.Response(
            response.status,
            headers=response.raw_headers,
            stream=_AiohttpStream(response, request),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode()},
        )

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
            return await self._attempt_session(request, attempts, remaining, target)
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
        target = (url, self._url(str(url)), self._proxy_for(url.host), line, origin)
        self._targets[id(url)] = target
        return target

    def _block(self, key: tuple[tuple[bytes, bytes], ...], url: httpx.URL) -> bytes:
        if len(self._blocks) >= 512:
            self._blocks.clear()
        block = self._blocks[key] = header_block(key, url.netloc)
        return block

    async def _attempt_session(
        self, request: httpx.Request, attempts: Attempts, remaining: float | None, target: _Target
    ) -> tuple[Answer, int, Any, bytes]:
        """The fast lane through aiohttp's session (for a proxied host)."""
        session = self._session or self._open()
        headers, skip = self._headers(request.headers.raw)
        response = None
        expiry = None if remaining is None else self._deadlines.arm(remaining)
        try:
            response = await session.request(
                request.method,
                target[1],
                headers=headers,
                skip_auto_headers=skip,
                allow_redirects=False,
                timeout=self._timeout(request),
                proxy=target[2],
            )
            status, raw = response.status, response.raw_headers
            body = Body(status, raw, request, attempts.limit, attempts.check_deadline)
            content = response.content
            while chunk := await content.readany():
                body.feed(chunk)
                attempts.check_deadline()
            data = body.value()
        except asyncio.CancelledError:
            if self._deadlines.expired(expiry):
                raise attempts.deadline_error() from None
            raise
        except httpx.HTTPError:
            raise  # the size cap or the deadline (from Body or check_deadline)
        except Exception as error:
            if expiry is not None and expiry.expired:  # the deadline's cancellation, turned into an error below
                raise attempts.deadline_error() from None
            raise _map_error(error, request, reading=response is not None) from None
        finally:
            if expiry is not None:
                self._deadlines.disarm(expiry)
            if response is not None:
                response.release()  # back to the pool when fully read; dropped otherwise
        return Answer(status, raw, data, body.decoding), status, raw, data

    def _headers(self, raw: list[tuple[bytes, bytes]]) -> tuple[Any, tuple[str, ...] | None]:
        """httpx's header pairs as aiohttp takes them (a read-only CIMultiDict, made once per
        distinct set), and the automatic headers aiohttp must not add: none when the request
        has its own Accept, Accept-Encoding and User-Agent (the runner's always do), which spares
        aiohttp a per-request merge."""
        key = tuple(raw)
        cached = self._header_sets.get(key)
        if cached is None:
            from multidict import CIMultiDict, CIMultiDictProxy

            pairs = CIMultiDict((k.decode("latin-1"), v.decode("latin-1")) for k, v in raw)
            present = all(name in pairs for name in _NO_AUTO_HEADERS)
            if len(self._header_sets) >= 512:
                self._header_sets.clear()
            cached = self._header_sets[key] = (CIMultiDictProxy(pairs), None if present else _NO_AUTO_HEADERS)
        return cached

    async def aclose(self) -> None:
        self._closed = True
        if self._wire is not None:
            await self._wire.aclose()
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()


def _wire_pool(limit: int, keepalive_expiry: float, ssl_context: Any) -> WirePool | None:
    """The lane's own connection pool; None without httptools (then aiohttp carries everything)."""
    try:
        import httptools  # noqa: F401
    except ImportError:
        return None
    from ._wire_pool import WirePool

    return WirePool(limit, keepalive_expiry, ssl_context)


def _yarl_url(url: str) -> Any:
    """The URL exactly as httpx encoded it (aiohttp must not re-quote a token in the query)."""
    from yarl import URL

    return URL(url, encoded=True)
