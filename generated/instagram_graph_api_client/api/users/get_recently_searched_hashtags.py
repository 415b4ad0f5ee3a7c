from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.hashtag_list import HashtagList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ig_user_id: str,
    *,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_user_id}/recently_searched_hashtags".format(
            ig_user_id=quote(str(ig_user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorEnvelope | HashtagList:
    if response.status_code == 200:
        response_200 = HashtagList.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorEnvelope | HashtagList]:
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
    limit: int | Unset = UNSET,
) -> Response[GraphErrorEnvelope | HashtagList]:
    """List hashtags searched in the last 7 days (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}/recently_searched_hashtags (at most 30 unique hashtags
    per rolling 7 days). Hashtag search is not available with Instagram Login.

    Permissions (Facebook Login): instagram_basic and the Instagram Public Content Access feature.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/hashtag-search

    Args:
        ig_user_id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | HashtagList]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
) -> GraphErrorEnvelope | HashtagList | None:
    """List hashtags searched in the last 7 days (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}/recently_searched_hashtags (at most 30 unique hashtags
    per rolling 7 days). Hashtag search is not available with Instagram Login.

    Permissions (Facebook Login): instagram_basic and the Instagram Public Content Access feature.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/hashtag-search

    Args:
        ig_user_id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | HashtagList
    """

    return sync_detailed(
        ig_user_id=ig_user_id,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
) -> Response[GraphErrorEnvelope | HashtagList]:
    """List hashtags searched in the last 7 days (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}/recently_searched_hashtags (at most 30 unique hashtags
    per rolling 7 days). Hashtag search is not available with Instagram Login.

    Permissions (Facebook Login): instagram_basic and the Instagram Public Content Access feature.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/hashtag-search

    Args:
        ig_user_id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | HashtagList]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
) -> GraphErrorEnvelope | HashtagList | None:
    """List hashtags searched in the last 7 days (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}/recently_searched_hashtags (at most 30 unique hashtags
    per rolling 7 days). Hashtag search is not available with Instagram Login.

    Permissions (Facebook Login): instagram_basic and the Instagram Public Content Access feature.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/hashtag-search

    Args:
        ig_user_id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | HashtagList
    """

    return (
        await asyncio_detailed(
            ig_user_id=ig_user_id,
            client=client,
            limit=limit,
        )
    ).parsed
