"""InstagramOAuth and AsyncInstagramOAuth: thin shells that send `_oauth`'s requests.

Static methods, like the TypeScript SDK's `InstagramOAuth`. Every call accepts `transport=`
(an httpx transport, for tests or FakeInstagram) and `base_url=` (send to that origin instead
of Meta's hosts). OAuth calls are never retried: the authorization code is single-use.
"""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from . import _oauth
from ._clock import Clock, now_from, resolve_clock
from ._constants import DEFAULT_DEADLINE, DEFAULT_TIMEOUT
from ._redact import install_log_filter
from ._retry import NEVER, RetryConfig
from ._runner import _RunnerBase
from ._tokens import AccessToken
from ._transport import (
    RETRY_EXTENSION,
    AsyncRetryTransport,
    RetryTransport,
    default_async_transport,
    default_transport,
)

# Never retried (the code is single-use), but read under the same overall deadline as API calls:
# httpx's timeouts are per read, so a server dripping bytes could otherwise hold the call forever.
_ONCE = RetryConfig(max_retries=0, deadline=DEFAULT_DEADLINE, slowdown_threshold=None)


def _once(request: httpx.Request, timeout: float) -> httpx.Request:
    request.extensions = {
        **request.extensions,
        "timeout": httpx.Timeout(timeout).as_dict(),
        RETRY_EXTENSION: (_ONCE, NEVER),
    }
    return request


def _send(request: httpx.Request, transport: httpx.BaseTransport | None, timeout: float) -> httpx.Response:
    install_log_filter()
    wrapped = RetryTransport(transport or default_transport(request.url.host))
    with httpx.Client(transport=wrapped, timeout=timeout) as http:
        try:
            return http.send(_once(request, timeout))
        except httpx.HTTPError as error:
            raise _RunnerBase.translate(error, request) from None


async def _asend(request: httpx.Request, transport: httpx.AsyncBaseTransport | None, timeout: float) -> httpx.Response:
    install_log_filter()
    wrapped = AsyncRetryTransport(transport or default_async_transport(request.url.host))
    async with httpx.AsyncClient(transport=wrapped, timeout=timeout) as http:
        try:
            return await http.send(_once(request, timeout))
        except httpx.HTTPError as error:
            raise _RunnerBase.translate(error, request) from None


class InstagramOAuth:
    """Instagram Business Login: authorization URL -> callback -> tokens.

        auth = InstagramOAuth.build_authorization_url(client_id=APP_ID, redirect_uri=REDIRECT)
        # ... the user comes back to REDIRECT ...
        callback = InstagramOAuth.parse_callback(request_url, expected_state=auth.state)
        token = InstagramOAuth.exchange_code_for_token(
            client_id=APP_ID, client_secret=APP_SECRET, redirect_uri=REDIRECT, code=callback.code
        )  # token.access_token is already long-lived

    `build_authorization_url`, `parse_callback`, `get_default_scopes` and `get_all_scopes` are
    plain functions (no I/O), the same on `AsyncInstagramOAuth`; they are documented below the classes.
    """

    build_authorization_url = staticmethod(_oauth.authorization_url)
    parse_callback = staticmethod(_oauth.parse_callback)
    get_default_scopes = staticmethod(_oauth.default_scopes)
    get_all_scopes = staticmethod(_oauth.all_scopes)

    @staticmethod
    def get_short_lived_token(
        *, client_id: str, client_secret: str, code: str, redirect_uri: str,
        transport: httpx.BaseTransport | None = None, base_url: str | None = None, timeout: float = DEFAULT_TIMEOUT,
        clock: Clock | None = None,
    ) -> AccessToken:  # fmt: skip
        """Exchange the authorization code for a short-lived (one hour) token; `user_id` is always a string."""
        request = _oauth.short_lived_token_request(
            client_id=client_id, client_secret=client_secret, code=code, redirect_uri=redirect_uri, base_url=base_url
        )
        response = _send(request, transport, timeout)
        return _oauth.parse_short_lived_token(response, now=now_from(resolve_clock(clock)))

    @staticmethod
    def get_long_lived_token(
        *, client_secret: str, access_token: str, transport: httpx.BaseTransport | None = None,
        base_url: str | None = None, timeout: float = DEFAULT_TIMEOUT,
        clock: Clock | None = None,
    ) -> AccessToken:  # fmt: skip
        """Exchange a short-lived token for a long-lived (60 days) one. Server-side only."""
        request = _oauth.long_lived_token_request(
            client_secret=client_secret, access_token=access_token, base_url=base_url
        )
        response = _send(request, transport, timeout)
        return _oauth.parse_long_lived_token(response, now=now_from(resolve_clock(clock)))

    @staticmethod
    def exchange_code_for_token(
        *, client_id: str, client_secret: str, redirect_uri: str, code: str, scopes: Sequence[str] | None = None,
        transport: httpx.BaseTransport | None = None, base_url: str | None = None, timeout: float = DEFAULT_TIMEOUT,
        clock: Clock | None = None,
    ) -> AccessToken:  # fmt: skip
        """Code -> short-lived -> long-lived in one call. The result carries the long-lived
        `access_token`, `token_type`, `expires_in`, `expires_at`, and the `user_id` and
        `permissions` from the short-lived step. (`scopes` is accepted for symmetry and unused.)"""
        short = InstagramOAuth.get_short_lived_token(
            client_id=client_id, client_secret=client_secret, code=code, redirect_uri=redirect_uri,
            transport=transport, base_url=base_url, timeout=timeout, clock=clock,
        )  # fmt: skip
        request = _oauth.long_lived_token_request(
            client_secret=client_secret, access_token=short.access_token, base_url=base_url
        )
        response = _send(request, transport, timeout)
        return _oauth.parse_long_lived_token(
            response, user_id=short.user_id, permissions=short.permissions, now=now_from(resolve_clock(clock))
        )

    @staticmethod
    def refresh_token(
        *, access_token: str, transport: httpx.BaseTransport | None = None, base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT, clock: Clock | None = None,
    ) -> AccessToken:  # fmt: skip
        """Refresh a long-lived token (at least 24 hours old, not expired) for another 60 days.

        Raises TokenTooNewError, ShortLivedTokenRefreshError, or AuthenticationError (expired or
        revoked: send the user through login again). The token store's sweeper calls this."""
        request = _oauth.refresh_token_request(access_token=access_token, base_url=base_url)
        response = _send(request, transport, timeout)
        return _oauth.parse_refreshed_token(response, now=now_from(resolve_clock(clock)))


class AsyncInstagramOAuth:
    """The async counterpart of InstagramOAuth (the URL helpers are the same, not awaited)."""

    build_authorization_url = staticmethod(_oauth.authorization_url)
    parse_callback = staticmethod(_oauth.parse_callback)
    get_default_scopes = staticmethod(_oauth.default_scopes)
    get_all_scopes = staticmethod(_oauth.all_scopes)

    @staticmethod
    async def get_short_lived_token(
        *, client_id: str, client_secret: str, code: str, redirect_uri: str,
        transport: httpx.AsyncBaseTransport | None = None, base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT, clock: Clock | None = None,
    ) -> AccessToken:  # fmt: skip
        """Exchange the authorization code for a short-lived token."""
        request = _oauth.short_lived_token_request(
            client_id=client_id, client_secret=client_secret, code=code, redirect_uri=redirect_uri, base_url=base_url
        )
        response = await _asend(request, transport, timeout)
        return _oauth.parse_short_lived_token(response, now=now_from(resolve_clock(clock)))

    @staticmethod
    async def get_long_lived_token(
        *, client_secret: str, access_token: str, transport: httpx.AsyncBaseTransport | None = None,
        base_url: str | None = None, timeout: float = DEFAULT_TIMEOUT,
        clock: Clock | None = None,
    ) -> AccessToken:  # fmt: skip
        """Exchange a short-lived token for a long-lived one."""
        request = _oauth.long_lived_token_request(
            client_secret=client_secret, access_token=access_token, base_url=base_url
        )
        response = await _asend(request, transport, timeout)
        return _oauth.parse_long_lived_token(response, now=now_from(resolve_clock(clock)))

    @staticmethod
    async def exchange_code_for_token(
        *, client_id: str, client_secret: str, redirect_uri: str, code: str, scopes: Sequence[str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None, base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT, clock: Clock | None = None,
    ) -> AccessToken:  # fmt: skip
        """Code -> short-lived -> long-lived in one call."""
        short = await AsyncInstagramOAuth.get_short_lived_token(
            client_id=client_id, client_secret=client_secret, code=code, redirect_uri=redirect_uri,
            transport=transport, base_url=base_url, timeout=timeout, clock=clock,
        )  # fmt: skip
        request = _oauth.long_lived_token_request(
            client_secret=client_secret, access_token=short.access_token, base_url=base_url
        )
        response = await _asend(request, transport, timeout)
        return _oauth.parse_long_lived_token(
            response, user_id=short.user_id, permissions=short.permissions, now=now_from(resolve_clock(clock))
        )

    @staticmethod
    async def refresh_token(
        *, access_token: str, transport: httpx.AsyncBaseTransport | None = None, base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT, clock: Clock | None = None,
    ) -> AccessToken:  # fmt: skip
        """Refresh a long-lived token (see InstagramOAuth.refresh_token)."""
        request = _oauth.refresh_token_request(access_token=access_token, base_url=base_url)
        response = await _asend(request, transport, timeout)
        return _oauth.parse_refreshed_token(response, now=now_from(resolve_clock(clock)))
