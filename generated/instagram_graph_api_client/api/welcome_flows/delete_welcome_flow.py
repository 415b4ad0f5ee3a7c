from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.success_response import SuccessResponse
from ...types import UNSET, Response


def _get_kwargs(
    ig_user_id: str,
    *,
    flow_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["flow_id"] = flow_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/{ig_user_id}/welcome_message_flows".format(
            ig_user_id=quote(str(ig_user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorEnvelope | SuccessResponse:
    if response.status_code == 200:
        response_200 = SuccessResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorEnvelope | SuccessResponse]:
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
    flow_id: str,
) -> Response[GraphErrorEnvelope | SuccessResponse]:
    """Delete a welcome message flow

     DELETE /{ig-id}/welcome_message_flows?flow_id=...

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/welcome-message-ads

    Args:
        ig_user_id (str):
        flow_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | SuccessResponse]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        flow_id=flow_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    flow_id: str,
) -> GraphErrorEnvelope | SuccessResponse | None:
    """Delete a welcome message flow

     DELETE /{ig-id}/welcome_message_flows?flow_id=...

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/welcome-message-ads

    Args:
        ig_user_id (str):
        flow_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | SuccessResponse
    """

    return sync_detailed(
        ig_user_id=ig_user_id,
        client=client,
        flow_id=flow_id,
    ).parsed


async def asyncio_detailed(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    flow_id: str,
) -> Response[GraphErrorEnvelope | SuccessResponse]:
    """Delete a welcome message flow

     DELETE /{ig-id}/welcome_message_flows?flow_id=...

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/welcome-message-ads

    Args:
        ig_user_id (str):
        flow_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | SuccessResponse]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        flow_id=flow_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    flow_id: str,
) -> GraphErrorEnvelope | SuccessResponse | None:
    """Delete a welcome message flow

     DELETE /{ig-id}/welcome_message_flows?flow_id=...

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/welcome-message-ads

    Args:
        ig_user_id (str):
        flow_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | SuccessResponse
    """

    return (
        await asyncio_detailed(
            ig_user_id=ig_user_id,
            client=client,
            flow_id=flow_id,
        )
    ).parsed
