"""The client's current access token (`TokenHolder`), shared by every `with_options()` copy, and
the hook a token store plugs in to refresh it before a call (`Refresher`)."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Protocol

from . import _exceptions as exc
from ._clock import Clock, system_clock
from ._redact import touch_secret

if TYPE_CHECKING:
    from ._tokens import AccessToken

TokenCallback = Callable[["AccessToken"], Awaitable[None] | None]


class Refresher(Protocol):
    """Refreshes the holder's token before a call when it is due (TokenStore-backed clients)."""

    def before_call(self, holder: TokenHolder) -> None: ...

    async def abefore_call(self, holder: TokenHolder) -> None: ...


class TokenHolder:
    """The client's current access token, shared by every copy from `with_options()`."""

    __slots__ = ("_token", "clock", "on_refresh", "refresher", "user_id")

    _token: str | None
    user_id: str | None

    def __init__(self, token: str | None, on_refresh: TokenCallback | None = None, clock: Clock | None = None) -> None:
        if token is None:  # a client without a token: only token-optional calls (oembed.get) work
            self._token = None
            self.user_id = None
        else:
            self.set(token)
        self.on_refresh = on_refresh
        self.clock: Clock = clock or system_clock
        self.refresher: Refresher | None = None

    def refreshed(self, token: AccessToken) -> None:
        """Call on_token_refresh (sync clients: a coroutine function is refused at construction)."""
        if self.on_refresh is not None:
            self.on_refresh(token)

    async def arefreshed(self, token: AccessToken) -> None:
        """Call on_token_refresh and await it when it is a coroutine function (or returns an awaitable)."""
        if self.on_refresh is not None:
            result = self.on_refresh(token)
            if inspect.isawaitable(result):
                await result

    def set(self, token: str) -> None:
        from ._tokens import clean_credential

        if isinstance(token, str) and token.lstrip()[:7].lower() == "bearer ":
            raise exc.ConfigurationError(
                "access_token starts with 'Bearer ': pass the token alone (drop the 'Bearer ' prefix); "
                "the SDK writes the Authorization header itself."
            )
        # Stripped, checked for control characters and registered as a secret (InvalidCredentialError).
        self._token = clean_credential(token, "access_token")
        self.user_id = None  # get_user_id()'s cache: it belongs to the token

    def get(self) -> str:
        if self._token is None:
            raise exc.ConfigurationError(
                "this call needs an access token, and the client was made with access_token=None: pass "
                "a token to the client or call set_access_token() (only oembed.get works without one)"
            )
        touch_secret(self._token)  # a token in use stays in the redaction registry (LRU)
        return self._token

    @property
    def present(self) -> bool:
        """Whether the client has a token (a client made with access_token=None has none)."""
        return self._token is not None

    def __repr__(self) -> str:
        return "TokenHolder(<redacted>)"
