"""What ties a `from_store()` client to its stored token: refresh when due, before a call.

The first call that finds the token due takes a lock (threading for the sync client, asyncio for
the async one); the others wait, re-check, and find it fresh, so there is one refresh however
many calls arrive at once. The row is leased like a sweeper's, so a sweeper and a client never
refresh the same token at the same time either. A transient failure keeps the current (still
valid) token and tries again a few minutes later; an authentication failure marks the account
`needs_reauth` and raises.
"""

from __future__ import annotations

import asyncio
import threading
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import httpx

from .. import _exceptions as exc
from .._transport import AsyncRetryTransport, RetryTransport
from ._outcome import decide, message
from ._records import StoredToken, check_within, is_due

if TYPE_CHECKING:
    from .._token_holder import TokenHolder
    from .._tokens import AccessToken
    from ._store import TokenStore

RETRY_LATER = timedelta(minutes=5)


class _Keep(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The client's own transport, lent to the OAuth call without letting it close it."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = self.inner.handle_request(request)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = await self.inner.handle_async_request(request)
        return response

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


class StoreBinding:
    """Implements the runner's Refresher protocol for one account of one store."""

    def __init__(
        self, store: TokenStore, stored: StoredToken, transport: Any, base_url: str | None, within: timedelta
    ) -> None:
        self.store, self.account_id = store, stored.account_id
        self.transport = None if transport is None else _Keep(transport)
        self.base_url, self.within = base_url, check_within(within)
        self._issued, self._expires, self._status = stored.issued_at, stored.expires_at, stored.status
        self._not_before: datetime | None = None
        self._lock = threading.Lock()
        self._alock: asyncio.Lock | None = None
        self.refreshes = 0  # how many refresh calls this client made (tests and logs)

    def due(self) -> bool:
        now = self.store.now()
        if self._not_before is not None and now < self._not_before:
            return False
        return is_due(
            status=self._status, issued_at=self._issued, expires_at=self._expires, now=now, within=self.within
        )

    # --- steps shared by both flavours
    def _claim(self, holder: TokenHolder) -> tuple[str, str] | None:
        """Lease the row; (owner, stored token) to refresh, or None when there is nothing to do."""
        owner = self.store.new_owner()
        blob = self.store._claim_one(self.account_id, owner)
        if blob is None:  # a sweeper (or another process's client) is refreshing it right now
            self._not_before = self.store.now() + RETRY_LATER
            return None
        current = self.store._decrypt(self.account_id, blob)
        if current != holder.get():  # refreshed elsewhere meanwhile: adopt it, refresh only if still due
            self._adopt(holder)
            if not self.due():
                self.store._release(self.account_id, owner)
                return None
        return owner, current

    def _adopt(self, holder: TokenHolder) -> None:
        stored = self.store.get(self.account_id)
        holder.set(stored.access_token)
        self._issued, self._expires, self._status = stored.issued_at, stored.expires_at, stored.status

    def _failed(self, owner: str, error: Exception) -> None:
        decision = decide(error)
        self.store._release(self.account_id, owner, status=decision.status, error=message(error))
        if decision.status == "needs_reauth":
            self._status = "needs_reauth"
            raise error
        self._not_before = self.store.now() + RETRY_LATER  # keep the current, still valid token

    def _done(self, owner: str, holder: TokenHolder, token: AccessToken) -> None:
        self.refreshes += 1
        self.store._commit_refresh(self.account_id, owner, token)
        holder.set(token.access_token)
        self._issued, self._expires, self._not_before = self.store.now(), token.expires_at, None

    # --- the Refresher protocol
    def before_call(self, holder: TokenHolder) -> None:
        if not self.due():
            return
        with self._lock:
            if not self.due():
                return
            claimed = self._claim(holder)
            if claimed is None:
                return
            owner, current = claimed
            from .._oauth_client import InstagramOAuth

            try:
                token = InstagramOAuth.refresh_token(
                    access_token=current, transport=self.transport, base_url=self.base_url, clock=self.store.clock
                )
            except exc.InstagramError as error:
                self._failed(owner, error)
                return
            self._done(owner, holder, token)
            holder.refreshed(token)

    async def abefore_call(self, holder: TokenHolder) -> None:
        if not self.due():
            return
        if self._alock is None:
            self._alock = asyncio.Lock()
        async with self._alock:
            if not self.due():
                return
            claimed = await asyncio.to_thread(self._claim, holder)
            if claimed is None:
                return
            owner, current = claimed
            from .._oauth_client import AsyncInstagramOAuth

            try:
                token = await AsyncInstagramOAuth.refresh_token(
                    access_token=current, transport=self.transport, base_url=self.base_url, clock=self.store.clock
                )
            except exc.InstagramError as error:
                await asyncio.to_thread(self._failed, owner, error)
                return
            await asyncio.to_thread(self._done, owner, holder, token)
            await holder.arefreshed(token)


def bind(
    holder: TokenHolder,
    store: TokenStore,
    stored: StoredToken,
    options: dict[str, Any],
    within: timedelta,
    *,
    async_: bool,
) -> StoreBinding:
    """Attach a StoreBinding to a client's token holder (the client's transport serves the refresh)."""
    transport = options.get("transport")
    if isinstance(transport, RetryTransport | AsyncRetryTransport):
        transport = transport.wrapped
    binding = StoreBinding(store, stored, transport, options.get("base_url"), within)
    holder.refresher = binding
    return binding
