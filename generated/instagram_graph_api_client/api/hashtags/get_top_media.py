from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.media_list import MediaList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ig_hashtag_id: str,
    *,
    user_id: str,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["fields"] = fields

    params["limit"] = limit

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_hashtag_id}/top_media".format(
            ig_hashtag_id=quote(str(ig_hashtag_id), safe=""),
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
    ig_hashtag_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: str,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[GraphErrorEnvelope | MediaList]:
    """Most popular media tagged with a hashtag (Facebook Login only)

     GET graph.facebook.com/{ig-hashtag-id}/top_media?user_id=...&fields=...

    Permissions (Facebook Login): instagram_basic and the Instagram Public Content Access feature.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    hashtag/top-media

    Args:
        ig_hashtag_id (str):
        user_id (str):
        fields (str | Unset):
        limit (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | MediaList]
    """

    kwargs = _get_kwargs(
        ig_hashtag_id=ig_hashtag_id,
        user_id=user_id,
        fields=fields,
        limit=limit,
        after=after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_hashtag_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: str,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> GraphErrorEnvelope | MediaList | None:
    """Most popular media tagged with a hashtag (Facebook Login only)

     GET graph.facebook.com/{ig-hashtag-id}/top_media?user_id=...&fields=...

    Permissions (Facebook Login): instagram_basic and the Instagram Public Content Access feature.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    hashtag/top-media

    Args:
        ig_hashtag_id (str):
        user_id (str):
        fields (str | Unset):
        limit (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | MediaList
    """

    return sync_detailed(
        ig_hashtag_id=ig_hashtag_id,
        client=client,
        user_id=user_id,
        fields=fields,
        limit=limit,
        after=after,
    ).parsed


async def asyncio_detailed(
    ig_hashtag_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: str,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[GraphErrorEnvelope | MediaList]:
    """Most popular media tagged with a hashtag (Facebook Login only)

     GET graph.facebook.com/{ig-hashtag-id}/top_media?user_id=...&fields=...

    Permissions (Facebook Login): instagram_basic and the Instagram Public Content Access feature.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    hashtag/top-media

    Args:
        ig_hashtag_id (str):
        user_id (str):
        fields (str | Unset):
        limit (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | MediaList]
    """

    kwargs = _get_kwargs(
        ig_hashtag_id=ig_hashtag_id,
        user_id=user_id,
        fields=fields,
        limit=limit,
        after=after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_hashtag_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: str,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> GraphErrorEnvelope | MediaList | None:
    """Most popular media tagged with a hashtag (Facebook Login only)

     GET graph.facebook.com/{ig-hashtag-id}/top_media?user_id=...&fields=...

    Permissions (Facebook Login): instagram_basic and the Instagram Public Content Access feature.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    hashtag/top-media

    Args:
        ig_hashtag_id (str):
        user_id (str):
        fields (str | Unset):
        limit (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | MediaList
    """

    return (
        await asyncio_detailed(
            ig_hashtag_id=ig_hashtag_id,
            client=client,
            user_id=user_id,
            fields=fields,
            limit=limit,
            after=after,
        )
    ).parsed
