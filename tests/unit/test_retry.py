"""The retry policy as tables, with injected randomness (no clock, no sleep involved)."""

from __future__ import annotations

import pytest

from instagram_graph_api_sdk import ConfigurationError, RetryConfig
from instagram_graph_api_sdk._classify import ErrorInfo, parse_error_body
from instagram_graph_api_sdk._retry import (
    IDEMPOTENT,
    MAYBE_SENT,
    NEVER,
    NOT_SENT,
    RECONCILE,
    UNSAFE,
    backoff,
    before_send,
    decide_after_exception,
    decide_after_response,
    throttle_delay,
)
from instagram_graph_api_sdk._usage import UsageSnapshot, parse_usage

CONFIG = RetryConfig(max_retries=3, deadline=120, backoff_base=0.5, backoff_max=8, throttle_base=5, throttle_max=60)
ONE = lambda: 1.0  # noqa: E731  (the largest delay the jitter allows)
HALF = lambda: 0.5  # noqa: E731


def info(
    code: int | None = None, subcode: int | None = None, transient: bool | None = None, envelope: str = "graph"
) -> ErrorInfo:
    return ErrorInfo(envelope, code=code, subcode=subcode, is_transient=transient)


def test_backoff_schedule_with_full_jitter() -> None:
    assert [backoff(n, 0.5, 8, ONE) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert [backoff(n, 0.5, 8, HALF) for n in range(3)] == [0.25, 0.5, 1.0]
    assert backoff(3, 0.5, 8, lambda: 0.0) == 0.0


def test_throttle_waits_are_longer_and_never_zero() -> None:
    assert [throttle_delay(n, CONFIG, lambda: 0.0) for n in range(5)] == [2.5, 5.0, 10.0, 20.0, 30.0]
    assert [throttle_delay(n, CONFIG, ONE) for n in range(5)] == [5.0, 10.0, 20.0, 40.0, 60.0]


EXCEPTION_TABLE = [
    # kind, retry class, retried?
    (NOT_SENT, IDEMPOTENT, True),
    (NOT_SENT, UNSAFE, True),  # nothing reached Meta: safe for any method
    (NOT_SENT, RECONCILE, True),
    (NOT_SENT, NEVER, False),
    (MAYBE_SENT, IDEMPOTENT, True),
    (MAYBE_SENT, UNSAFE, False),  # a POST that may have reached Meta is never resent
    (MAYBE_SENT, RECONCILE, False),  # media_publish: the container status decides instead
    (MAYBE_SENT, NEVER, False),
]


@pytest.mark.parametrize(("kind", "retry_class", "retried"), EXCEPTION_TABLE)
def test_after_exception(kind: str, retry_class: str, retried: bool) -> None:
    decision = decide_after_exception(kind, retry_class, 0, 0.0, CONFIG, ONE)
    assert decision.retry is retried
    if retried:
        assert decision.delay == 0.5


RESPONSE_TABLE = [
    # status, error info, retry class, retried?, delay with rand=1 on the first retry
    (500, info(1), IDEMPOTENT, True, 0.5),
    (500, info(2), IDEMPOTENT, True, 0.5),
    (400, info(999, transient=True), IDEMPOTENT, True, 0.5),
    (400, info(-1, 2207001), IDEMPOTENT, True, 0.5),
    (400, info(1), UNSAFE, False, 0.0),  # the POST may have been processed
    (502, info(envelope="non-json"), IDEMPOTENT, True, 0.5),
    (502, info(envelope="non-json"), UNSAFE, False, 0.0),
    (503, info(envelope="empty"), IDEMPOTENT, True, 0.5),
    (400, info(4), UNSAFE, True, 5.0),  # throttling proves the request was rejected
    (400, info(17), IDEMPOTENT, True, 5.0),
    (400, info(32), IDEMPOTENT, True, 5.0),
    (400, info(613), IDEMPOTENT, True, 5.0),
    (400, info(80002), UNSAFE, True, 5.0),
    (429, info(envelope="empty"), IDEMPOTENT, True, 5.0),
    (400, info(4), NEVER, False, 0.0),
    (400, info(9, 2207042), IDEMPOTENT, False, 0.0),  # publishing quota: a 24-hour window
    (400, info(4, 2207051), IDEMPOTENT, False, 0.0),  # spam restriction
    (400, info(368), IDEMPOTENT, False, 0.0),
    (400, info(190, 463), IDEMPOTENT, False, 0.0),
    (400, info(10), IDEMPOTENT, False, 0.0),
    (400, info(100), IDEMPOTENT, False, 0.0),
    (400, info(9007, 2207027), IDEMPOTENT, False, 0.0),
    (404, info(envelope="json"), IDEMPOTENT, False, 0.0),
]


@pytest.mark.parametrize(("status", "error", "retry_class", "retried", "delay"), RESPONSE_TABLE)
def test_after_response(status: int, error: ErrorInfo, retry_class: str, retried: bool, delay: float) -> None:
    decision = decide_after_response(status, error, None, retry_class, 0, 0.0, CONFIG, ONE)
    assert (decision.retry, decision.delay) == (retried, delay)


def test_max_retries_is_respected() -> None:
    assert decide_after_exception(NOT_SENT, IDEMPOTENT, 2, 0.0, CONFIG, ONE).retry
    assert not decide_after_exception(NOT_SENT, IDEMPOTENT, 3, 0.0, CONFIG, ONE).retry
    assert not decide_after_response(500, info(2), None, IDEMPOTENT, 3, 0.0, CONFIG, ONE).retry
    none = RetryConfig(max_retries=0)
    assert not decide_after_exception(NOT_SENT, IDEMPOTENT, 0, 0.0, none, ONE).retry


def test_the_deadline_bounds_every_wait() -> None:
    assert decide_after_response(500, info(2), None, IDEMPOTENT, 0, 119.4, CONFIG, ONE).retry
    late = decide_after_response(500, info(2), None, IDEMPOTENT, 0, 119.6, CONFIG, ONE)
    assert not late.retry
    assert late.reason == "deadline"
    assert not decide_after_exception(NOT_SENT, IDEMPOTENT, 0, 119.9, CONFIG, ONE).retry
    assert decide_after_exception(NOT_SENT, IDEMPOTENT, 0, 1e9, RetryConfig(deadline=None), ONE).retry


def app_percent(header: str) -> float | None:
    """The max_percent of an x-app-usage header's snapshot."""
    snapshot = parse_usage({"x-app-usage": header})
    assert snapshot is not None
    return snapshot.max_percent


def usage(minutes: float) -> UsageSnapshot | None:
    header = f'{{"1": [{{"type": "instagram", "call_count": 100, "estimated_time_to_regain_access": {minutes}}}]}}'
    return parse_usage({"x-business-use-case-usage": header})


def test_throttle_waits_what_meta_announces_when_it_fits() -> None:
    decision = decide_after_response(400, info(80002), usage(0.5), IDEMPOTENT, 0, 0.0, CONFIG, ONE)
    assert (decision.retry, decision.delay) == (True, 30.0)
    too_long = decide_after_response(400, info(80002), usage(5), IDEMPOTENT, 0, 0.0, CONFIG, ONE)
    assert not too_long.retry
    assert "max_wait" in too_long.reason


def test_an_announced_wait_that_is_not_positive_falls_back_to_the_throttle_backoff() -> None:
    # A snapshot built by hand (parse_usage already drops negative figures).
    from instagram_graph_api_sdk._usage import BusinessUseCaseUsage

    for minutes in (-1.0, 0.0):
        snapshot = UsageSnapshot(business=(BusinessUseCaseUsage("1", estimated_time_to_regain_access=minutes),))
        decision = decide_after_response(400, info(4), snapshot, IDEMPOTENT, 0, 0.0, CONFIG, HALF)
        assert (decision.retry, decision.delay) == (True, throttle_delay(0, CONFIG, HALF))
        assert decision.delay > 0


def test_every_delay_respects_cap_and_deadline_property() -> None:
    import random

    rng = random.Random(7)
    for _ in range(2000):
        attempt, elapsed = rng.randrange(0, 10), rng.uniform(0, 130)
        body = rng.choice([b'{"error":{"code":2}}', b'{"error":{"code":4}}', b"<html>", b""])
        decision = decide_after_response(
            rng.choice([400, 500, 503]), parse_error_body(body), None, IDEMPOTENT, attempt, elapsed, CONFIG, rng.random
        )
        if decision.retry:
            assert 0 <= decision.delay <= max(CONFIG.backoff_max, CONFIG.throttle_max, CONFIG.max_wait)
            assert CONFIG.deadline is not None
            assert elapsed + decision.delay < CONFIG.deadline
            assert attempt < CONFIG.max_retries


def test_before_send_refuses_while_blocked_and_slows_down_near_the_limit() -> None:
    config = RetryConfig(slowdown_threshold=90, slowdown_max_delay=5)
    assert before_send(None, blocked_until=100.0, now=40.0, config=config).blocked_for == 60.0
    assert (
        before_send(None, blocked_until=100.0, now=40.0, config=RetryConfig(fail_fast_when_blocked=False)).blocked_for
        == 0
    )
    assert before_send(app_percent('{"call_count": 50}'), 0.0, 0.0, config).delay == 0
    assert before_send(app_percent('{"call_count": 95}'), 0.0, 0.0, config).delay == 2.5
    assert before_send(app_percent('{"call_count": 120}'), 0.0, 0.0, config).delay == 5.0
    assert before_send(app_percent("{}"), 0.0, 0.0, config).delay == 0


def test_invalid_configuration_says_how_to_fix_it() -> None:
    with pytest.raises(ConfigurationError, match="0 disables retries"):
        RetryConfig(max_retries=-1)
    with pytest.raises(ConfigurationError, match="positive number of seconds"):
        RetryConfig(deadline=0)
