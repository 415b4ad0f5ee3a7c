from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.hashtag_list import HashtagList
from ...types import UNSET, Response


def _get_kwargs(
    *,
    user_id: str,
    q: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ig_hashtag_search",
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
    *,
    client: AuthenticatedClient | Client,
    user_id: str,
    q: str,
) -> Response[GraphErrorEnvelope | HashtagList]:
    """Find a hashtag's ID (Facebook Login only)

     GET graph.facebook.com/ig_hashtag_search?user_id=...&q=... At most 30 unique hashtags per
    rolling 7 days per account. Hashtag IDs are static and global. Not available with
    Instagram Login. Subject to Platform rate limits, `200 x users` calls per rolling hour per
    app (https://developers.facebook.com/docs/instagram-platform/overview#rate-limiting).

    Permissions (Facebook Login): instagram_basic and the Instagram Public Content Access feature.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/hashtag-search

    Args:
        user_id (str):
        q (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | HashtagList]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        q=q,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user_id: str,
    q: str,
) -> GraphErrorEnvelope | HashtagList | None:
    """Find a hashtag's ID (Facebook Login only)

     GET graph.facebook.com/ig_hashtag_search?user_id=...&q=... At most 30 unique hashtags per
    rolling 7 days per account. Hashtag IDs are static and global. Not available with
    Instagram Login. Subject to Platform rate limits, `200 x users` calls per rolling hour per
    app (https://developers.facebook.com/docs/instagram-platform/overview#rate-limiting).

    Permissions (Facebook Login): instagram_basic and the Instagram Public Content Access feature.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/hashtag-search

    Args:
        user_id (str):
        q (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | HashtagList
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        q=q,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str,
    q: str,
) -> Response[GraphErrorEnvelope | HashtagList]:
    """Find a hashtag's ID (Facebook Login only)

     GET graph.facebook.com/ig_hashtag_search?user_id=...&q=... At most 30 unique hashtags per
    rolling 7 days per account. Hashtag IDs are static and global. Not available with
    Instagram Login. Subject to Platform rate limits, `200 x users` calls per rolling hour per
    app (https://developers.facebook.com/docs/instagram-platform/overview#rate-limiting).

    Permissions (Facebook Login): instagram_basic and the Instagram Public Content Access feature.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/hashtag-search

    Args:
        user_id (str):
        q (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | HashtagList]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        q=q,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_id: str,
    q: str,
) -> GraphErrorEnvelope | HashtagList | None:
    """Find a hashtag's ID (Facebook Login only)

     GET graph.facebook.com/ig_hashtag_search?user_id=...&q=... At most 30 unique hashtags per
    rolling 7 days per account. Hashtag IDs are static and global. Not available with
    Instagram Login. Subject to Platform rate limits, `200 x users` calls per rolling hour per
    app (https://developers.facebook.com/docs/instagram-platform/overview#rate-limiting).

    Permissions (Facebook Login): instagram_basic and the Instagram Public Content Access feature.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/hashtag-search

    Args:
        user_id (str):
        q (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | HashtagList
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            q=q,
        )
    ).parsed
