from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.facebook_page_list import FacebookPageList
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["limit"] = limit

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me/accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FacebookPageList | GraphErrorEnvelope:
    if response.status_code == 200:
        response_200 = FacebookPageList.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FacebookPageList | GraphErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[FacebookPageList | GraphErrorEnvelope]:
    """List the Facebook Pages you manage and their Instagram accounts (Facebook Login only)

     GET graph.facebook.com/me/accounts with a Facebook user token: each Page's ID, Page token,
    tasks and linked `instagram_business_account`. This is how Facebook Login apps find the
    Instagram account ID the Facebook-Login-only operations take.

    Permissions (Facebook Login): pages_show_list, instagram_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/get-
    started

    Args:
        fields (str | Unset):
        limit (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FacebookPageList | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        fields=fields,
        limit=limit,
        after=after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> FacebookPageList | GraphErrorEnvelope | None:
    """List the Facebook Pages you manage and their Instagram accounts (Facebook Login only)

     GET graph.facebook.com/me/accounts with a Facebook user token: each Page's ID, Page token,
    tasks and linked `instagram_business_account`. This is how Facebook Login apps find the
    Instagram account ID the Facebook-Login-only operations take.

    Permissions (Facebook Login): pages_show_list, instagram_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/get-
    started

    Args:
        fields (str | Unset):
        limit (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FacebookPageList | GraphErrorEnvelope
    """

    return sync_detailed(
        client=client,
        fields=fields,
        limit=limit,
        after=after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[FacebookPageList | GraphErrorEnvelope]:
    """List the Facebook Pages you manage and their Instagram accounts (Facebook Login only)

     GET graph.facebook.com/me/accounts with a Facebook user token: each Page's ID, Page token,
    tasks and linked `instagram_business_account`. This is how Facebook Login apps find the
    Instagram account ID the Facebook-Login-only operations take.

    Permissions (Facebook Login): pages_show_list, instagram_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/get-
    started

    Args:
        fields (str | Unset):
        limit (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FacebookPageList | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        fields=fields,
        limit=limit,
        after=after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> FacebookPageList | GraphErrorEnvelope | None:
    """List the Facebook Pages you manage and their Instagram accounts (Facebook Login only)

     GET graph.facebook.com/me/accounts with a Facebook user token: each Page's ID, Page token,
    tasks and linked `instagram_business_account`. This is how Facebook Login apps find the
    Instagram account ID the Facebook-Login-only operations take.

    Permissions (Facebook Login): pages_show_list, instagram_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/get-
    started

    Args:
        fields (str | Unset):
        limit (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FacebookPageList | GraphErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
            limit=limit,
            after=after,
        )
    ).parsed
