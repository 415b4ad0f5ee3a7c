from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.exchange_token_grant_type import (
    ExchangeTokenGrantType,
)
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.long_lived_token import LongLivedToken
from ...types import UNSET, Response


def _get_kwargs(
    *,
    grant_type: ExchangeTokenGrantType,
    client_secret: str,
    access_token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_grant_type: str = grant_type
    params["grant_type"] = json_grant_type

    params["client_secret"] = client_secret

    params["access_token"] = access_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/access_token",
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
    grant_type: ExchangeTokenGrantType,
    client_secret: str,
    access_token: str,
) -> Response[GraphErrorEnvelope | LongLivedToken]:
    """Exchange a short-lived token for a long-lived one

     GET https://graph.instagram.com/access_token?grant_type=ig_exchange_token (unversioned).
    Returns a long-lived token valid for about 60 days (`expires_in` seconds; use the value
    returned). Carries the app secret: call it from server-side code only.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/reference/access_token

    Args:
        grant_type (ExchangeTokenGrantType):
        client_secret (str):
        access_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | LongLivedToken]
    """

    kwargs = _get_kwargs(
        grant_type=grant_type,
        client_secret=client_secret,
        access_token=access_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    grant_type: ExchangeTokenGrantType,
    client_secret: str,
    access_token: str,
) -> GraphErrorEnvelope | LongLivedToken | None:
    """Exchange a short-lived token for a long-lived one

     GET https://graph.instagram.com/access_token?grant_type=ig_exchange_token (unversioned).
    Returns a long-lived token valid for about 60 days (`expires_in` seconds; use the value
    returned). Carries the app secret: call it from server-side code only.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/reference/access_token

    Args:
        grant_type (ExchangeTokenGrantType):
        client_secret (str):
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
        client_secret=client_secret,
        access_token=access_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    grant_type: ExchangeTokenGrantType,
    client_secret: str,
    access_token: str,
) -> Response[GraphErrorEnvelope | LongLivedToken]:
    """Exchange a short-lived token for a long-lived one

     GET https://graph.instagram.com/access_token?grant_type=ig_exchange_token (unversioned).
    Returns a long-lived token valid for about 60 days (`expires_in` seconds; use the value
    returned). Carries the app secret: call it from server-side code only.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/reference/access_token

    Args:
        grant_type (ExchangeTokenGrantType):
        client_secret (str):
        access_token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | LongLivedToken]
    """

    kwargs = _get_kwargs(
        grant_type=grant_type,
        client_secret=client_secret,
        access_token=access_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    grant_type: ExchangeTokenGrantType,
    client_secret: str,
    access_token: str,
) -> GraphErrorEnvelope | LongLivedToken | None:
    """Exchange a short-lived token for a long-lived one

     GET https://graph.instagram.com/access_token?grant_type=ig_exchange_token (unversioned).
    Returns a long-lived token valid for about 60 days (`expires_in` seconds; use the value
    returned). Carries the app secret: call it from server-side code only.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/reference/access_token

    Args:
        grant_type (ExchangeTokenGrantType):
        client_secret (str):
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
            client_secret=client_secret,
            access_token=access_token,
        )
    ).parsed
