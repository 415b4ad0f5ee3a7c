from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.messenger_profile_request import MessengerProfileRequest
from ...models.result_response import ResultResponse
from ...types import Response


def _get_kwargs(
    ig_user_id: str,
    *,
    body: MessengerProfileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{ig_user_id}/messenger_profile".format(
            ig_user_id=quote(str(ig_user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: MessengerProfileRequest,
) -> Response[GraphErrorEnvelope | ResultResponse]:
    """Set ice breakers or the persistent menu

     POST /{ig-id}/messenger_profile with `platform: "instagram"` and `ice_breakers` (at most 4
    questions per locale) or `persistent_menu`. Setting the same value twice is harmless.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api/ice-breakers

    Args:
        ig_user_id (str):
        body (MessengerProfileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | ResultResponse]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MessengerProfileRequest,
) -> GraphErrorEnvelope | ResultResponse | None:
    """Set ice breakers or the persistent menu

     POST /{ig-id}/messenger_profile with `platform: "instagram"` and `ice_breakers` (at most 4
    questions per locale) or `persistent_menu`. Setting the same value twice is harmless.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api/ice-breakers

    Args:
        ig_user_id (str):
        body (MessengerProfileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | ResultResponse
    """

    return sync_detailed(
        ig_user_id=ig_user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MessengerProfileRequest,
) -> Response[GraphErrorEnvelope | ResultResponse]:
    """Set ice breakers or the persistent menu

     POST /{ig-id}/messenger_profile with `platform: "instagram"` and `ice_breakers` (at most 4
    questions per locale) or `persistent_menu`. Setting the same value twice is harmless.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api/ice-breakers

    Args:
        ig_user_id (str):
        body (MessengerProfileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | ResultResponse]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MessengerProfileRequest,
) -> GraphErrorEnvelope | ResultResponse | None:
    """Set ice breakers or the persistent menu

     POST /{ig-id}/messenger_profile with `platform: "instagram"` and `ice_breakers` (at most 4
    questions per locale) or `persistent_menu`. Setting the same value twice is harmless.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api/ice-breakers

    Args:
        ig_user_id (str):
        body (MessengerProfileRequest):

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
            body=body,
        )
    ).parsed
