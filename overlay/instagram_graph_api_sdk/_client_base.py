"""What InstagramClient and AsyncInstagramClient share: options, token, usage and derived copies
(`with_options()`, `for_account()`), and the accessors on them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

import httpx

from ._exceptions import ResponseValidationError
from ._options import ClientOptions, derive_options
from ._retry import RetryConfig
from ._runner import _RunnerBase
from ._token_holder import TokenCallback, TokenHolder
from ._usage import UsageState
from ._version import __version__

if TYPE_CHECKING:
    from ._tokens import AccessToken
    from ._usage import UsageSnapshot

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
        self,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        deadline: float | None,
        retry: RetryConfig | None,
        ig_user_id: str | None,
    ) -> Self:
        runner = self._runner
        options = derive_options(
            runner.options,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            retry=retry,
            ig_user_id=ig_user_id,
        )
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
