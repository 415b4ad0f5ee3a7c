"""from_store() clients, the refresh errors, and the SDK clock against FakeInstagram."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from token_helpers import refresh_calls, seed

from instagram_graph_api_sdk import (
    AsyncInstagramClient,
    AsyncInstagramOAuth,
    AuthenticationError,
    ConfigurationError,
    InstagramClient,
    InstagramOAuth,
    ShortLivedTokenRefreshError,
    TokenTooNewError,
    ValidationError,
)


def test_a_store_client_refreshes_once_before_a_call_and_writes_back(store: Any, fake: Any) -> None:
    (account_id,) = seed(store, fake, 1)
    old = store.get(account_id).access_token
    seen: list[Any] = []
    with InstagramClient.from_store(
        store, account_id, transport=fake.transport(), on_token_refresh=seen.append
    ) as client:
        barrier = threading.Barrier(8)

        def call() -> None:
            barrier.wait(timeout=10)
            client.auth.me("user_id")

        threads = [threading.Thread(target=call) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert refresh_calls(fake) == 1  # eight concurrent calls, one refresh
        stored = store.get(account_id)
        assert stored.access_token != old
        assert client.access_token == stored.access_token
        assert stored.expires_at == fake.clock() + timedelta(days=60)
        assert [t.access_token for t in seen] == [stored.access_token]
        client.auth.me("user_id")
        assert refresh_calls(fake) == 1  # no longer due


def test_a_store_client_does_not_refresh_a_young_token(store: Any, fake: Any) -> None:
    (account_id,) = seed(store, fake, 1, age=timedelta(hours=3))
    store.put(account_id, store.get(account_id).access_token)  # unknown expiry, 0 h old: not due yet
    with InstagramClient.from_store(store, account_id, transport=fake.transport()) as client:
        client.auth.me("user_id")
        assert refresh_calls(fake) == 0
        fake.clock.advance(hours=25)  # the fake's clock is the client's clock: now it is due
        client.auth.me("user_id")
        assert refresh_calls(fake) == 1
        assert store.get(account_id).expires_at == fake.clock() + timedelta(days=60)


def test_a_revoked_token_marks_the_account_needs_reauth(store: Any, fake: Any) -> None:
    (account_id,) = seed(store, fake, 1)
    fake.revoke(store.get(account_id).access_token)
    client = InstagramClient.from_store(store, account_id, transport=fake.transport())
    with client, pytest.raises(AuthenticationError):
        client.auth.me("user_id")
    stored = store.get(account_id)
    assert stored.status == "needs_reauth"
    assert stored.last_error
    assert "AuthenticationError" in stored.last_error


def test_a_transient_refresh_failure_keeps_the_current_token(store: Any, fake: Any) -> None:
    (account_id,) = seed(store, fake, 1)
    old = store.get(account_id).access_token
    fake.faults.transient(times=1, path="refresh_access_token")
    with InstagramClient.from_store(store, account_id, transport=fake.transport()) as client:
        assert client.auth.me("user_id").user_id == fake.user_id  # the call itself goes through
        assert client.access_token == old
    assert store.get(account_id).status == "active"


async def test_the_async_store_client_refreshes_once_and_awaits_the_callback(store: Any, fake: Any) -> None:
    (account_id,) = seed(store, fake, 1)
    awaited: list[str] = []

    async def on_refresh(token: Any) -> None:
        await asyncio.sleep(0)
        awaited.append(token.access_token)

    client = AsyncInstagramClient.from_store(store, account_id, transport=fake.transport(), on_token_refresh=on_refresh)
    async with client:
        await asyncio.gather(*(client.auth.me("user_id") for _ in range(10)))
    assert refresh_calls(fake) == 1
    assert awaited == [store.get(account_id).access_token]


async def test_async_on_token_refresh_coroutine_is_awaited_by_auth_refresh_token(fake: Any) -> None:
    token = fake.issue_token(age=timedelta(days=2))
    awaited: list[datetime | None] = []

    async def on_refresh(new: Any) -> None:
        await asyncio.sleep(0)
        awaited.append(new.expires_at)

    async with AsyncInstagramClient(
        token, transport=fake.transport(), on_token_refresh=on_refresh, clock=fake.clock
    ) as client:
        await client.auth.refresh_token()
    assert awaited == [fake.clock() + timedelta(days=60)]


def test_a_sync_client_refuses_a_coroutine_callback() -> None:
    async def on_refresh(token: Any) -> None:
        pass

    with pytest.raises(ConfigurationError, match="coroutine function"):
        InstagramClient("test-access-token-0001", on_token_refresh=on_refresh)  # type: ignore[arg-type]


def test_refresh_refusals_are_their_own_validation_errors(fake: Any) -> None:
    young = fake.issue_token(age=timedelta(hours=2))
    with pytest.raises(TokenTooNewError) as too_new:
        InstagramOAuth.refresh_token(access_token=young, transport=fake.transport())
    assert isinstance(too_new.value, ValidationError)
    assert "24 hours" in str(too_new.value)
    assert young not in str(too_new.value)
    short = fake.issue_token(long_lived=False)
    with pytest.raises(ShortLivedTokenRefreshError, match="Exchange the short-lived token"):
        InstagramOAuth.refresh_token(access_token=short, transport=fake.transport())
    # The client's own refresh raises the same classes.
    with fake.client(access_token=young) as client, pytest.raises(TokenTooNewError):
        client.auth.refresh_token()


def test_other_code_100_errors_stay_plain_validation_errors() -> None:
    from instagram_graph_api_sdk._classify import build_error

    error = build_error(400, {}, b'{"error": {"message": "Invalid parameter", "code": 100}}')
    assert type(error) is ValidationError
    error = build_error(400, {}, b'{"error": {"message": "Unsupported get request", "code": 100}}')
    assert type(error) is ValidationError


async def test_oauth_uses_the_injected_clock(fake: Any) -> None:
    token = fake.issue_token(age=timedelta(days=3))
    fixed = datetime(2030, 1, 1, tzinfo=UTC)
    refreshed = InstagramOAuth.refresh_token(access_token=token, transport=fake.transport(), clock=lambda: fixed)
    assert refreshed.expires_at == fixed + timedelta(days=60)
    fake.clock.advance(days=2)
    again = await AsyncInstagramOAuth.refresh_token(
        access_token=fake.issue_token(age=timedelta(days=3)), transport=fake.transport(), clock=fake.clock
    )
    assert again.expires_at == fake.clock() + timedelta(days=60)
    with pytest.raises(ConfigurationError, match="aware datetime"):
        InstagramOAuth.refresh_token(access_token=token, transport=fake.transport(), clock=lambda: datetime(2030, 1, 1))
    with pytest.raises(ConfigurationError, match="callable"):
        InstagramClient("test-access-token-0001", clock=42)  # type: ignore[arg-type]
