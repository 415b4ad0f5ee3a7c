"""InstagramClient: the sync client (see `_client_base` for what it shares with the async one).

The namespaces (`client.users`, `client.media`, ...) are the generated resource classes (one per
spec tag), extended in `resources/` where the TypeScript SDK has helpers. They are created on
first use, so importing the SDK loads none of the generated modules.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

import httpx

from . import _pagination
from ._client_base import _GEN, _HERE, HEADERS, SyncTokenCallback, _ClientBase, _host, user_id_of
from ._clock import Clock, resolve_clock
from ._constants import DEFAULT_DEADLINE, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, RUPLOAD_FACEBOOK
from ._exceptions import ConfigurationError
from ._namespaces import Namespace
from ._options import Login, build_options
from ._pool import Pool
from ._proxy import default_transport
from ._reading import DEFAULT_MAX_RESPONSE_BYTES
from ._redact import install_log_filter
from ._retry import RetryConfig
from ._runner import SyncRunner
from ._token_holder import TokenCallback, TokenHolder
from ._transport import RetryTransport
from ._usage import UsageState

if TYPE_CHECKING:
    from instagram_graph_api_client.resources.hashtags import HashtagsResource
    from instagram_graph_api_client.resources.insights import InsightsResource
    from instagram_graph_api_client.resources.oembed import OembedResource
    from instagram_graph_api_client.resources.webhooks import WebhooksResource

    from .resources._auth import AuthResource
    from .resources._comments import CommentsResource
    from .resources._conversations import ConversationsResource
    from .resources._media import MediaResource
    from .resources._messaging import MessagingResource
    from .resources._messenger_profile import MessengerProfileResource
    from .resources._publishing import PublishingResource
    from .resources._users import UsersResource
    from .resources._welcome_flows import WelcomeFlowsResource
    from .tokens import TokenStore

T = TypeVar("T")


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
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        retry: RetryConfig | None = None,
        ig_user_id: str | None = None,
    ) -> Self:
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
        self,
        method: Callable[..., _pagination.Page[T]],
        *args: Any,
        max_items: int | None = None,
        max_pages: int | None = None,
        **kwargs: Any,
    ) -> Iterator[T]:
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
    media: Namespace[MediaResource] = Namespace(f"{_HERE}.resources._media", "MediaResource")
    publishing: Namespace[PublishingResource] = Namespace(f"{_HERE}.resources._publishing", "PublishingResource")
    comments: Namespace[CommentsResource] = Namespace(f"{_HERE}.resources._comments", "CommentsResource")
    insights: Namespace[InsightsResource] = Namespace(f"{_GEN}.insights", "InsightsResource")
    messaging: Namespace[MessagingResource] = Namespace(f"{_HERE}.resources._messaging", "MessagingResource")
    conversations: Namespace[ConversationsResource] = Namespace(
        f"{_HERE}.resources._conversations", "ConversationsResource"
    )
    welcome_flows: Namespace[WelcomeFlowsResource] = Namespace(
        f"{_HERE}.resources._welcome_flows", "WelcomeFlowsResource"
    )
    messenger_profile: Namespace[MessengerProfileResource] = Namespace(
        f"{_HERE}.resources._messenger_profile", "MessengerProfileResource"
    )
    webhooks: Namespace[WebhooksResource] = Namespace(f"{_GEN}.webhooks", "WebhooksResource")
    oembed: Namespace[OembedResource] = Namespace(f"{_GEN}.oembed", "OembedResource")
    hashtags: Namespace[HashtagsResource] = Namespace(f"{_GEN}.hashtags", "HashtagsResource")
