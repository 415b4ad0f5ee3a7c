# Generated from instagram_graph_api_sdk/resources/_async/auth.py by scripts/unasync_overlay.py; do not edit.
"""`client.auth`: the token owner, token refresh (switches the client), token exchange."""

from __future__ import annotations

from typing import TYPE_CHECKING

from instagram_graph_api_client.resources.auth import AuthResource as _Auth

from ..._clock import now_from
from ..._tokens import AccessToken, clean_credential, make_token

if TYPE_CHECKING:
    from instagram_graph_api_client.models.long_lived_token import LongLivedToken

    from ..._runner import SyncRunner


def _token(model: LongLivedToken, runner: SyncRunner) -> AccessToken:
    return make_token(
        model.access_token,
        token_type=model.token_type,
        expires_in=model.expires_in,
        permissions=model.permissions,
        now=now_from(runner.token.clock),
    )


class AuthResource(_Auth):
    """`client.auth`: `me()`, `refresh_token()` and `exchange_token()`."""

    __slots__ = ()
    _runner: SyncRunner  # the overlay's runner: the token and options too, not only the generated protocol

    def refresh_token(self) -> AccessToken:
        """Refresh the client's long-lived token and switch the client to the new one.

        The token must be at least 24 hours old and not expired; the new one is valid for 60
        days. Meta may return the same string with a new expiry. If the client was created with
        `on_token_refresh=`, it is called with the new token so the app can persist it (an async
        client awaits it if it is a coroutine function).
        """
        runner = self._runner
        token = _token(self._refresh_token(access_token=runner.token.get()), runner)
        runner.token.set(token.access_token)
        runner.token.refreshed(token)
        return token

    def exchange_token(self, short_lived_token: str, client_secret: str) -> AccessToken:
        """Exchange a short-lived token for a long-lived one (server-side only: it sends the app secret).

        Unlike the TypeScript SDK, this sends the token you pass, not the client's own.
        """
        client_secret = clean_credential(client_secret, "client_secret", pin=True)
        short_lived_token = clean_credential(short_lived_token, "short_lived_token")
        model = self._exchange_token(client_secret=client_secret, access_token=short_lived_token)
        return _token(model, self._runner)
