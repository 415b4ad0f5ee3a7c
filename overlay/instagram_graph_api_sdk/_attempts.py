"""One request's attempts: its retry plan, the call's deadline and what is left of it, the
throttling gate before each send, and the retry decision after each outcome (`_retry` decides;
this holds the bookkeeping the sync and async transports share)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx

from . import _exceptions as exc
from ._classify import parse_error_body
from ._extensions import OPERATION_EXTENSION, RETRY_EXTENSION, USAGE_EXTENSION
from ._reading import DEFAULT_MAX_RESPONSE_BYTES, LIMIT_EXTENSION
from ._retry import (
    IDEMPOTENT,
    MAYBE_SENT,
    NOT_SENT,
    UNSAFE,
    Decision,
    RetryConfig,
    RetryPlan,
    before_send,
    decide_after_exception,
    decide_after_response,
)
from ._usage import UsageSnapshot, UsageState

logger = logging.getLogger("instagram_graph_api_sdk")
_DEFAULT_CONFIG = RetryConfig()
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_FATAL_ERRORS = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)


class Attempts:
    """Bookkeeping shared by the sync and async transports for one request."""

    __slots__ = ("_clock", "attempt", "config", "deadline_at", "limit", "request", "retry_class", "start", "state")

    def __init__(self, request: httpx.Request, state: UsageState, clock: Callable[[], float]) -> None:
        now = clock()
        plan: RetryPlan = request.extensions.get(RETRY_EXTENSION) or RetryPlan(
            _DEFAULT_CONFIG,
            IDEMPOTENT if request.method in ("GET", "HEAD", "DELETE") else UNSAFE,
        )
        config, retry_class = plan
        self.request = request
        self.config: RetryConfig = config
        self.retry_class: str = retry_class
        self.state: UsageState = request.extensions.get(USAGE_EXTENSION) or state
        self.start = now
        self.deadline_at = None if config.deadline is None else now + config.deadline
        self.attempt = 0
        self.limit: int = request.extensions.get(LIMIT_EXTENSION, DEFAULT_MAX_RESPONSE_BYTES)
        self._clock = clock

    def remaining(self) -> float | None:
        """Seconds left before the deadline (None: no deadline); raises ReadTimeout once it passed."""
        if self.deadline_at is None:
            return None
        remaining = self.deadline_at - self._clock()
        if remaining <= 0:
            raise self.deadline_error()
        return remaining

    def gate(self, now: float) -> float:
        """Seconds to wait before sending; raises RateLimitError while Meta reports a block."""
        state = self.state
        if state.blocked_until <= now:  # the usual case, decided without building a Gate
            percent, threshold = state.last[1], self.config.slowdown_threshold
            if percent is None or threshold is None or percent < threshold:
                return 0.0
        gate = before_send(self.state.percent, self.state.blocked_until, now, self.config)
        if gate.blocked_for:
            raise exc.RateLimitError(
                f"Instagram reported this app or account throttled for {gate.blocked_for:.0f} more seconds; "
                "the SDK did not send the request (more calls would only extend the block)",
                retry_after=gate.blocked_for,
                method=self.request.method,
                path=self.request.url.path,
                usage=self.state.snapshot,
            )
        if self.deadline_at is not None and now + gate.delay >= self.deadline_at:
            return max(0.0, self.deadline_at - now - 0.001)
        return gate.delay

    def shrink_timeouts(self, now: float) -> float | None:
        """Cap the request's timeouts at what is left of the deadline; returns the seconds left
        (None: no deadline) and raises ReadTimeout once it passed."""
        if self.deadline_at is None:
            return None
        remaining = self.deadline_at - now
        if remaining <= 0:
            raise self.deadline_error()
        current = self.request.extensions.get("timeout")
        if current and None not in current.values() and max(current.values()) <= remaining:
            return remaining  # every timeout ends before the deadline (the usual case): nothing to shrink
        timeout: dict[str, Any] = dict(current or {})
        for key in ("connect", "read", "write", "pool"):
            value = timeout.get(key)
            timeout[key] = remaining if value is None else min(value, remaining)
        self.request.extensions["timeout"] = timeout
        return remaining

    def after_exception(self, error: httpx.TransportError, now: float, rand: Callable[[], float]) -> Decision:
        if isinstance(error, _FATAL_ERRORS):
            return Decision(False)
        kind = NOT_SENT if isinstance(error, _NOT_SENT_ERRORS) else MAYBE_SENT
        return decide_after_exception(kind, self.retry_class, self.attempt, now - self.start, self.config, rand)

    def after_response(
        self, status: int, body: bytes, usage: UsageSnapshot | None, now: float, rand: Callable[[], float]
    ) -> Decision:
        info = parse_error_body(body)
        return decide_after_response(
            status,
            info,
            usage,
            self.retry_class,
            self.attempt,
            now - self.start,
            self.config,
            rand,
        )

    def log_retry(self, decision: Decision) -> None:
        logger.info(
            "Retrying %s (%s %s) in %.2f s (%s; attempt %d of %d)",
            self.request.extensions.get(OPERATION_EXTENSION, "request"),
            self.request.method,
            self.request.url.path,
            decision.delay,
            decision.reason,
            self.attempt + 2,
            self.config.max_retries + 1,
        )

    def deadline_error(self) -> httpx.ReadTimeout:
        """The error of a try that the call's deadline ended."""
        return httpx.ReadTimeout(f"the call's deadline of {self.config.deadline} s passed", request=self.request)

    def check_deadline(self) -> None:
        if self.deadline_at is not None and self._clock() > self.deadline_at:
            raise httpx.ReadTimeout(
                f"the call's deadline of {self.config.deadline} s passed while the body was arriving",
                request=self.request,
            )
