from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.collaboration_invite_list import CollaborationInviteList
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ig_user_id: str,
    *,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_user_id}/collaboration_invites".format(
            ig_user_id=quote(str(ig_user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollaborationInviteList | GraphErrorEnvelope:
    if response.status_code == 200:
        response_200 = CollaborationInviteList.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CollaborationInviteList | GraphErrorEnvelope]:
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
    after: str | Unset = UNSET,
) -> Response[CollaborationInviteList | GraphErrorEnvelope]:
    """List pending collaboration invites (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}/collaboration_invites: media other accounts tagged
    this account on as a collaborator. Rate limit: 300 calls per user per 24 hours.

    Permissions (Facebook Login): instagram_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/collaboration

    Args:
        ig_user_id (str):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollaborationInviteList | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        after=after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
) -> CollaborationInviteList | GraphErrorEnvelope | None:
    """List pending collaboration invites (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}/collaboration_invites: media other accounts tagged
    this account on as a collaborator. Rate limit: 300 calls per user per 24 hours.

    Permissions (Facebook Login): instagram_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/collaboration

    Args:
        ig_user_id (str):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollaborationInviteList | GraphErrorEnvelope
    """

    return sync_detailed(
        ig_user_id=ig_user_id,
        client=client,
        after=after,
    ).parsed


async def asyncio_detailed(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
) -> Response[CollaborationInviteList | GraphErrorEnvelope]:
    """List pending collaboration invites (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}/collaboration_invites: media other accounts tagged
    this account on as a collaborator. Rate limit: 300 calls per user per 24 hours.

    Permissions (Facebook Login): instagram_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/collaboration

    Args:
        ig_user_id (str):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollaborationInviteList | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        after=after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
) -> CollaborationInviteList | GraphErrorEnvelope | None:
    """List pending collaboration invites (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}/collaboration_invites: media other accounts tagged
    this account on as a collaborator. Rate limit: 300 calls per user per 24 hours.

    Permissions (Facebook Login): instagram_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/collaboration

    Args:
        ig_user_id (str):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollaborationInviteList | GraphErrorEnvelope
    """

    return (
        await asyncio_detailed(
            ig_user_id=ig_user_id,
            client=client,
            after=after,
        )
    ).parsed
