from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.success_response import SuccessResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ig_user_id: str,
    *,
    media_id: str | Unset = UNSET,
    comment_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["media_id"] = media_id

    params["comment_id"] = comment_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{ig_user_id}/likes".format(
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
    media_id: str | Unset = UNSET,
    comment_id: str | Unset = UNSET,
) -> Response[GraphErrorEnvelope | SuccessResponse]:
    """Like a media object or comment (Facebook Login only)

     POST graph.facebook.com/{ig-user-id}/likes?media_id=... (or `comment_id=...`, not both):
    like a feed image, reel or carousel, or a comment or reply, on behalf of the account.
    Liking what is already liked has no effect. Stories and private accounts' media are not
    supported. Burst limit: more than 50 requests in 5 seconds locks the account out for an
    hour. Added 2026-04-22 (changelog) with the new `instagram_manage_engagement` permission.

    Permissions (Facebook Login): instagram_basic, instagram_manage_engagement.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/user-likes

    Args:
        ig_user_id (str):
        media_id (str | Unset):
        comment_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | SuccessResponse]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        media_id=media_id,
        comment_id=comment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    media_id: str | Unset = UNSET,
    comment_id: str | Unset = UNSET,
) -> GraphErrorEnvelope | SuccessResponse | None:
    """Like a media object or comment (Facebook Login only)

     POST graph.facebook.com/{ig-user-id}/likes?media_id=... (or `comment_id=...`, not both):
    like a feed image, reel or carousel, or a comment or reply, on behalf of the account.
    Liking what is already liked has no effect. Stories and private accounts' media are not
    supported. Burst limit: more than 50 requests in 5 seconds locks the account out for an
    hour. Added 2026-04-22 (changelog) with the new `instagram_manage_engagement` permission.

    Permissions (Facebook Login): instagram_basic, instagram_manage_engagement.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/user-likes

    Args:
        ig_user_id (str):
        media_id (str | Unset):
        comment_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | SuccessResponse
    """

    return sync_detailed(
        ig_user_id=ig_user_id,
        client=client,
        media_id=media_id,
        comment_id=comment_id,
    ).parsed


async def asyncio_detailed(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    media_id: str | Unset = UNSET,
    comment_id: str | Unset = UNSET,
) -> Response[GraphErrorEnvelope | SuccessResponse]:
    """Like a media object or comment (Facebook Login only)

     POST graph.facebook.com/{ig-user-id}/likes?media_id=... (or `comment_id=...`, not both):
    like a feed image, reel or carousel, or a comment or reply, on behalf of the account.
    Liking what is already liked has no effect. Stories and private accounts' media are not
    supported. Burst limit: more than 50 requests in 5 seconds locks the account out for an
    hour. Added 2026-04-22 (changelog) with the new `instagram_manage_engagement` permission.

    Permissions (Facebook Login): instagram_basic, instagram_manage_engagement.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/user-likes

    Args:
        ig_user_id (str):
        media_id (str | Unset):
        comment_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | SuccessResponse]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        media_id=media_id,
        comment_id=comment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    media_id: str | Unset = UNSET,
    comment_id: str | Unset = UNSET,
) -> GraphErrorEnvelope | SuccessResponse | None:
    """Like a media object or comment (Facebook Login only)

     POST graph.facebook.com/{ig-user-id}/likes?media_id=... (or `comment_id=...`, not both):
    like a feed image, reel or carousel, or a comment or reply, on behalf of the account.
    Liking what is already liked has no effect. Stories and private accounts' media are not
    supported. Burst limit: more than 50 requests in 5 seconds locks the account out for an
    hour. Added 2026-04-22 (changelog) with the new `instagram_manage_engagement` permission.

    Permissions (Facebook Login): instagram_basic, instagram_manage_engagement.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/user-likes

    Args:
        ig_user_id (str):
        media_id (str | Unset):
        comment_id (str | Unset):

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
            media_id=media_id,
            comment_id=comment_id,
        )
    ).parsed
