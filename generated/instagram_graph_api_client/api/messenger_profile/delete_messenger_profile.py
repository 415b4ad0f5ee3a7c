from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.result_response import ResultResponse
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
        "method": "delete",
        "url": "/{ig_user_id}/messenger_profile".format(
            ig_user_id=quote(str(ig_user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorEnvelope | ResultResponse:
    if response.status_code == 200:
        response_200 = ResultResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorEnvelope | ResultResponse]:
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
) -> Response[GraphErrorEnvelope | ResultResponse]:
    """Delete ice breakers or the persistent menu

     DELETE /{ig-id}/messenger_profile?fields=["ice_breakers"] (a JSON array in the query
    value, as in Meta's collection).

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
        Response[GraphErrorEnvelope | ResultResponse]
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
) -> GraphErrorEnvelope | ResultResponse | None:
    """Delete ice breakers or the persistent menu

     DELETE /{ig-id}/messenger_profile?fields=["ice_breakers"] (a JSON array in the query
    value, as in Meta's collection).

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
        GraphErrorEnvelope | ResultResponse
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
) -> Response[GraphErrorEnvelope | ResultResponse]:
    """Delete ice breakers or the persistent menu

     DELETE /{ig-id}/messenger_profile?fields=["ice_breakers"] (a JSON array in the query
    value, as in Meta's collection).

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
        Response[GraphErrorEnvelope | ResultResponse]
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
) -> GraphErrorEnvelope | ResultResponse | None:
    """Delete ice breakers or the persistent menu

     DELETE /{ig-id}/messenger_profile?fields=["ice_breakers"] (a JSON array in the query
    value, as in Meta's collection).

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
        GraphErrorEnvelope | ResultResponse
    """

    return (
        await asyncio_detailed(
            ig_user_id=ig_user_id,
            client=client,
            fields=fields,
        )
    ).parsed
