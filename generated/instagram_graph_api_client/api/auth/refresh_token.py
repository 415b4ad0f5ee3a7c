from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.long_lived_token import LongLivedToken
from ...models.refresh_token_grant_type import (
    RefreshTokenGrantType,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    grant_type: RefreshTokenGrantType,
    access_token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_grant_type: str = grant_type
    params["grant_type"] = json_grant_type

    params["access_token"] = access_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/refresh_access_token",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorEnvelope | LongLivedToken:
    if response.status_code == 200:
        response_200 = LongLivedToken.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorEnvelope | LongLivedToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    grant_type: RefreshTokenGrantType,
    access_token: str,
) -> Response[GraphErrorEnvelope | LongLivedToken]:
    """Refresh a long-lived token

     GET https://graph.instagram.com/refresh_access_token?grant_type=ig_refresh_token
    (unversioned). The token must be at least 24 hours old and not expired; the refreshed
    token is valid for 60 days from the refresh. The response may carry the same token string
    with a new expiry.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/reference/refresh_access_token

    Args:
        grant_type (RefreshTokenGrantType):
        access_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | LongLivedToken]
    """

    kwargs = _get_kwargs(
        grant_type=grant_type,
        access_token=access_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    grant_type: RefreshTokenGrantType,
    access_token: str,
) -> GraphErrorEnvelope | LongLivedToken | None:
    """Refresh a long-lived token

     GET https://graph.instagram.com/refresh_access_token?grant_type=ig_refresh_token
    (unversioned). The token must be at least 24 hours old and not expired; the refreshed
    token is valid for 60 days from the refresh. The response may carry the same token string
    with a new expiry.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/reference/refresh_access_token

    Args:
        grant_type (RefreshTokenGrantType):
        access_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | LongLivedToken
    """

    return sync_detailed(
        client=client,
        grant_type=grant_type,
        access_token=access_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    grant_type: RefreshTokenGrantType,
    access_token: str,
) -> Response[GraphErrorEnvelope | LongLivedToken]:
    """Refresh a long-lived token

     GET https://graph.instagram.com/refresh_access_token?grant_type=ig_refresh_token
    (unversioned). The token must be at least 24 hours old and not expired; the refreshed
    token is valid for 60 days from the refresh. The response may carry the same token string
    with a new expiry.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/reference/refresh_access_token

    Args:
        grant_type (RefreshTokenGrantType):
        access_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | LongLivedToken]
    """

    kwargs = _get_kwargs(
        grant_type=grant_type,
        access_token=access_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    grant_type: RefreshTokenGrantType,
    access_token: str,
) -> GraphErrorEnvelope | LongLivedToken | None:
    """Refresh a long-lived token

     GET https://graph.instagram.com/refresh_access_token?grant_type=ig_refresh_token
    (unversioned). The token must be at least 24 hours old and not expired; the refreshed
    token is valid for 60 days from the refresh. The response may carry the same token string
    with a new expiry.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/reference/refresh_access_token

    Args:
        grant_type (RefreshTokenGrantType):
        access_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | LongLivedToken
    """

    return (
        await asyncio_detailed(
            client=client,
            grant_type=grant_type,
            access_token=access_token,
        )
    ).parsed
