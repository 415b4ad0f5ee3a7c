from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.user import User
from ...types import UNSET, Response


def _get_kwargs(
    instagram_business_account_id: str,
    *,
    fields: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{instagram_business_account_id}".format(
            instagram_business_account_id=quote(
                str(instagram_business_account_id), safe=""
            ),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorEnvelope | User:
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorEnvelope | User]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    instagram_business_account_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str,
) -> Response[GraphErrorEnvelope | User]:
    """Look up another business or creator account (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}?fields=business_discovery.username(NAME){...}.
    Business Discovery is available only with Facebook Login for Business (a Page-linked
    Instagram account ID and a Facebook user or Page token); it is subject to Platform rate
    limits, `200 x users` calls per rolling hour per app, not the Business Use Case limit
    (https://developers.facebook.com/docs/instagram-platform/overview#rate-limiting). The SDK
    builds the field expansion from `username` and `fields`.

    Permissions (Facebook Login): instagram_basic, pages_read_engagement (or pages_show_list).

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/business-discovery

    Args:
        instagram_business_account_id (str):
        fields (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | User]
    """

    kwargs = _get_kwargs(
        instagram_business_account_id=instagram_business_account_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    instagram_business_account_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str,
) -> GraphErrorEnvelope | User | None:
    """Look up another business or creator account (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}?fields=business_discovery.username(NAME){...}.
    Business Discovery is available only with Facebook Login for Business (a Page-linked
    Instagram account ID and a Facebook user or Page token); it is subject to Platform rate
    limits, `200 x users` calls per rolling hour per app, not the Business Use Case limit
    (https://developers.facebook.com/docs/instagram-platform/overview#rate-limiting). The SDK
    builds the field expansion from `username` and `fields`.

    Permissions (Facebook Login): instagram_basic, pages_read_engagement (or pages_show_list).

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/business-discovery

    Args:
        instagram_business_account_id (str):
        fields (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | User
    """

    return sync_detailed(
        instagram_business_account_id=instagram_business_account_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    instagram_business_account_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str,
) -> Response[GraphErrorEnvelope | User]:
    """Look up another business or creator account (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}?fields=business_discovery.username(NAME){...}.
    Business Discovery is available only with Facebook Login for Business (a Page-linked
    Instagram account ID and a Facebook user or Page token); it is subject to Platform rate
    limits, `200 x users` calls per rolling hour per app, not the Business Use Case limit
    (https://developers.facebook.com/docs/instagram-platform/overview#rate-limiting). The SDK
    builds the field expansion from `username` and `fields`.

    Permissions (Facebook Login): instagram_basic, pages_read_engagement (or pages_show_list).

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/business-discovery

    Args:
        instagram_business_account_id (str):
        fields (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | User]
    """

    kwargs = _get_kwargs(
        instagram_business_account_id=instagram_business_account_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    instagram_business_account_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str,
) -> GraphErrorEnvelope | User | None:
    """Look up another business or creator account (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}?fields=business_discovery.username(NAME){...}.
    Business Discovery is available only with Facebook Login for Business (a Page-linked
    Instagram account ID and a Facebook user or Page token); it is subject to Platform rate
    limits, `200 x users` calls per rolling hour per app, not the Business Use Case limit
    (https://developers.facebook.com/docs/instagram-platform/overview#rate-limiting). The SDK
    builds the field expansion from `username` and `fields`.

    Permissions (Facebook Login): instagram_basic, pages_read_engagement (or pages_show_list).

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/business-discovery

    Args:
        instagram_business_account_id (str):
        fields (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | User
    """

    return (
        await asyncio_detailed(
            instagram_business_account_id=instagram_business_account_id,
            client=client,
            fields=fields,
        )
    ).parsed
