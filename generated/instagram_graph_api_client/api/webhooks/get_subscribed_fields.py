from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.subscribed_app_list import SubscribedAppList
from ...types import Response


def _get_kwargs(
    ig_user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_user_id}/subscribed_apps".format(
            ig_user_id=quote(str(ig_user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorEnvelope | SubscribedAppList:
    if response.status_code == 200:
        response_200 = SubscribedAppList.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorEnvelope | SubscribedAppList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GraphErrorEnvelope | SubscribedAppList]:
    """List the webhook fields the app is subscribed to for this account

     GET /{ig-id}/subscribed_apps.

    Permissions: instagram_business_basic (plus the permission of each field: comments need
    instagram_business_manage_comments, messages need instagram_business_manage_messages).

    See: https://developers.facebook.com/docs/instagram-platform/webhooks

    Args:
        ig_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | SubscribedAppList]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GraphErrorEnvelope | SubscribedAppList | None:
    """List the webhook fields the app is subscribed to for this account

     GET /{ig-id}/subscribed_apps.

    Permissions: instagram_business_basic (plus the permission of each field: comments need
    instagram_business_manage_comments, messages need instagram_business_manage_messages).

    See: https://developers.facebook.com/docs/instagram-platform/webhooks

    Args:
        ig_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | SubscribedAppList
    """

    return sync_detailed(
        ig_user_id=ig_user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GraphErrorEnvelope | SubscribedAppList]:
    """List the webhook fields the app is subscribed to for this account

     GET /{ig-id}/subscribed_apps.

    Permissions: instagram_business_basic (plus the permission of each field: comments need
    instagram_business_manage_comments, messages need instagram_business_manage_messages).

    See: https://developers.facebook.com/docs/instagram-platform/webhooks

    Args:
        ig_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | SubscribedAppList]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GraphErrorEnvelope | SubscribedAppList | None:
    """List the webhook fields the app is subscribed to for this account

     GET /{ig-id}/subscribed_apps.

    Permissions: instagram_business_basic (plus the permission of each field: comments need
    instagram_business_manage_comments, messages need instagram_business_manage_messages).

    See: https://developers.facebook.com/docs/instagram-platform/webhooks

    Args:
        ig_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | SubscribedAppList
    """

    return (
        await asyncio_detailed(
            ig_user_id=ig_user_id,
            client=client,
        )
    ).parsed
