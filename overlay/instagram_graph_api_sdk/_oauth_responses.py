"""Instagram Login's token responses as pure functions: each into an AccessToken, or the SDK error
it stands for (the requests are built in `_oauth`; `_oauth_client.py` sends them)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal, overload

import httpx

from . import _exceptions as exc
from ._classify import build_error
from ._constants import SHORT_LIVED_TOKEN_LIFETIME
from ._redact import redact
from ._tokens import AccessToken, make_token

if TYPE_CHECKING:
    from instagram_graph_api_client.models.long_lived_token import LongLivedToken
    from instagram_graph_api_client.models.short_lived_token import ShortLivedToken
    from instagram_graph_api_client.models.short_lived_token_list import ShortLivedTokenList

TokenStep = Literal["get_short_lived_token", "exchange_token", "refresh_token"]


@overload
def _parsed(
    step: Literal["get_short_lived_token"], response: httpx.Response
) -> ShortLivedToken | ShortLivedTokenList: ...
@overload
def _parsed(step: Literal["exchange_token", "refresh_token"], response: httpx.Response) -> LongLivedToken: ...
def _parsed(step: TokenStep, response: httpx.Response) -> ShortLivedToken | ShortLivedTokenList | LongLivedToken:
    """The generated model for a token response, or the SDK error it stands for."""
    from instagram_graph_api_client.api.auth import exchange_token, get_short_lived_token, refresh_token
    from instagram_graph_api_client.models.long_lived_token import LongLivedToken
    from instagram_graph_api_client.models.short_lived_token import ShortLivedToken
    from instagram_graph_api_client.models.short_lived_token_list import ShortLivedTokenList

    request = response.request
    path = redact(request.url.path)
    if response.status_code >= 400:
        raise build_error(
            response.status_code,
            response.headers,
            response.content,
            method=request.method,
            path=path,
            oauth_host=step == "get_short_lived_token",
        )
    module = {"get_short_lived_token": get_short_lived_token, "exchange_token": exchange_token}.get(step, refresh_token)
    try:
        model = module.parse_response(response)
    except ValueError:  # JSONDecodeError included
        raise exc.NonJSONResponseError(
            f"{step}: the token response is not JSON",
            status_code=response.status_code,
            method=request.method,
            path=path,
        ) from None
    except (KeyError, TypeError, AttributeError) as error:
        raise exc.ResponseValidationError(
            f"{step}: the token response does not have a documented shape ({redact(str(error))[:200]})",
            status_code=response.status_code,
            method=request.method,
            path=path,
        ) from None
    if not isinstance(model, ShortLivedToken | ShortLivedTokenList | LongLivedToken):  # an error body under 2xx
        raise exc.ResponseValidationError(
            f"{step}: HTTP {response.status_code} carried an error body, not a token",
            status_code=response.status_code,
            method=request.method,
            path=path,
        )
    return model


def parse_short_lived_token(response: httpx.Response, *, now: datetime | None = None) -> AccessToken:
    """Either documented shape: {"data":[{...}]} or the flat one with an integer user_id.

    The response carries no expiry; Meta documents short-lived tokens as valid for one hour.
    """
    from instagram_graph_api_client.models.short_lived_token_list import ShortLivedTokenList

    model = _parsed("get_short_lived_token", response)
    entry = model.data[0] if isinstance(model, ShortLivedTokenList) and model.data else model
    if isinstance(entry, ShortLivedTokenList):
        raise exc.ResponseValidationError("get_short_lived_token: the response's data[] list is empty")
    return make_token(
        entry.access_token,
        expires_in=int(SHORT_LIVED_TOKEN_LIFETIME.total_seconds()),
        user_id=entry.user_id,
        permissions=entry.permissions,
        now=now,
    )


def parse_long_lived_token(
    response: httpx.Response,
    *,
    user_id: str | None = None,
    permissions: tuple[str, ...] = (),
    now: datetime | None = None,
) -> AccessToken:
    """{"access_token", "token_type", "expires_in"} into an AccessToken with `expires_at`."""
    model = _parsed("exchange_token", response)
    token = make_token(
        model.access_token,
        token_type=model.token_type,
        expires_in=model.expires_in,
        user_id=user_id,
        permissions=model.permissions,
        now=now,
    )
    if not token.permissions and permissions:
        return make_token(
            token.access_token,
            token_type=token.token_type,
            expires_in=token.expires_in,
            user_id=user_id,
            permissions=list(permissions),
            now=now,
        )
    return token


def parse_refreshed_token(response: httpx.Response, *, now: datetime | None = None) -> AccessToken:
    """{"access_token", "token_type", "expires_in"(, "permissions")} into an AccessToken.

    Refusals are typed: TokenTooNewError (under 24 hours old), ShortLivedTokenRefreshError,
    AuthenticationError (expired or revoked: the user must log in again)."""
    model = _parsed("refresh_token", response)
    return make_token(
        model.access_token,
        token_type=model.token_type,
        expires_in=model.expires_in,
        permissions=model.permissions,
        now=now,
    )
