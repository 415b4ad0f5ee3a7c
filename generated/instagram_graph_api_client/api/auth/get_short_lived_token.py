from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.o_auth_error_response import OAuthErrorResponse
from ...models.short_lived_token import ShortLivedToken
from ...models.short_lived_token_list import ShortLivedTokenList
from ...models.short_lived_token_request import ShortLivedTokenRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ShortLivedTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/access_token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthErrorResponse | ShortLivedToken | ShortLivedTokenList:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ShortLivedToken | ShortLivedTokenList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ShortLivedTokenList.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ShortLivedToken.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OAuthErrorResponse.from_dict(response.json())

        return response_400

    response_default = OAuthErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuthErrorResponse | ShortLivedToken | ShortLivedTokenList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ShortLivedTokenRequest,
) -> Response[OAuthErrorResponse | ShortLivedToken | ShortLivedTokenList]:
    """Exchange an authorization code for a short-lived token

     POST https://api.instagram.com/oauth/access_token with form fields. Returns a short-lived
    (one hour) Instagram User access token. Meta documents two response shapes: the current
    `{"data":[{access_token,user_id,permissions}]}` and the older flat
    `{access_token,user_id}` with an integer `user_id`; both are accepted. Errors use the
    api.instagram.com envelope `{error_type, code, error_message}`, not the Graph one. The code
    is single-use: never retry this call.

    Permissions: none (app credentials).

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/business-login

    Args:
        body (ShortLivedTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthErrorResponse | ShortLivedToken | ShortLivedTokenList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ShortLivedTokenRequest,
) -> OAuthErrorResponse | ShortLivedToken | ShortLivedTokenList | None:
    """Exchange an authorization code for a short-lived token

     POST https://api.instagram.com/oauth/access_token with form fields. Returns a short-lived
    (one hour) Instagram User access token. Meta documents two response shapes: the current
    `{"data":[{access_token,user_id,permissions}]}` and the older flat
    `{access_token,user_id}` with an integer `user_id`; both are accepted. Errors use the
    api.instagram.com envelope `{error_type, code, error_message}`, not the Graph one. The code
    is single-use: never retry this call.

    Permissions: none (app credentials).

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/business-login

    Args:
        body (ShortLivedTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthErrorResponse | ShortLivedToken | ShortLivedTokenList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ShortLivedTokenRequest,
) -> Response[OAuthErrorResponse | ShortLivedToken | ShortLivedTokenList]:
    """Exchange an authorization code for a short-lived token

     POST https://api.instagram.com/oauth/access_token with form fields. Returns a short-lived
    (one hour) Instagram User access token. Meta documents two response shapes: the current
    `{"data":[{access_token,user_id,permissions}]}` and the older flat
    `{access_token,user_id}` with an integer `user_id`; both are accepted. Errors use the
    api.instagram.com envelope `{error_type, code, error_message}`, not the Graph one. The code
    is single-use: never retry this call.

    Permissions: none (app credentials).

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/business-login

    Args:
        body (ShortLivedTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthErrorResponse | ShortLivedToken | ShortLivedTokenList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ShortLivedTokenRequest,
) -> OAuthErrorResponse | ShortLivedToken | ShortLivedTokenList | None:
    """Exchange an authorization code for a short-lived token

     POST https://api.instagram.com/oauth/access_token with form fields. Returns a short-lived
    (one hour) Instagram User access token. Meta documents two response shapes: the current
    `{"data":[{access_token,user_id,permissions}]}` and the older flat
    `{access_token,user_id}` with an integer `user_id`; both are accepted. Errors use the
    api.instagram.com envelope `{error_type, code, error_message}`, not the Graph one. The code
    is single-use: never retry this call.

    Permissions: none (app credentials).

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/business-login

    Args:
        body (ShortLivedTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthErrorResponse | ShortLivedToken | ShortLivedTokenList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
