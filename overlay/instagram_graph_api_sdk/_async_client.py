"""AsyncInstagramClient: the async client (see `_client_base` for what it shares with the sync one)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

import httpx

from . import _pagination
from ._client_base import _GEN, _HERE, HEADERS, _ClientBase, _host, user_id_of
from ._clock import Clock, resolve_clock
from ._constants import DEFAULT_DEADLINE, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, RUPLOAD_FACEBOOK
from ._namespaces import Namespace
from ._options import Login, build_options
from ._pool import Pool
from ._proxy import default_async_transport
from ._reading import DEFAULT_MAX_RESPONSE_BYTES
from ._redact import install_log_filter
from ._retry import RetryConfig
from ._runner import AsyncRunner
from ._token_holder import TokenCallback, TokenHolder
from ._transport import AsyncRetryTransport
from ._usage import UsageState

if TYPE_CHECKING:
    from instagram_graph_api_client.resources.hashtags import AsyncHashtagsResource
    from instagram_graph_api_client.resources.insights import AsyncInsightsResource
    from instagram_graph_api_client.resources.oembed import AsyncOembedResource
    from instagram_graph_api_client.resources.webhooks import AsyncWebhooksResource

    from .resources._auth import AsyncAuthResource
    from .resources._comments import AsyncCommentsResource
    from .resources._conversations import AsyncConversationsResource
    from .resources._media import AsyncMediaResource
    from .resources._messaging import AsyncMessagingResource
    from .resources._messenger_profile import AsyncMessengerProfileResource
    from .resources._publishing_async import AsyncPublishingResource
    from .resources._users import AsyncUsersResource
    from .resources._welcome_flows import AsyncWelcomeFlowsResource
    from .tokens import TokenStore

T = TypeVar("T")


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
            api_version=api_version,
            login=login,
            ig_user_id=ig_user_id,
            base_url=base_url,
            upload_host=upload_host,
            token_in=token_in,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            retry=retry,
            max_response_bytes=max_response_bytes,
        )
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
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        retry: RetryConfig | None = None,
        ig_user_id: str | None = None,
    ) -> Self:
        """A copy for some calls, sharing the connection pool, the token and the usage state; closing
        it never closes the pool."""
        return self._with_options(timeout, max_retries, deadline, retry, ig_user_id)

    def for_account(
        self, access_token: str, ig_user_id: str | None = None, *, on_token_refresh: TokenCallback | None = None
    ) -> Self:
        """A client for another account on this client's connection pool (see InstagramClient.for_account)."""
        return self._for_account(access_token, ig_user_id, on_token_refresh)

    def paginate(
        self,
        method: Callable[..., Awaitable[_pagination.Page[T]]],
        *args: Any,
        max_items: int | None = None,
        max_pages: int | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[T]:
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
    media: Namespace[AsyncMediaResource] = Namespace(f"{_HERE}.resources._media", "AsyncMediaResource")
    publishing: Namespace[AsyncPublishingResource] = Namespace(
        f"{_HERE}.resources._publishing_async", "AsyncPublishingResource"
    )
    comments: Namespace[AsyncCommentsResource] = Namespace(f"{_HERE}.resources._comments", "AsyncCommentsResource")
    insights: Namespace[AsyncInsightsResource] = Namespace(f"{_GEN}.insights", "AsyncInsightsResource")
    messaging: Namespace[AsyncMessagingResource] = Namespace(f"{_HERE}.resources._messaging", "AsyncMessagingResource")
    conversations: Namespace[AsyncConversationsResource] = Namespace(
        f"{_HERE}.resources._conversations", "AsyncConversationsResource"
    )
    welcome_flows: Namespace[AsyncWelcomeFlowsResource] = Namespace(
        f"{_HERE}.resources._welcome_flows", "AsyncWelcomeFlowsResource"
    )
    messenger_profile: Namespace[AsyncMessengerProfileResource] = Namespace(
        f"{_HERE}.resources._messenger_profile", "AsyncMessengerProfileResource"
    )
    webhooks: Namespace[AsyncWebhooksResource] = Namespace(f"{_GEN}.webhooks", "AsyncWebhooksResource")
    oembed: Namespace[AsyncOembedResource] = Namespace(f"{_GEN}.oembed", "AsyncOembedResource")
    hashtags: Namespace[AsyncHashtagsResource] = Namespace(f"{_GEN}.hashtags", "AsyncHashtagsResource")
