"""An httpx error turned into the SDK's exception (no URL query, no token in the message): shared by
the runners and the OAuth shells."""

from __future__ import annotations

import httpx

from . import _exceptions as exc
from ._redact import redact


def translate(error: Exception, request: httpx.Request | None) -> exc.InstagramError:
    """An SDK exception for an httpx error (no URL query, no token in the message)."""
    if request is None:
        return exc.InvalidArgumentError(f"the request could not be built: {redact(str(error))}")
    where = f"{request.method} {request.url.host}{redact(request.url.path)}"  # the host, never the query
    detail = redact(str(error)) or type(error).__name__
    if isinstance(error, httpx.TimeoutException):
        return exc.APITimeoutError(f"{where} timed out: {detail}", method=request.method, path=redact(request.url.path))
    if isinstance(error, httpx.DecodingError):
        return exc.InvalidResponseError(
            f"{where}: the response could not be decoded: {detail}",
            method=request.method,
            path=redact(request.url.path),
        )
    return exc.APIConnectionError(
        f"{where} failed before Instagram answered: {type(error).__name__}: {detail}",
        method=request.method,
        path=redact(request.url.path),
    )
