from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.messenger_profile_list import MessengerProfileList
from ...types import UNSET, Response


def _get_kwargs(
    ig_user_id: str,
    *,
    fields: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_user_id}/messenger_profile".format(
            ig_user_id=quote(str(ig_user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorEnvelope | MessengerProfileList:
    if response.status_code == 200:
        response_200 = MessengerProfileList.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorEnvelope | MessengerProfileList]:
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
    fields: str,
) -> Response[GraphErrorEnvelope | MessengerProfileList]:
    """Get ice breakers or the persistent menu

     GET /{ig-id}/messenger_profile?fields=ice_breakers (or persistent_menu).

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api/ice-breakers

    Args:
        ig_user_id (str):
        fields (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | MessengerProfileList]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str,
) -> GraphErrorEnvelope | MessengerProfileList | None:
    """Get ice breakers or the persistent menu

     GET /{ig-id}/messenger_profile?fields=ice_breakers (or persistent_menu).

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api/ice-breakers

    Args:
        ig_user_id (str):
        fields (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | MessengerProfileList
    """

    return sync_detailed(
        ig_user_id=ig_user_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str,
) -> Response[GraphErrorEnvelope | MessengerProfileList]:
    """Get ice breakers or the persistent menu

     GET /{ig-id}/messenger_profile?fields=ice_breakers (or persistent_menu).

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api/ice-breakers

    Args:
        ig_user_id (str):
        fields (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | MessengerProfileList]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str,
) -> GraphErrorEnvelope | MessengerProfileList | None:
    """Get ice breakers or the persistent menu

     GET /{ig-id}/messenger_profile?fields=ice_breakers (or persistent_menu).

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api/ice-breakers

    Args:
        ig_user_id (str):
        fields (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | MessengerProfileList
    """

    return (
        await asyncio_detailed(
            ig_user_id=ig_user_id,
            client=client,
            fields=fields,
        )
    ).parsed
