"""Reading a response body under the call's deadline and size cap, decoding it as it arrives.

The retrying transports read every body here, above whatever httpx transport is underneath
(httpcore, aiohttp, a MockTransport), so the same rules hold for all of them:
  * no more than `max_response_bytes` of decoded body: a `content-length` above it is refused
    before reading, and the count is checked as bytes arrive (an endless stream is cut off);
  * `Content-Encoding` (gzip, deflate) is inflated here, incrementally, a bounded step at a time,
    under the same cap and deadline; httpx then sees a plain body (the header is removed), so a
    300 KB gzip bomb is never inflated to 300 MB outside the cap;
  * the body is kept once: one `bytes` for the usual one-chunk body, else an `io.BytesIO` whose
    `getvalue()` hands over its buffer without copying it (no chunk list joined into a copy).
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable, Iterable, Iterator

import httpx

from . import _exceptions as exc
from ._redact import redact

# request.extensions[LIMIT_EXTENSION] = the largest decoded body accepted, in bytes.
LIMIT_EXTENSION = "instagram_graph_api_sdk.max_response_bytes"
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
# Inflate at most this much per step, so the deadline is checked often while a bomb expands.
_STEP = 1024 * 1024
_IDENTITY = ("", "identity")
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


def too_large(
    request: httpx.Request, limit: int, status: int, declared: int | None = None
) -> exc.ResponseTooLargeError:
    size = f"declares {declared} bytes" if declared is not None else "kept arriving"
    return exc.ResponseTooLargeError(
        f"{request.method} {redact(request.url.path)}: the response {size}, more than max_response_bytes "
        f"({limit} bytes); the SDK stopped reading it. Raise max_response_bytes= on the client (or the "
        "OAuth call) if such a response is expected.",
        limit=limit,
        status_code=status,
        method=request.method,
        path=redact(request.url.path),
    )


class _Inflater:
    """One Content-Encoding, undone a bounded step at a time."""

    __slots__ = ("_encoding", "_output", "_zlib")

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding
        self._zlib = zlib.decompressobj(_WBITS[encoding])
        self._output = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        try:
            piece = self._zlib.decompress(data, _STEP)
        except zlib.error:
            if self._encoding != "deflate" or self._output:
                raise
            # "deflate" is sometimes sent raw, without the zlib header (httpx accepts both too).
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            piece = self._zlib.decompress(data, _STEP)
        while True:
            if piece:
                self._output = True
                yield piece
            tail = self._zlib.unconsumed_tail
            if not tail:
                return
            piece = self._zlib.decompress(tail, _STEP)

    def flush(self) -> bytes:
        return self._zlib.flush()


def _decoders(encoding: str, request: httpx.Request) -> list[_Inflater]:
    # Encodings are listed in the order they were applied: undo the last one first.
    names = [name.strip().lower() for name in encoding.split(",")]
    stages = [name for name in reversed(names) if name not in _IDENTITY]
    unknown = [name for name in stages if name not in _WBITS]
    if unknown:
        raise httpx.DecodingError(
            f"unsupported Content-Encoding {', '.join(unknown)!r} (the SDK asks for gzip or deflate only)",
            request=request,
        )
    return [_Inflater(name) for name in stages]


class Body:
    """The decoded body of one response, collected under the cap and the deadline."""

    __slots__ = ("_buffer", "_check", "_first", "_request", "_stages", "_status", "feed", "limit", "size")

    def __init__(
        self,
        status: int,
        raw_headers: Iterable[tuple[bytes, bytes]],
        request: httpx.Request,
        limit: int,
        check_deadline: Callable[[], None],
    ) -> None:
        self._request = request
        self._status = status
        self._check = check_deadline
        self.limit = limit
        self.size = 0
        self._first: bytes = b""
        self._buffer: io.BytesIO | None = None
        length = encoding = None
        for key, value in raw_headers:  # one pass, no decoding of the other headers
            if len(key) == 14 and key.lower() == b"content-length":
                length = value
            elif len(key) == 16 and key.lower() == b"content-encoding":
                encoding = value.decode("latin-1")
        if length is not None and length.isdigit() and int(length) > limit:
            raise too_large(request, limit, self._status, int(length))
        self._stages = _decoders(encoding, request) if encoding and encoding.strip().lower() not in _IDENTITY else None
        # feed(chunk): one call per chunk, straight to _keep for the usual plain body.
        self.feed: Callable[[bytes], None] = self._keep if self._stages is None else self._decode

    def _decode(self, chunk: bytes) -> None:
        if chunk:
            try:
                for piece in self._inflate(chunk, 0):
                    self._keep(piece)
            except zlib.error as error:
                raise httpx.DecodingError(f"the response body is not valid {error}", request=self._request) from None

    def _inflate(self, data: bytes, stage: int) -> Iterator[bytes]:
        assert self._stages is not None
        for piece in self._stages[stage].feed(data):
            self._check()
            if stage + 1 == len(self._stages):
                yield piece
            else:
                yield from self._inflate(piece, stage + 1)

    def _keep(self, piece: bytes) -> None:
        size = self.size + len(piece)
        if size > self.limit:
            raise too_large(self._request, self.limit, self._status)
        self.size = size
        if self._buffer is not None:
            self._buffer.write(piece)
        elif not self._first:
            self._first = bytes(piece)
        elif piece:
            self._buffer = io.BytesIO()
            self._buffer.write(self._first)
            self._buffer.write(piece)
            self._first = b""

    @property
    def decoding(self) -> bool:
        """Whether a Content-Encoding is undone here (the response's headers must then say so)."""
        return self._stages is not None

    def value(self) -> bytes:
        """The whole body, decoded."""
        if self._stages is not None:
            try:
                for stage, inflater in enumerate(self._stages):
                    rest = inflater.flush()
                    if rest and stage + 1 == len(self._stages):
                        self._keep(rest)
                    elif rest:
                        for piece in self._inflate(rest, stage + 1):
                            self._keep(piece)
            except zlib.error as error:
                raise httpx.DecodingError(f"the response body is not valid {error}", request=self._request) from None
        if self._buffer is None:
            return self._first
        body = self._buffer.getvalue()  # hands over the buffer (no copy) while nothing else views it
        self._buffer = None
        return body


def response_body(response: httpx.Response, request: httpx.Request, limit: int, check: Callable[[], None]) -> Body:
    """The Body for an httpx response; a Content-Encoding undone here is removed from its headers
    (httpx must not inflate it again)."""
    body = Body(response.status_code, response.headers.raw, request, limit, check)
    if body.decoding:
        del response.headers["content-encoding"]
    return body


def plain_body(response: httpx.Response, body: Body, content: bytes) -> None:
    """Give the response its decoded body (and, when it was encoded, the decoded length)."""
    if body.decoding:
        response.headers["content-length"] = str(body.size)
    response.stream = httpx.ByteStream(content)
