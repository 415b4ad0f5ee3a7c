"""The OAuth shells' I/O calls, written once: `_async/oauth.py` is the source of the async class,
and the sync `InstagramOAuth` is generated from it into `_sync/oauth.py` by scripts/unasync_overlay.py.
The requests and their parsing are `_oauth`'s pure functions; `_oauth_limits` bounds each call."""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from .. import _oauth
from .._clock import Clock, now_from, resolve_clock
from .._constants import DEFAULT_OAUTH_DEADLINE, DEFAULT_TIMEOUT
from .._oauth_limits import HEADERS, Limits
from .._proxy import default_async_transport
from .._reading import DEFAULT_MAX_RESPONSE_BYTES
from .._redact import install_log_filter
from .._scrub import scrub_async_errors
from .._tokens import AccessToken
from .._translate import translate
from .._transport import AsyncRetryTransport


async def _asend(request: httpx.Request, transport: httpx.AsyncBaseTransport | None, limits: Limits) -> httpx.Response:
    install_log_filter()
    limits.apply(request)
    wrapped = AsyncRetryTransport(transport or default_async_transport(request.url.host))
    async with httpx.AsyncClient(transport=wrapped, timeout=limits.timeout, headers=HEADERS) as http:
        try:
            return await http.send(request)
        except httpx.HTTPError as error:
            failure = translate(error, request)
    del request  # it holds the code, the token or the app secret
    raise failure


class AsyncInstagramOAuth:
    """Instagram Business Login: authorization URL -> callback -> tokens.

        auth = InstagramOAuth.build_authorization_url(client_id=APP_ID, redirect_uri=REDIRECT)
        # ... the user comes back to REDIRECT ...
        callback = InstagramOAuth.parse_callback(request_url, expected_state=auth.state)
        token = InstagramOAuth.exchange_code_for_token(
            client_id=APP_ID, client_secret=APP_SECRET, redirect_uri=REDIRECT, code=callback.code
        )  # token.access_token is already long-lived

    The async class has the same methods; its four token calls are awaited. `build_authorization_url`,
    `parse_callback`, `get_default_scopes` and `get_all_scopes` are plain functions (no I/O), the same
    on both classes; they are documented below the classes.
    """

    build_authorization_url = staticmethod(_oauth.authorization_url)
    parse_callback = staticmethod(_oauth.parse_callback)
    get_default_scopes = staticmethod(_oauth.default_scopes)
    get_all_scopes = staticmethod(_oauth.all_scopes)

    @staticmethod
    @scrub_async_errors
    async def get_short_lived_token(
        *,
        client_id: str,
        client_secret: str,
        code: str,
        redirect_uri: str,
        transport: httpx.AsyncBaseTransport | None = None,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        clock: Clock | None = None,
        deadline: float = DEFAULT_OAUTH_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> AccessToken:
        """Exchange the authorization code for a short-lived (one hour) token; `user_id` is always a string."""
        request = _oauth.short_lived_token_request(
            client_id=client_id, client_secret=client_secret, code=code, redirect_uri=redirect_uri, base_url=base_url
        )
        limits = Limits(timeout, deadline, max_response_bytes)
        return _oauth.parse_short_lived_token(
            await _asend(request, transport, limits), now=now_from(resolve_clock(clock))
        )

    @staticmethod
    @scrub_async_errors
    async def get_long_lived_token(
        *,
        client_secret: str,
        access_token: str,
        transport: httpx.AsyncBaseTransport | None = None,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        clock: Clock | None = None,
        deadline: float = DEFAULT_OAUTH_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> AccessToken:
        """Exchange a short-lived token for a long-lived (60 days) one. Server-side only."""
        request = _oauth.long_lived_token_request(
            client_secret=client_secret, access_token=access_token, base_url=base_url
        )
        limits = Limits(timeout, deadline, max_response_bytes)
        return _oauth.parse_long_lived_token(
            await _asend(request, transport, limits), now=now_from(resolve_clock(clock))
        )

    @staticmethod
    @scrub_async_errors
    async def exchange_code_for_token(
        *,
        client_id: str,
        client_secret: str,
        redirect_uri: str,
        code: str,
        scopes: Sequence[str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        clock: Clock | None = None,
        deadline: float = DEFAULT_OAUTH_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> AccessToken:
        """Code -> short-lived -> long-lived in one call. The result carries the long-lived
        `access_token`, `token_type`, `expires_in`, `expires_at`, and the `user_id` and
        `permissions` from the short-lived step. (`scopes` is accepted for symmetry and unused.)"""
        short = await AsyncInstagramOAuth.get_short_lived_token(
            client_id=client_id,
            client_secret=client_secret,
            code=code,
            redirect_uri=redirect_uri,
            transport=transport,
            base_url=base_url,
            timeout=timeout,
            clock=clock,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        request = _oauth.long_lived_token_request(
            client_secret=client_secret, access_token=short.access_token, base_url=base_url
        )
        response = await _asend(request, transport, Limits(timeout, deadline, max_response_bytes))
        return _oauth.parse_long_lived_token(
            response, user_id=short.user_id, permissions=short.permissions, now=now_from(resolve_clock(clock))
        )

    @staticmethod
    @scrub_async_errors
    async def refresh_token(
        *,
        access_token: str,
        transport: httpx.AsyncBaseTransport | None = None,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        clock: Clock | None = None,
        deadline: float = DEFAULT_OAUTH_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> AccessToken:
        """Refresh a long-lived token (at least 24 hours old, not expired) for another 60 days.

        Raises TokenTooNewError, ShortLivedTokenRefreshError, or AuthenticationError (expired or
        revoked: send the user through login again). The token store's sweeper calls this."""
        request = _oauth.refresh_token_request(access_token=access_token, base_url=base_url)
        response = await _asend(request, transport, Limits(timeout, deadline, max_response_bytes))
        return _oauth.parse_refreshed_token(response, now=now_from(resolve_clock(clock)))
