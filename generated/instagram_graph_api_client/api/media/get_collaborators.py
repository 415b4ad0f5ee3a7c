from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.collaborator_list import CollaboratorList
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ig_media_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_media_id}/collaborators".format(
            ig_media_id=quote(str(ig_media_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollaboratorList | GraphErrorEnvelope:
    if response.status_code == 200:
        response_200 = CollaboratorList.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CollaboratorList | GraphErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[CollaboratorList | GraphErrorEnvelope]:
    """List a media object's collaborators (Facebook Login only)

     GET graph.facebook.com/{ig-media-id}/collaborators. The collaborators edge is not
    available with Instagram Login.

    Permissions (Facebook Login): instagram_basic, pages_read_engagement.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    media/collaborators

    Args:
        ig_media_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollaboratorList | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_media_id=ig_media_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> CollaboratorList | GraphErrorEnvelope | None:
    """List a media object's collaborators (Facebook Login only)

     GET graph.facebook.com/{ig-media-id}/collaborators. The collaborators edge is not
    available with Instagram Login.

    Permissions (Facebook Login): instagram_basic, pages_read_engagement.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    media/collaborators

    Args:
        ig_media_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollaboratorList | GraphErrorEnvelope
    """

    return sync_detailed(
        ig_media_id=ig_media_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[CollaboratorList | GraphErrorEnvelope]:
    """List a media object's collaborators (Facebook Login only)

     GET graph.facebook.com/{ig-media-id}/collaborators. The collaborators edge is not
    available with Instagram Login.

    Permissions (Facebook Login): instagram_basic, pages_read_engagement.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    media/collaborators

    Args:
        ig_media_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollaboratorList | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_media_id=ig_media_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> CollaboratorList | GraphErrorEnvelope | None:
    """List a media object's collaborators (Facebook Login only)

     GET graph.facebook.com/{ig-media-id}/collaborators. The collaborators edge is not
    available with Instagram Login.

    Permissions (Facebook Login): instagram_basic, pages_read_engagement.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    media/collaborators

    Args:
        ig_media_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollaboratorList | GraphErrorEnvelope
    """

    return (
        await asyncio_detailed(
            ig_media_id=ig_media_id,
            client=client,
            fields=fields,
        )
    ).parsed
