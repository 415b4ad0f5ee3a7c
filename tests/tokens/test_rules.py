"""The sweeper's pure rules: what each failure means, the pacer, and the PostgreSQL fixture's hint."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from instagram_graph_api_sdk import (
    APIConnectionError,
    AuthenticationError,
    PermissionDeniedError,
    RateLimitError,
    ShortLivedTokenRefreshError,
    TokenTooNewError,
    TransientError,
)
from instagram_graph_api_sdk.tokens._outcome import MAX_PACE, Pacer, decide
from instagram_graph_api_sdk.tokens._records import is_due

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("error", "outcome", "status"),
    [
        (AuthenticationError("expired", code=190, subcode=463), "needs_reauth", "needs_reauth"),
        (PermissionDeniedError("no instagram_business_basic", code=10), "needs_reauth", "needs_reauth"),
        (ShortLivedTokenRefreshError("short", code=100), "needs_reauth", "needs_reauth"),
        (RateLimitError("slow down", code=4, retry_after=600), "throttled", None),
        (TransientError("try later", code=2), "deferred", None),
        (APIConnectionError("reset"), "deferred", None),
        (TokenTooNewError("too new", code=100), "deferred", None),
        (RuntimeError("a bug"), "deferred", None),
    ],
)
def test_what_each_failure_means(error: Exception, outcome: str, status: str | None) -> None:
    decision = decide(error)
    assert (decision.outcome, decision.status) == (outcome, status)
    if status is None:  # left for a later run, never retried within this one
        assert decision.retry_after is not None
        assert decision.retry_after >= timedelta(minutes=5)


def test_a_throttle_retry_after_is_honoured() -> None:
    assert decide(RateLimitError("slow", code=4, retry_after=3600)).retry_after == timedelta(hours=1)


def test_the_pacer_slows_down_on_throttling_and_recovers() -> None:
    pacer = Pacer()
    assert pacer.delay == 0
    pacer.throttled(None)
    first = pacer.delay
    assert first > 0
    pacer.throttled(None)
    assert pacer.delay == 2 * first
    for _ in range(20):
        pacer.throttled(None)
    assert pacer.delay == MAX_PACE  # bounded
    pacer.throttled(10_000)
    assert pacer.delay == MAX_PACE
    for _ in range(30):
        pacer.succeeded()
    assert pacer.delay == 0


@pytest.mark.parametrize(
    ("issued_ago", "expires_in", "status", "due"),
    [
        (timedelta(hours=23, minutes=59), None, "active", False),  # younger than 24 h: never
        (timedelta(hours=24), None, "active", True),  # unknown expiry: due
        (timedelta(days=55), timedelta(days=5), "active", True),
        (timedelta(days=10), timedelta(days=50), "active", False),
        (timedelta(days=61), timedelta(days=-1), "active", False),  # expired: Meta refuses it
        (timedelta(days=55), timedelta(days=5), "needs_reauth", False),
    ],
)
def test_is_due(issued_ago: timedelta, expires_in: timedelta | None, status: str, due: bool) -> None:
    expires = None if expires_in is None else NOW + expires_in
    assert (
        is_due(status=status, issued_at=NOW - issued_ago, expires_at=expires, now=NOW, within=timedelta(days=7)) is due
    )


def test_missing_postgresql_binaries_fail_with_a_one_line_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    import pg_cluster

    monkeypatch.setattr("glob.glob", lambda pattern: [])  # what pg_cluster searches with
    monkeypatch.setattr("shutil.which", lambda name: None)
    hint = r"^PostgreSQL binaries not found .*: apt-get install postgresql$"
    with pytest.raises(RuntimeError, match=hint), pg_cluster.postgres_cluster():
        pass
