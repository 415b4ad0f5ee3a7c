"""InstagramClient and AsyncInstagramClient.

The namespaces (`client.users`, `client.media`, ...) are the generated resource classes (one per
spec tag), extended in `resources/` where the TypeScript SDK has helpers. They are created on
first use, so importing the SDK loads none of the generated modules.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar
from urllib.parse import urlsplit

import httpx

from . import _pagination
from ._clock import Clock, resolve_clock
from ._constants import DEFAULT_DEADLINE, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, RUPLOAD_FACEBOOK
from ._exceptions import ConfigurationError, ResponseValidationError
from ._namespaces import Namespace
from ._options import ClientOptions, Login, build_options, derive_options
from ._pool import Pool
from ._proxy import default_async_transport, default_transport
from ._reading import DEFAULT_MAX_RESPONSE_BYTES
from ._redact import install_log_filter
from ._retry import RetryConfig
from ._runner import AsyncRunner, SyncRunner, _RunnerBase
from ._token_holder import TokenCallback, TokenHolder
from ._transport import AsyncRetryTransport, RetryTransport
from ._usage import UsageState
from ._version import __version__

if TYPE_CHECKING:
    from instagram_graph_api_client.resources.hashtags import AsyncHashtagsResource, HashtagsResource
    from instagram_graph_api_client.resources.insights import AsyncInsightsResource, InsightsResource
    from instagram_graph_api_client.resources.oembed import AsyncOembedResource, OembedResource
    from instagram_graph_api_client.resources.webhooks import AsyncWebhooksResource, WebhooksResource

    from ._tokens import AccessToken
    from ._usage import UsageSnapshot
    from .resources._auth import AsyncAuthResource, AuthResource
    from .resources._messaging import AsyncMessagingResource, MessagingResource
    from .resources._publishing import PublishingResource
    from .resources._publishing_async import AsyncPublishingResource
    from .resources._small import (
        AsyncCommentsResource,
        AsyncConversationsResource,
        AsyncMediaResource,
        AsyncMessengerProfileResource,
        AsyncWelcomeFlowsResource,
        CommentsResource,
        ConversationsResource,
        MediaResource,
        MessengerProfileResource,
        WelcomeFlowsResource,
    )
    from .resources._users import AsyncUsersResource, UsersResource
    from .tokens import TokenStore

T = TypeVar("T")
_HERE = "instagram_graph_api_sdk"
_GEN = "instagram_graph_api_client.resources"
USER_AGENT = f"instagram-graph-api-sdk-python/{__version__}"
# Only what the SDK inflates itself, under max_response_bytes and the deadline (see _reading).
HEADERS = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"}
SyncTokenCallback = Callable[["AccessToken"], None]


def _host(base_url: str | None) -> str | None:
    """The host every call goes to when a base_url is set (for the proxy's NO_PROXY check)."""
    return urlsplit(base_url).hostname if base_url else None


def user_id_of(user: Any) -> str:
    """The `user_id` of a /me response, as a string (Meta has sent it as a number too)."""
    value = getattr(user, "user_id", None)
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        raise ResponseValidationError(
            "auth.me: the response has no user_id; request it explicitly with fields='user_id', or pass "
            "ig_user_id= to the client"
        )
    return str(value)


class _ClientBase:
    """What the sync and async clients share: options, token, usage, derived copies."""

    _runner: _RunnerBase
    _owns_pool = True  # False on copies from with_options() and for_account(): they never close the pool

    def _copy(self, token: TokenHolder, options: ClientOptions, usage: UsageState) -> Self:
        """A client on this client's connection pool (which it does not own)."""
        copy = object.__new__(type(self))
        copy._transport, copy._http, copy._owns_pool = self._transport, self._http, False  # type: ignore[attr-defined]
        runner = self._runner
        copy._runner = type(runner)(runner.pool.http, token, options, usage, runner.pool)
        return copy

    def _for_account(self, access_token: str, ig_user_id: str | None, on_token_refresh: TokenCallback | None) -> Self:
        options = self._runner.options
        if options.ig_user_id != ig_user_id:  # never the parent's account: `me` of the new token by default
            options = replace(options, ig_user_id=ig_user_id)
        holder = TokenHolder(access_token, on_token_refresh, self._runner.token.clock)
        return self._copy(holder, options, UsageState())

    def _with_options(
        self, timeout: float | httpx.Timeout | None, max_retries: int | None, deadline: float | None,
        retry: RetryConfig | None, ig_user_id: str | None,
    ) -> Self:  # fmt: skip
        runner = self._runner
        options = derive_options(runner.options, timeout, max_retries, deadline, retry, ig_user_id)
        return self._copy(runner.token, options, runner.usage_state)

    def _mark_closed(self) -> bool:
        """Mark this client closed; True when it owns the pool (and so must close it)."""
        self._runner.closed = True
        if self._owns_pool:
            self._runner.pool.closed = True
        return self._owns_pool

    @property
    def closed(self) -> bool:
        """True once this client, or the client whose pool it uses, was closed."""
        return self._runner.closed or self._runner.pool.closed

    @property
    def api_version(self) -> str:
        """The Graph API version this client calls (default: the spec's, v25.0)."""
        return self._runner.options.api_version

    def get_api_version(self) -> str:
        """The Graph API version of this client's calls (the TypeScript SDK's getApiVersion())."""
        return self._runner.options.api_version

    def get_config(self) -> ClientOptions:
        """The client's settings (version, login, hosts, retry, timeout); the token is not part of it."""
        return self._runner.options

    @property
    def usage(self) -> UsageSnapshot | None:
        """What the last response's usage headers said (None until Meta sends them)."""
        return self._runner.usage

    @property
    def access_token(self) -> str:
        """The token the client currently sends (it changes after `auth.refresh_token()`)."""
        return self._runner.token.get()

    def set_access_token(self, access_token: str) -> None:
        """Switch this client (and its `with_options()` copies) to another token."""
        self._runner.token.set(access_token)

    def reset_rate_limit(self) -> None:
        """Forget the usage Meta last reported and any throttling period it announced, so the next
        call is sent at once (shared with `with_options()` copies). For when you know better, e.g.
        after Meta support lifted a block; otherwise more calls only extend a real one."""
        self._runner.usage_state.reset()

    def __repr__(self) -> str:
        options = self._runner.options
        return f"{type(self).__name__}(api_version={options.api_version!r}, login={options.login!r})"


class InstagramClient(_ClientBase):
    """The Instagram API with Instagram Login.

        client = InstagramClient(access_token=token)
        me = client.users.get_profile()
        for comment in client.paginate(client.media.get_comments, media_id):
            ...

    Args:
        access_token: An Instagram User access token (never logged, never shown in reprs), or None
            for a client that only makes token-optional calls (`oembed.get`, since 2026-05-15).
        api_version: Graph API version, e.g. "v25.0" (the default, from the spec).
        timeout: Seconds per attempt (or an httpx.Timeout).
        max_retries: Retries of safe failures (0 disables them); see docs/retries.md.
        deadline: Overall seconds per call, attempts and waits included (None: no limit).
        retry: A full RetryConfig, instead of max_retries/deadline.
        transport: An httpx transport (tests, FakeInstagram, or your own).
        login: "instagram" (default) or "facebook" for Facebook Login for Business tokens.
        ig_user_id: The account the user-scoped calls use (default `me`; required with Facebook Login).
        base_url: Send every request to this origin instead of Meta's hosts (https, or http on loopback).
        upload_host: The resumable upload host (default rupload.facebook.com).
        token_in: "header" (Authorization: Bearer, the default) or "query" (?access_token=).
        on_token_refresh: Called with the new AccessToken after `auth.refresh_token()` (and after a
            refresh-before-call of a `from_store()` client).
        clock: The time source for token expiries (default: the wall clock; `fake.clock` in tests).
        max_response_bytes: The largest response body accepted, decoded (default 32 MiB); a larger
            one raises ResponseTooLargeError. See docs/retries.md.
    """

    def __init__(
        self,
        access_token: str | None,
        *,
        api_version: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = DEFAULT_DEADLINE,
        retry: RetryConfig | None = None,
        transport: httpx.BaseTransport | None = None,
        login: Login = "instagram",
        ig_user_id: str | None = None,
        base_url: str | None = None,
        upload_host: str = RUPLOAD_FACEBOOK,
        token_in: Literal["header", "query"] = "header",
        on_token_refresh: SyncTokenCallback | None = None,
        clock: Clock | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        install_log_filter()
        if inspect.iscoroutinefunction(on_token_refresh):
            raise ConfigurationError(
                "on_token_refresh is a coroutine function, which a sync client cannot await: pass a plain "
                "function, or use AsyncInstagramClient"
            )
        options = build_options(
            api_version, login, ig_user_id, base_url, upload_host, token_in, timeout, max_retries, deadline, retry,
            max_response_bytes,
        )  # fmt: skip
        if isinstance(transport, RetryTransport):  # already wrapped (tests inject clock and sleep)
            self._transport, usage = transport, transport.state
        else:
            usage = UsageState()
            self._transport = RetryTransport(transport or default_transport(_host(base_url)), state=usage)
        http = httpx.Client(transport=self._transport, timeout=options.timeout, headers=HEADERS)
        pool = Pool(http, self._transport)
        holder = TokenHolder(access_token, on_token_refresh, resolve_clock(clock))
        self._runner: SyncRunner = SyncRunner(http, holder, options, usage, pool)
        self._http = http

    @classmethod
    def from_store(
        cls, store: TokenStore, account_id: str, *, refresh_within: timedelta = timedelta(days=7), **options: Any
    ) -> Self:
        """A client for `account_id`'s stored token that refreshes it when due, before a call (once,
        under a lock, however many threads call at once) and writes the new token back to the store.
        `options` are the constructor's (transport, base_url, on_token_refresh, ...); the clock
        defaults to the store's."""
        from .tokens._binding import bind

        stored = store.get(account_id)
        options.setdefault("clock", store.clock)
        client = cls(stored.access_token, **options)
        bind(client._runner.token, store, stored, options, refresh_within, async_=False)
        return client

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None,
        deadline: float | None = None, retry: RetryConfig | None = None, ig_user_id: str | None = None,
    ) -> Self:  # fmt: skip
        """A copy for some calls, sharing the connection pool, the token and the usage state:
        `client.with_options(max_retries=0).media.get(media_id)`. Closing the copy (or leaving its
        `with` block) never closes the pool: only the client that created it does."""
        return self._with_options(timeout, max_retries, deadline, retry, ig_user_id)

    def for_account(
        self, access_token: str, ig_user_id: str | None = None, *, on_token_refresh: TokenCallback | None = None
    ) -> Self:
        """A client for another account on this client's connection pool and options, with its own
        token, token-refresh callback and usage (rate-limit) state. Closing it never closes the pool:
        `for token in tokens: client.for_account(token).users.get_profile()`."""
        return self._for_account(access_token, ig_user_id, on_token_refresh)

    def paginate(
        self, method: Callable[..., _pagination.Page[T]], *args: Any, max_items: int | None = None,
        max_pages: int | None = None, **kwargs: Any,
    ) -> Iterator[T]:  # fmt: skip
        """Iterate every item of a paginated operation, fetching pages as needed:
        `for comment in client.paginate(client.media.get_comments, media_id): ...`"""
        return _pagination.paginate(method, *args, max_items=max_items, max_pages=max_pages, **kwargs)

    def get_user_id(self) -> str:
        """The Instagram professional account ID (`user_id` of /me; webhooks' `entry.id`), cached."""
        if self._runner.options.ig_user_id:
            return self._runner.options.ig_user_id
        holder = self._runner.token
        cached = holder.user_id
        if cached is None:
            token = holder.get()
            cached = user_id_of(self.auth.me("user_id"))
            if holder.get() == token:  # not if another thread switched tokens meanwhile
                holder.user_id = cached
        return cached

    def close(self) -> None:
        """Close the connection pool (also done by `with InstagramClient(...) as client:`). On a copy
        from with_options() or for_account(), only the copy is closed: the pool stays open."""
        if self._mark_closed():
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- namespaces: created on first use (see _namespaces.Namespace)
    auth: Namespace[AuthResource] = Namespace(f"{_HERE}.resources._auth", "AuthResource")
    users: Namespace[UsersResource] = Namespace(f"{_HERE}.resources._users", "UsersResource")
    media: Namespace[MediaResource] = Namespace(f"{_HERE}.resources._small", "MediaResource")
    publishing: Namespace[PublishingResource] = Namespace(f"{_HERE}.resources._publishing", "PublishingResource")
    comments: Namespace[CommentsResource] = Namespace(f"{_HERE}.resources._small", "CommentsResource")
    insights: Namespace[InsightsResource] = Namespace(f"{_GEN}.insights", "InsightsResource")
    messaging: Namespace[MessagingResource] = Namespace(f"{_HERE}.resources._messaging", "MessagingResource")
    conversations: Namespace[ConversationsResource] = Namespace(f"{_HERE}.resources._small", "ConversationsResource")
    welcome_flows: Namespace[WelcomeFlowsResource] = Namespace(f"{_HERE}.resources._small", "WelcomeFlowsResource")
    messenger_profile: Namespace[MessengerProfileResource] = Namespace(
        f"{_HERE}.resources._small", "MessengerProfileResource"
    )
    webhooks: Namespace[WebhooksResource] = Namespace(f"{_GEN}.webhooks", "WebhooksResource")
    oembed: Namespace[OembedResource] = Namespace(f"{_GEN}.oembed", "OembedResource")
    hashtags: Namespace[HashtagsResource] = Namespace(f"{_GEN}.hashtags", "HashtagsResource")


class AsyncInstagramClient(_ClientBase):
    """The async client: the same arguments and namespaces as InstagramClient, awaited.

        async with AsyncInstagramClient(access_token=token) as client:
            me = await client.users.get_profile()
            async for comment in client.paginate(client.media.get_comments, media_id):
                ...

    The arguments are InstagramClient's; `transport` is an httpx.AsyncBaseTransport.
    """

    def __init__(
        self,
        access_token: str | None,
        *,
        api_version: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = DEFAULT_DEADLINE,
        retry: RetryConfig | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        login: Login = "instagram",
        ig_user_id: str | None = None,
        base_url: str | None = None,
        upload_host: str = RUPLOAD_FACEBOOK,
        token_in: Literal["header", "query"] = "header",
        on_token_refresh: TokenCallback | None = None,
        clock: Clock | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        install_log_filter()
        options = build_options(
            api_version, login, ig_user_id, base_url, upload_host, token_in, timeout, max_retries, deadline, retry,
            max_response_bytes,
        )  # fmt: skip
        if isinstance(transport, AsyncRetryTransport):
            self._transport, usage = transport, transport.state
        else:
            usage = UsageState()
            inner = transport or default_async_transport(_host(base_url))
            self._transport = AsyncRetryTransport(inner, state=usage)
        http = httpx.AsyncClient(transport=self._transport, timeout=options.timeout, headers=HEADERS)
        pool = Pool(http, self._transport)
        holder = TokenHolder(access_token, on_token_refresh, resolve_clock(clock))
        self._runner: AsyncRunner = AsyncRunner(http, holder, options, usage, pool)
        self._http = http

    @classmethod
    def from_store(
        cls, store: TokenStore, account_id: str, *, refresh_within: timedelta = timedelta(days=7), **options: Any
    ) -> Self:
        """A client for `account_id`'s stored token that refreshes it when due, before a call (once,
        under a lock, however many tasks call at once) and writes it back (see InstagramClient.from_store).
        `on_token_refresh` may be a coroutine function; it is awaited."""
        from .tokens._binding import bind

        stored = store.get(account_id)
        options.setdefault("clock", store.clock)
        client = cls(stored.access_token, **options)
        bind(client._runner.token, store, stored, options, refresh_within, async_=True)
        return client

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None,
        deadline: float | None = None, retry: RetryConfig | None = None, ig_user_id: str | None = None,
    ) -> Self:  # fmt: skip
        """A copy for some calls, sharing the connection pool, the token and the usage state; closing
        it never closes the pool."""
        return self._with_options(timeout, max_retries, deadline, retry, ig_user_id)

    def for_account(
        self, access_token: str, ig_user_id: str | None = None, *, on_token_refresh: TokenCallback | None = None
    ) -> Self:
        """A client for another account on this client's connection pool (see InstagramClient.for_account)."""
        return self._for_account(access_token, ig_user_id, on_token_refresh)

    def paginate(
        self, method: Callable[..., Awaitable[_pagination.Page[T]]], *args: Any, max_items: int | None = None,
        max_pages: int | None = None, **kwargs: Any,
    ) -> AsyncIterator[T]:  # fmt: skip
        """Iterate every item of a paginated operation: `async for c in client.paginate(...)`."""
        return _pagination.apaginate(method, *args, max_items=max_items, max_pages=max_pages, **kwargs)

    async def get_user_id(self) -> str:
        """The Instagram professional account ID (`user_id` of /me), cached."""
        if self._runner.options.ig_user_id:
            return self._runner.options.ig_user_id
        holder = self._runner.token
        cached = holder.user_id
        if cached is None:
            token = holder.get()
            cached = user_id_of(await self.auth.me("user_id"))
            if holder.get() == token:  # not if another task switched tokens meanwhile
                holder.user_id = cached
        return cached

    async def close(self) -> None:
        """Close the connection pool (also done by `async with`); a copy closes only itself."""
        if self._mark_closed():
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    auth: Namespace[AsyncAuthResource] = Namespace(f"{_HERE}.resources._auth", "AsyncAuthResource")
    users: Namespace[AsyncUsersResource] = Namespace(f"{_HERE}.resources._users", "AsyncUsersResource")
    media: Namespace[AsyncMediaResource] = Namespace(f"{_HERE}.resources._small", "AsyncMediaResource")
    publishing: Namespace[AsyncPublishingResource] = Namespace(
        f"{_HERE}.resources._publishing_async", "AsyncPublishingResource"
    )
    comments: Namespace[AsyncCommentsResource] = Namespace(f"{_HERE}.resources._small", "AsyncCommentsResource")
    insights: Namespace[AsyncInsightsResource] = Namespace(f"{_GEN}.insights", "AsyncInsightsResource")
    messaging: Namespace[AsyncMessagingResource] = Namespace(f"{_HERE}.resources._messaging", "AsyncMessagingResource")
    conversations: Namespace[AsyncConversationsResource] = Namespace(
        f"{_HERE}.resources._small", "AsyncConversationsResource"
    )
    welcome_flows: Namespace[AsyncWelcomeFlowsResource] = Namespace(
        f"{_HERE}.resources._small", "AsyncWelcomeFlowsResource"
    )
    messenger_profile: Namespace[AsyncMessengerProfileResource] = Namespace(
        f"{_HERE}.resources._small", "AsyncMessengerProfileResource"
    )
    webhooks: Namespace[AsyncWebhooksResource] = Namespace(f"{_GEN}.webhooks", "AsyncWebhooksResource")
    oembed: Namespace[AsyncOembedResource] = Namespace(f"{_GEN}.oembed", "AsyncOembedResource")
    hashtags: Namespace[AsyncHashtagsResource] = Namespace(f"{_GEN}.hashtags", "AsyncHashtagsResource")
