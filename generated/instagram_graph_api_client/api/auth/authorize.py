from typing import Any, cast

import httpx

from ...models.authorize_force_authentication import (
    AuthorizeForceAuthentication,
)
from ...models.authorize_response_type import (
    AuthorizeResponseType,
)
from ...types import UNSET, Unset


def build_request(
    *,
    client_id: str,
    redirect_uri: str,
    response_type: AuthorizeResponseType,
    scope: str,
    state: str | Unset = UNSET,
    force_reauth: bool | Unset = UNSET,
    enable_fb_login: bool | Unset = UNSET,
    force_authentication: AuthorizeForceAuthentication | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `authorize`: GET /oauth/authorize.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params["redirect_uri"] = redirect_uri

    json_response_type: str = response_type
    params["response_type"] = json_response_type

    params["scope"] = scope

    params["state"] = state

    params["force_reauth"] = force_reauth

    params["enable_fb_login"] = enable_fb_login

    json_force_authentication: int | Unset = UNSET
    if not isinstance(force_authentication, Unset):
        json_force_authentication = force_authentication

    params["force_authentication"] = json_force_authentication

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth/authorize",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Any | str:
    """The model for a response to `authorize`, chosen by its status code."""
    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    response_default = response.text
    return response_default
