"""How one OAuth call is bounded (per-read timeout, overall deadline, body size), shared by the
async source of the OAuth shells (`_async/oauth.py`) and the sync module generated from it."""

from __future__ import annotations

import httpx

from ._extensions import RETRY_EXTENSION
from ._options import check_max_response_bytes, require_https
from ._reading import LIMIT_EXTENSION
from ._retry import NEVER, RetryConfig, RetryPlan

HEADERS = {"Accept-Encoding": "gzip, deflate"}  # only what _reading inflates, under the cap


class Limits:
    """How one OAuth call is bounded: per-read timeout, overall deadline, body size."""

    __slots__ = ("deadline", "max_response_bytes", "plan", "timeout")

    def __init__(self, timeout: float, deadline: float, max_response_bytes: int) -> None:
        # Never retried (the code is single-use), but held to an overall deadline: httpx's
        # timeouts are per read, so a server dripping bytes could otherwise hold the call forever.
        self.deadline = RetryConfig(max_retries=0, deadline=deadline, slowdown_threshold=None)
        self.plan = RetryPlan(self.deadline, NEVER)
        self.timeout = timeout
        self.max_response_bytes = check_max_response_bytes(max_response_bytes)

    def apply(self, request: httpx.Request) -> httpx.Request:
        require_https(str(request.url), "base_url")
        request.extensions = {
            **request.extensions,
            "timeout": httpx.Timeout(self.timeout).as_dict(),
            RETRY_EXTENSION: self.plan,
            LIMIT_EXTENSION: self.max_response_bytes,
        }
        return request
