from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.media_list import MediaList
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
        "url": "/{ig_media_id}/children".format(
            ig_media_id=quote(str(ig_media_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorEnvelope | MediaList:
    if response.status_code == 200:
        response_200 = MediaList.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorEnvelope | MediaList]:
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
) -> Response[GraphErrorEnvelope | MediaList]:
    """List a carousel's children

     GET /{ig-media-id}/children: the media objects in a carousel album.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    media/children

    Args:
        ig_media_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | MediaList]
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
) -> GraphErrorEnvelope | MediaList | None:
    """List a carousel's children

     GET /{ig-media-id}/children: the media objects in a carousel album.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    media/children

    Args:
        ig_media_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | MediaList
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
) -> Response[GraphErrorEnvelope | MediaList]:
    """List a carousel's children

     GET /{ig-media-id}/children: the media objects in a carousel album.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    media/children

    Args:
        ig_media_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | MediaList]
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
) -> GraphErrorEnvelope | MediaList | None:
    """List a carousel's children

     GET /{ig-media-id}/children: the media objects in a carousel album.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    media/children

    Args:
        ig_media_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | MediaList
    """

    return (
        await asyncio_detailed(
            ig_media_id=ig_media_id,
            client=client,
            fields=fields,
        )
    ).parsed
