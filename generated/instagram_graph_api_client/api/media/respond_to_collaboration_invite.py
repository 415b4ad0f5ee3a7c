from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.collaboration_invite_response_request import (
    CollaborationInviteResponseRequest,
)
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.success_response import SuccessResponse
from ...types import Response


def _get_kwargs(
    ig_user_id: str,
    *,
    body: CollaborationInviteResponseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{ig_user_id}/collaboration_invites".format(
            ig_user_id=quote(str(ig_user_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
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
    body: CollaborationInviteResponseRequest,
) -> Response[GraphErrorEnvelope | SuccessResponse]:
    """Accept or decline a collaboration invite (Facebook Login only)

     POST graph.facebook.com/{ig-user-id}/collaboration_invites with `media_id` and `accept`
    (true or false). The response shape is not shown in Meta's excerpt; `{success: true}` is
    assumed (x-status: unconfirmed).

    Permissions (Facebook Login): instagram_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/collaboration

    Args:
        ig_user_id (str):
        body (CollaborationInviteResponseRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | SuccessResponse]
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
    body: CollaborationInviteResponseRequest,
) -> GraphErrorEnvelope | SuccessResponse | None:
    """Accept or decline a collaboration invite (Facebook Login only)

     POST graph.facebook.com/{ig-user-id}/collaboration_invites with `media_id` and `accept`
    (true or false). The response shape is not shown in Meta's excerpt; `{success: true}` is
    assumed (x-status: unconfirmed).

    Permissions (Facebook Login): instagram_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/collaboration

    Args:
        ig_user_id (str):
        body (CollaborationInviteResponseRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | SuccessResponse
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
    body: CollaborationInviteResponseRequest,
) -> Response[GraphErrorEnvelope | SuccessResponse]:
    """Accept or decline a collaboration invite (Facebook Login only)

     POST graph.facebook.com/{ig-user-id}/collaboration_invites with `media_id` and `accept`
    (true or false). The response shape is not shown in Meta's excerpt; `{success: true}` is
    assumed (x-status: unconfirmed).

    Permissions (Facebook Login): instagram_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/collaboration

    Args:
        ig_user_id (str):
        body (CollaborationInviteResponseRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | SuccessResponse]
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
    body: CollaborationInviteResponseRequest,
) -> GraphErrorEnvelope | SuccessResponse | None:
    """Accept or decline a collaboration invite (Facebook Login only)

     POST graph.facebook.com/{ig-user-id}/collaboration_invites with `media_id` and `accept`
    (true or false). The response shape is not shown in Meta's excerpt; `{success: true}` is
    assumed (x-status: unconfirmed).

    Permissions (Facebook Login): instagram_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/collaboration

    Args:
        ig_user_id (str):
        body (CollaborationInviteResponseRequest):

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
            body=body,
        )
    ).parsed
