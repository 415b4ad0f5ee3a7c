from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.authorize_force_authentication import (
    AuthorizeForceAuthentication,
)
from ...models.authorize_response_type import (
    AuthorizeResponseType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | str:
    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    response_default = response.text
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    redirect_uri: str,
    response_type: AuthorizeResponseType,
    scope: str,
    state: str | Unset = UNSET,
    force_reauth: bool | Unset = UNSET,
    enable_fb_login: bool | Unset = UNSET,
    force_authentication: AuthorizeForceAuthentication | Unset = UNSET,
) -> Response[Any | str]:
    """Show the Instagram Business Login consent page

     GET https://www.instagram.com/oauth/authorize. A browser page, not an API call: send the user
    here; Instagram redirects back to `redirect_uri` with `?code=...&state=...#_` (strip the
    trailing `#_`) or with `?error=access_denied&error_reason=user_denied&error_description=...`.
    The code is valid for one hour and can be used once.

    Parameters follow Meta's table: `force_reauth` (boolean, added 2025-06-14) replaces the
    deprecated `force_authentication`; `enable_fb_login` is a boolean, default `true` (re-added
    2026-02-06). Changelog: https://developers.facebook.com/docs/instagram-platform/changelog

    Permissions: none (the scopes requested are in `scope`).

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/business-login

    Args:
        client_id (str):
        redirect_uri (str):
        response_type (AuthorizeResponseType):
        scope (str):
        state (str | Unset):
        force_reauth (bool | Unset):
        enable_fb_login (bool | Unset):
        force_authentication (AuthorizeForceAuthentication | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        redirect_uri=redirect_uri,
        response_type=response_type,
        scope=scope,
        state=state,
        force_reauth=force_reauth,
        enable_fb_login=enable_fb_login,
        force_authentication=force_authentication,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    redirect_uri: str,
    response_type: AuthorizeResponseType,
    scope: str,
    state: str | Unset = UNSET,
    force_reauth: bool | Unset = UNSET,
    enable_fb_login: bool | Unset = UNSET,
    force_authentication: AuthorizeForceAuthentication | Unset = UNSET,
) -> Any | str | None:
    """Show the Instagram Business Login consent page

     GET https://www.instagram.com/oauth/authorize. A browser page, not an API call: send the user
    here; Instagram redirects back to `redirect_uri` with `?code=...&state=...#_` (strip the
    trailing `#_`) or with `?error=access_denied&error_reason=user_denied&error_description=...`.
    The code is valid for one hour and can be used once.

    Parameters follow Meta's table: `force_reauth` (boolean, added 2025-06-14) replaces the
    deprecated `force_authentication`; `enable_fb_login` is a boolean, default `true` (re-added
    2026-02-06). Changelog: https://developers.facebook.com/docs/instagram-platform/changelog

    Permissions: none (the scopes requested are in `scope`).

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/business-login

    Args:
        client_id (str):
        redirect_uri (str):
        response_type (AuthorizeResponseType):
        scope (str):
        state (str | Unset):
        force_reauth (bool | Unset):
        enable_fb_login (bool | Unset):
        force_authentication (AuthorizeForceAuthentication | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        client=client,
        client_id=client_id,
        redirect_uri=redirect_uri,
        response_type=response_type,
        scope=scope,
        state=state,
        force_reauth=force_reauth,
        enable_fb_login=enable_fb_login,
        force_authentication=force_authentication,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    redirect_uri: str,
    response_type: AuthorizeResponseType,
    scope: str,
    state: str | Unset = UNSET,
    force_reauth: bool | Unset = UNSET,
    enable_fb_login: bool | Unset = UNSET,
    force_authentication: AuthorizeForceAuthentication | Unset = UNSET,
) -> Response[Any | str]:
    """Show the Instagram Business Login consent page

     GET https://www.instagram.com/oauth/authorize. A browser page, not an API call: send the user
    here; Instagram redirects back to `redirect_uri` with `?code=...&state=...#_` (strip the
    trailing `#_`) or with `?error=access_denied&error_reason=user_denied&error_description=...`.
    The code is valid for one hour and can be used once.

    Parameters follow Meta's table: `force_reauth` (boolean, added 2025-06-14) replaces the
    deprecated `force_authentication`; `enable_fb_login` is a boolean, default `true` (re-added
    2026-02-06). Changelog: https://developers.facebook.com/docs/instagram-platform/changelog

    Permissions: none (the scopes requested are in `scope`).

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/business-login

    Args:
        client_id (str):
        redirect_uri (str):
        response_type (AuthorizeResponseType):
        scope (str):
        state (str | Unset):
        force_reauth (bool | Unset):
        enable_fb_login (bool | Unset):
        force_authentication (AuthorizeForceAuthentication | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        redirect_uri=redirect_uri,
        response_type=response_type,
        scope=scope,
        state=state,
        force_reauth=force_reauth,
        enable_fb_login=enable_fb_login,
        force_authentication=force_authentication,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    redirect_uri: str,
    response_type: AuthorizeResponseType,
    scope: str,
    state: str | Unset = UNSET,
    force_reauth: bool | Unset = UNSET,
    enable_fb_login: bool | Unset = UNSET,
    force_authentication: AuthorizeForceAuthentication | Unset = UNSET,
) -> Any | str | None:
    """Show the Instagram Business Login consent page

     GET https://www.instagram.com/oauth/authorize. A browser page, not an API call: send the user
    here; Instagram redirects back to `redirect_uri` with `?code=...&state=...#_` (strip the
    trailing `#_`) or with `?error=access_denied&error_reason=user_denied&error_description=...`.
    The code is valid for one hour and can be used once.

    Parameters follow Meta's table: `force_reauth` (boolean, added 2025-06-14) replaces the
    deprecated `force_authentication`; `enable_fb_login` is a boolean, default `true` (re-added
    2026-02-06). Changelog: https://developers.facebook.com/docs/instagram-platform/changelog

    Permissions: none (the scopes requested are in `scope`).

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/business-login

    Args:
        client_id (str):
        redirect_uri (str):
        response_type (AuthorizeResponseType):
        scope (str):
        state (str | Unset):
        force_reauth (bool | Unset):
        enable_fb_login (bool | Unset):
        force_authentication (AuthorizeForceAuthentication | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            client=client,
            client_id=client_id,
            redirect_uri=redirect_uri,
            response_type=response_type,
            scope=scope,
            state=state,
            force_reauth=force_reauth,
            enable_fb_login=enable_fb_login,
            force_authentication=force_authentication,
        )
    ).parsed
