"""AiohttpTransport's aiohttp side: one aiohttp session, for requests with a body, proxied hosts
and the httpx interface (`AiohttpTransport.handle_async_request`), and aiohttp's errors as httpx's.

aiohttp is imported when the transport is made (`import_aiohttp`, with a message naming the extra
when it is missing), never with the package; the session is opened by the first request that
needs it, in the event loop that owns the transport.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any

import httpx

from ._answer import Answer
from ._exceptions import ConfigurationError
from ._reading import Body
from ._timers import DeadlineTimers

if TYPE_CHECKING:
    import ssl

    import aiohttp

    from ._attempts import Attempts

# The headers aiohttp adds unless told not to; httpx's requests carry their own (its Accept-Encoding
# names only what the SDK can decode: gzip and deflate, never aiohttp's br or zstd).
_NO_AUTO_HEADERS = ("User-Agent", "Accept-Encoding", "Accept")
EXTRA_HINT = (
    "AiohttpTransport needs aiohttp: install the extra with `pip install 'instagram-graph-api-sdk[aiohttp]'` "
    "(or use the default transport by not passing transport=)."
)


def import_aiohttp() -> Any:
    try:
        import aiohttp
    except ImportError:
        raise ConfigurationError(EXTRA_HINT) from None
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
            raise map_error(error, self._request, reading=True) from None

    async def aclose(self) -> None:
        self._response.release()  # back to the pool when fully read; dropped otherwise


def map_error(error: BaseException, request: httpx.Request, *, reading: bool = False) -> BaseException:
    """The httpx exception that stands for an aiohttp (or asyncio) error."""
    aiohttp = import_aiohttp()
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


class AiohttpSession:
    """One aiohttp session with the transport's limit, keep-alive and TLS context, and the caches
    that spare aiohttp per-request work (timeouts, yarl URLs, header sets)."""

    def __init__(self, limit: int, keepalive_expiry: float, ssl_context: Callable[[], ssl.SSLContext]) -> None:
        self._limit = limit
        self._keepalive = keepalive_expiry
        self._ssl_context = ssl_context
        self.session: aiohttp.ClientSession | None = None
        self.closed = False
        self._timeouts: dict[tuple[Any, ...], aiohttp.ClientTimeout] = {}
        self._urls: dict[str, Any] = {}
        self._deadlines = DeadlineTimers()
        self._header_sets: dict[tuple[tuple[bytes, bytes], ...], tuple[Any, tuple[str, ...] | None]] = {}

    def open(self) -> aiohttp.ClientSession:
        aiohttp = import_aiohttp()
        if self.closed:
            raise httpx.UnsupportedProtocol("this AiohttpTransport was closed; create a new one")
        connector = aiohttp.TCPConnector(
            limit=self._limit,
            keepalive_timeout=self._keepalive,
            ssl=self._ssl_context(),
        )
        self.session = aiohttp.ClientSession(
            connector=connector,
            auto_decompress=False,  # the SDK decodes, under its size cap and deadline
            cookie_jar=aiohttp.DummyCookieJar(),  # an API client keeps no cookies
            trust_env=False,  # proxies come from proxy= or the SDK's own environment rule
        )
        # aiohttp silently resends an idempotent request once after a reset; the SDK's retry layer
        # decides about retries (and counts them) on every transport, so that is switched off.
        if hasattr(self.session, "_retry_connection"):
            self.session._retry_connection = False
        return self.session

    def timeout(self, request: httpx.Request) -> aiohttp.ClientTimeout:
        """aiohttp's timeouts for httpx's (the call's deadline is the SDK's own timer)."""
        spec = request.extensions.get("timeout") or {}
        key = (spec.get("connect"), spec.get("read"), spec.get("pool"))
        timeout = self._timeouts.get(key)
        if timeout is None:
            aiohttp = import_aiohttp()
            connect, read, pool = key
            waiting = None if connect is None or pool is None else connect + pool
            timeout = aiohttp.ClientTimeout(total=None, connect=waiting, sock_connect=connect, sock_read=read)
            if len(self._timeouts) < 64:  # deadlines shrink timeouts: keep only a few shapes
                self._timeouts[key] = timeout
        return timeout

    def url(self, url: str) -> Any:
        """The yarl URL for httpx's URL string, exactly as httpx encoded it (recent ones reused)."""
        cached = self._urls.get(url)
        if cached is None:
            if len(self._urls) >= 512:
                self._urls.clear()
            cached = self._urls[url] = yarl_url(url)
        return cached

    async def send(self, request: httpx.Request, proxy: str | None) -> httpx.Response:
        """The httpx interface: a streaming response, its body still encoded."""
        session = self.session or self.open()
        stream = request.stream
        body: Any = request.content if isinstance(stream, httpx.ByteStream) else stream
        headers, skip = self.headers(request.headers.raw)
        try:
            response = await session.request(
                request.method,
                self.url(str(request.url)),
                headers=headers,
                skip_auto_headers=skip,
                data=body or None,
                allow_redirects=False,
                timeout=self.timeout(request),
                proxy=proxy,
            )
        except Exception as error:
            raise map_error(error, request) from None
        return httpx.Response(
            response.status,
            headers=response.raw_headers,
            stream=_AiohttpStream(response, request),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode()},
        )

    async def attempt(
        self, request: httpx.Request, attempts: Attempts, remaining: float | None, url: Any, proxy: str | None
    ) -> tuple[Answer, int, Any, bytes]:
        """One try of the fast lane through aiohttp's session (for a proxied host, or without
        httptools): the body read under the size cap and decoding, the call's deadline a shared
        loop timer (`_timers.DeadlineTimers`)."""
        session = self.session or self.open()
        headers, skip = self.headers(request.headers.raw)
        response = None
        expiry = None if remaining is None else self._deadlines.arm(remaining)
        try:
            response = await session.request(
                request.method,
                url,
                headers=headers,
                skip_auto_headers=skip,
                allow_redirects=False,
                timeout=self.timeout(request),
                proxy=proxy,
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
            raise map_error(error, request, reading=response is not None) from None
        finally:
            if expiry is not None:
                self._deadlines.disarm(expiry)
            if response is not None:
                response.release()  # back to the pool when fully read; dropped otherwise
        return Answer(status, raw, data, body.decoding), status, raw, data

    def headers(self, raw: list[tuple[bytes, bytes]]) -> tuple[Any, tuple[str, ...] | None]:
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
        self.closed = True
        if self.session is not None:
            session, self.session = self.session, None
            await session.close()


def yarl_url(url: str) -> Any:
    """The URL exactly as httpx encoded it (aiohttp must not re-quote a token in the query)."""
    from yarl import URL

    return URL(url, encoded=True)
