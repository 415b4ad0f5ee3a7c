"""InstagramOAuth and AsyncInstagramOAuth: thin shells that send `_oauth`'s requests.

Static methods, like the TypeScript SDK's `InstagramOAuth`. Every call accepts `transport=`
(an httpx transport, for tests or FakeInstagram), `base_url=` (send to that origin instead
of Meta's hosts: https, or http on loopback), `timeout=` (per read), `deadline=` (the whole call)
and `max_response_bytes=`. OAuth calls are never retried: the authorization code is single-use.
Their errors leave without chained exceptions or frames that hold the secret (see `_scrub`).
"""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from . import _oauth
from ._clock import Clock, now_from, resolve_clock
from ._constants import DEFAULT_OAUTH_DEADLINE, DEFAULT_TIMEOUT
from ._options import check_max_response_bytes, require_https
from ._proxy import default_async_transport, default_transport
from ._reading import DEFAULT_MAX_RESPONSE_BYTES, LIMIT_EXTENSION
from ._redact import install_log_filter
from ._retry import NEVER, RetryConfig
from ._runner import _RunnerBase
from ._scrub import scrub_async_errors, scrub_errors
from ._tokens import AccessToken
from ._transport import RETRY_EXTENSION, AsyncRetryTransport, RetryTransport

_HEADERS = {"Accept-Encoding": "gzip, deflate"}  # only what _reading inflates, under the cap


class _Limits:
    """How one OAuth call is bounded: per-read timeout, overall deadline, body size."""

    __slots__ = ("deadline", "max_response_bytes", "timeout")

    def __init__(self, timeout: float, deadline: float, max_response_bytes: int) -> None:
        # Never retried (the code is single-use), but held to an overall deadline: httpx's
        # timeouts are per read, so a server dripping bytes could otherwise hold the call forever.
        self.deadline = RetryConfig(max_retries=0, deadline=deadline, slowdown_threshold=None)
        self.timeout = timeout
        self.max_response_bytes = check_max_response_bytes(max_response_bytes)

    def apply(self, request: httpx.Request) -> httpx.Request:
        require_https(str(request.url), "base_url")
        request.extensions = {
            **request.extensions,
            "timeout": httpx.Timeout(self.timeout).as_dict(),
            RETRY_EXTENSION: (self.deadline, NEVER),
            LIMIT_EXTENSION: self.max_response_bytes,
        }
        return request


def _send(request: httpx.Request, transport: httpx.BaseTransport | None, limits: _Limits) -> httpx.Response:
    install_log_filter()
    limits.apply(request)
    wrapped = RetryTransport(transport or default_transport(request.url.host))
    with httpx.Client(transport=wrapped, timeout=limits.timeout, headers=_HEADERS) as http:
        try:
            return http.send(request)
        except httpx.HTTPError as error:
            failure = _RunnerBase.translate(error, request)
    del request  # it holds the code, the token or the app secret
    raise failure


async def _asend(request: httpx.Request, transport: httpx.AsyncBaseTransport | None, limits: _Limits) -> httpx.Response:
    install_log_filter()
    limits.apply(request)
    wrapped = AsyncRetryTransport(transport or default_async_transport(request.url.host))
    async with httpx.AsyncClient(transport=wrapped, timeout=limits.timeout, headers=_HEADERS) as http:
        try:
            return await http.send(request)
        except httpx.HTTPError as error:
            failure = _RunnerBase.translate(error, request)
    del request
    raise failure


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
    @scrub_errors
    def get_short_lived_token(
        *, client_id: str, client_secret: str, code: str, redirect_uri: str,
        transport: httpx.BaseTransport | None = None, base_url: str | None = None, timeout: float = DEFAULT_TIMEOUT,
        clock: Clock | None = None,
        deadline: float = DEFAULT_OAUTH_DEADLINE, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> AccessToken:  # fmt: skip
        """Exchange the authorization code for a short-lived (one hour) token; `user_id` is always a string."""
        request = _oauth.short_lived_token_request(
            client_id=client_id, client_secret=client_secret, code=code, redirect_uri=redirect_uri, base_url=base_url
        )
        limits = _Limits(timeout, deadline, max_response_bytes)
        return _oauth.parse_short_lived_token(_send(request, transport, limits), now=now_from(resolve_clock(clock)))

    @staticmethod
    @scrub_errors
    def get_long_lived_token(
        *, client_secret: str, access_token: str, transport: httpx.BaseTransport | None = None,
        base_url: str | None = None, timeout: float = DEFAULT_TIMEOUT,
        clock: Clock | None = None,
        deadline: float = DEFAULT_OAUTH_DEADLINE, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> AccessToken:  # fmt: skip
        """Exchange a short-lived token for a long-lived (60 days) one. Server-side only."""
        request = _oauth.long_lived_token_request(
            client_secret=client_secret, access_token=access_token, base_url=base_url
        )
        limits = _Limits(timeout, deadline, max_response_bytes)
        return _oauth.parse_long_lived_token(_send(request, transport, limits), now=now_from(resolve_clock(clock)))

    @staticmethod
    @scrub_errors
    def exchange_code_for_token(
        *, client_id: str, client_secret: str, redirect_uri: str, code: str, scopes: Sequence[str] | None = None,
        transport: httpx.BaseTransport | None = None, base_url: str | None = None, timeout: float = DEFAULT_TIMEOUT,
        clock: Clock | None = None,
        deadline: float = DEFAULT_OAUTH_DEADLINE, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> AccessToken:  # fmt: skip
        """Code -> short-lived -> long-lived in one call. The result carries the long-lived
        `access_token`, `token_type`, `expires_in`, `expires_at`, and the `user_id` and
        `permissions` from the short-lived step. (`scopes` is accepted for symmetry and unused.)"""
        short = InstagramOAuth.get_short_lived_token(
            client_id=client_id, client_secret=client_secret, code=code, redirect_uri=redirect_uri,
            transport=transport, base_url=base_url, timeout=timeout, clock=clock, deadline=deadline,
            max_response_bytes=max_response_bytes,
        )  # fmt: skip
        request = _oauth.long_lived_token_request(
            client_secret=client_secret, access_token=short.access_token, base_url=base_url
        )
        response = _send(request, transport, _Limits(timeout, deadline, max_response_bytes))
        return _oauth.parse_long_lived_token(
            response, user_id=short.user_id, permissions=short.permissions, now=now_from(resolve_clock(clock))
        )

    @staticmethod
    @scrub_errors
    def refresh_token(
        *, access_token: str, transport: httpx.BaseTransport | None = None, base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT, clock: Clock | None = None,
        deadline: float = DEFAULT_OAUTH_DEADLINE, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> AccessToken:  # fmt: skip
        """Refresh a long-lived token (at least 24 hours old, not expired) for another 60 days.

        Raises TokenTooNewError, ShortLivedTokenRefreshError, or AuthenticationError (expired or
        revoked: send the user through login again). The token store's sweeper calls this."""
        request = _oauth.refresh_token_request(access_token=access_token, base_url=base_url)
        response = _send(request, transport, _Limits(timeout, deadline, max_response_bytes))
        return _oauth.parse_refreshed_token(response, now=now_from(resolve_clock(clock)))


class AsyncInstagramOAuth:
    """The async counterpart of InstagramOAuth (the URL helpers are the same, not awaited)."""

    build_authorization_url = staticmethod(_oauth.authorization_url)
    parse_callback = staticmethod(_oauth.parse_callback)
    get_default_scopes = staticmethod(_oauth.default_scopes)
    get_all_scopes = staticmethod(_oauth.all_scopes)

    @staticmethod
    @scrub_async_errors
    async def get_short_lived_token(
        *, client_id: str, client_secret: str, code: str, redirect_uri: str,
        transport: httpx.AsyncBaseTransport | None = None, base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT, clock: Clock | None = None,
        deadline: float = DEFAULT_OAUTH_DEADLINE, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> AccessToken:  # fmt: skip
        """Exchange the authorization code for a short-lived token."""
        request = _oauth.short_lived_token_request(
            client_id=client_id, client_secret=client_secret, code=code, redirect_uri=redirect_uri, base_url=base_url
        )
        limits = _Limits(timeout, deadline, max_response_bytes)
        return _oauth.parse_short_lived_token(
            await _asend(request, transport, limits), now=now_from(resolve_clock(clock))
        )

    @staticmethod
    @scrub_async_errors
    async def get_long_lived_token(
        *, client_secret: str, access_token: str, transport: httpx.AsyncBaseTransport | None = None,
        base_url: str | None = None, timeout: float = DEFAULT_TIMEOUT,
        clock: Clock | None = None,
        deadline: float = DEFAULT_OAUTH_DEADLINE, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> AccessToken:  # fmt: skip
        """Exchange a short-lived token for a long-lived one."""
        request = _oauth.long_lived_token_request(
            client_secret=client_secret, access_token=access_token, base_url=base_url
        )
        limits = _Limits(timeout, deadline, max_response_bytes)
        return _oauth.parse_long_lived_token(
            await _asend(request, transport, limits), now=now_from(resolve_clock(clock))
        )

    @staticmethod
    @scrub_async_errors
    async def exchange_code_for_token(
        *, client_id: str, client_secret: str, redirect_uri: str, code: str, scopes: Sequence[str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None, base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT, clock: Clock | None = None,
        deadline: float = DEFAULT_OAUTH_DEADLINE, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> AccessToken:  # fmt: skip
        """Code -> short-lived -> long-lived in one call."""
        short = await AsyncInstagramOAuth.get_short_lived_token(
            client_id=client_id, client_secret=client_secret, code=code, redirect_uri=redirect_uri,
            transport=transport, base_url=base_url, timeout=timeout, clock=clock, deadline=deadline,
            max_response_bytes=max_response_bytes,
        )  # fmt: skip
        request = _oauth.long_lived_token_request(
            client_secret=client_secret, access_token=short.access_token, base_url=base_url
        )
        response = await _asend(request, transport, _Limits(timeout, deadline, max_response_bytes))
        return _oauth.parse_long_lived_token(
            response, user_id=short.user_id, permissions=short.permissions, now=now_from(resolve_clock(clock))
        )

    @staticmethod
    @scrub_async_errors
    async def refresh_token(
        *, access_token: str, transport: httpx.AsyncBaseTransport | None = None, base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT, clock: Clock | None = None,
        deadline: float = DEFAULT_OAUTH_DEADLINE, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> AccessToken:  # fmt: skip
        """Refresh a long-lived token (see InstagramOAuth.refresh_token)."""
        request = _oauth.refresh_token_request(access_token=access_token, base_url=base_url)
        response = await _asend(request, transport, _Limits(timeout, deadline, max_response_bytes))
        return _oauth.parse_refreshed_token(response, now=now_from(resolve_clock(clock)))
