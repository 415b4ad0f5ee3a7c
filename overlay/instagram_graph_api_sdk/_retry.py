"""Retry decisions as pure functions (no clock, no sleep, no randomness of their own).

The rules (../shared/reference/reliability-security.md §1.3-1.5):
  * Never retry once a non-idempotent request may have reached Meta (read timeout, reset after
    sending, 5xx, an unknown error code): Meta has no idempotency keys. Connection failures
    before anything was sent are safe to retry for every method.
  * Throttling (4, 17, 32, 341, 613, 80000-80014, HTTP 429) proves the request was rejected, so it
    may be retried for any method, with longer waits, or with the wait Meta announces
    (X-Business-Use-Case-Usage estimated_time_to_regain_access). If that wait is longer than
    `max_wait`, or than what is left of the deadline, the call fails with RateLimitError.
  * Temporary errors (1, 2, is_transient, media 2207001/2207003/2207008, 5xx) are retried for
    idempotent requests, with exponential backoff and full jitter.
  * Everything else (tokens, permissions, parameters, policy blocks, the publishing quota) is
    never retried.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from . import _exceptions as exc
from ._classify import ErrorInfo, classify
from ._constants import DEFAULT_DEADLINE, DEFAULT_MAX_RETRIES, DEFAULT_USAGE_SLOWDOWN_THRESHOLD
from ._usage import UsageSnapshot


@dataclass(frozen=True, slots=True)
class RetryConfig:
    """How a call retries. Set per client (`InstagramClient(retry=...)` or `max_retries=`) or per
    call (`client.with_options(max_retries=0).media.get(...)`)."""

    max_retries: int = DEFAULT_MAX_RETRIES
    deadline: float | None = DEFAULT_DEADLINE
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    throttle_base: float = 5.0
    throttle_max: float = 60.0
    max_wait: float = 60.0
    slowdown_threshold: float | None = DEFAULT_USAGE_SLOWDOWN_THRESHOLD
    slowdown_max_delay: float = 5.0
    fail_fast_when_blocked: bool = True

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise exc.ConfigurationError("max_retries must be 0 or more (0 disables retries).")
        if self.deadline is not None and self.deadline <= 0:
            raise exc.ConfigurationError("deadline must be a positive number of seconds, or None for no deadline.")


# How a request may be retried, from the spec (x-sdk-retry, else the HTTP method: every POST is UNSAFE).
IDEMPOTENT = "idempotent"
UNSAFE = "unsafe"
NEVER = "never"
RECONCILE = "reconcile-container"


class RetryPlan(NamedTuple):
    """How one request may be retried, as it travels to the transport in
    `request.extensions[RETRY_EXTENSION]` (set by the runner and the OAuth shells; frozen)."""

    config: RetryConfig
    retry_class: str  # IDEMPOTENT, UNSAFE, NEVER or RECONCILE


# What happened to an attempt that raised instead of returning a response.
NOT_SENT = "not-sent"  # connection refused, DNS, connect/pool timeout: nothing reached Meta
MAYBE_SENT = "maybe-sent"  # read/write timeout, reset or protocol error after sending began


class Decision(NamedTuple):
    retry: bool
    delay: float = 0.0
    reason: str = ""


STOP = Decision(False)


def backoff(attempt: int, base: float, cap: float, rand: Callable[[], float]) -> float:
    """Exponential backoff with full jitter: uniform in [0, min(cap, base * 2**attempt)]."""
    return rand() * min(cap, base * (2.0**attempt))


def throttle_delay(attempt: int, config: RetryConfig, rand: Callable[[], float]) -> float:
    """Longer waits for throttling: equal jitter, so the wait never collapses to zero."""
    ceiling = min(config.throttle_max, config.throttle_base * (2.0**attempt))
    return ceiling / 2 + rand() * ceiling / 2


def _fits(delay: float, elapsed: float, config: RetryConfig) -> bool:
    return config.deadline is None or elapsed + delay < config.deadline


def decide_after_exception(
    kind: str, retry_class: str, attempt: int, elapsed: float, config: RetryConfig, rand: Callable[[], float]
) -> Decision:
    """Whether to retry after an attempt raised (`kind` is NOT_SENT or MAYBE_SENT)."""
    if attempt >= config.max_retries or retry_class == NEVER:
        return STOP
    if kind == MAYBE_SENT and retry_class != IDEMPOTENT:
        return Decision(False, reason="the request may have reached Instagram; it is not safe to send again")
    delay = backoff(attempt, config.backoff_base, config.backoff_max, rand)
    return Decision(True, delay, kind) if _fits(delay, elapsed, config) else Decision(False, reason="deadline")


def decide_after_response(
    status_code: int,
    info: ErrorInfo,
    usage: UsageSnapshot | None,
    retry_class: str,
    attempt: int,
    elapsed: float,
    config: RetryConfig,
    rand: Callable[[], float],
) -> Decision:
    """Whether to retry after an error response (status >= 400)."""
    if attempt >= config.max_retries or retry_class == NEVER:
        return STOP
    error = classify(info, status_code)
    if issubclass(error, exc.RateLimitError) and not issubclass(error, exc.PublishingLimitError):
        announced = usage.regain_access_after if usage is not None else None
        delay = announced if announced and announced > 0 else throttle_delay(attempt, config, rand)
        if delay > config.max_wait:
            return Decision(False, reason=f"throttled for {delay:.0f} s, longer than max_wait")
        return (
            Decision(True, delay, "throttled") if _fits(delay, elapsed, config) else Decision(False, reason="deadline")
        )
    transient = issubclass(error, exc.TransientError) or (info.envelope == "non-json" and status_code >= 500)
    if transient:
        if retry_class != IDEMPOTENT:
            return Decision(False, reason="the request may have been processed; it is not safe to send again")
        delay = backoff(attempt, config.backoff_base, config.backoff_max, rand)
        return (
            Decision(True, delay, "transient") if _fits(delay, elapsed, config) else Decision(False, reason="deadline")
        )
    return STOP


class Gate(NamedTuple):
    """What to do before sending: wait `delay` seconds, or refuse with `blocked_for` seconds left."""

    delay: float = 0.0
    blocked_for: float = 0.0


OPEN = Gate()


def before_send(percent: float | None, blocked_until: float, now: float, config: RetryConfig) -> Gate:
    """Proactive rate-limit handling from the last usage headers (no network involved).

    `percent` is the last snapshot's `max_percent` (None: unknown). While Meta has announced a
    throttling period, refuse locally (more calls only extend it); above the slowdown threshold,
    wait in proportion to how close usage is to 100 %.
    """
    if config.fail_fast_when_blocked and blocked_until > now:
        return Gate(blocked_for=blocked_until - now)
    if percent is None or config.slowdown_threshold is None or percent < config.slowdown_threshold:
        return OPEN
    span = max(100.0 - config.slowdown_threshold, 1e-9)
    return Gate(delay=config.slowdown_max_delay * min(1.0, (percent - config.slowdown_threshold) / span))
