from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.comment_list import CommentList
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ig_media_id: str,
    *,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_media_id}/comments".format(
            ig_media_id=quote(str(ig_media_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommentList | GraphErrorEnvelope:
    if response.status_code == 200:
        response_200 = CommentList.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CommentList | GraphErrorEnvelope]:
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
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[CommentList | GraphErrorEnvelope]:
    """List a media object's comments

     GET /{ig-media-id}/comments: top-level comments, newest first, at most 50 per page; ad
    comments are excluded. Use `comments.get_replies` for replies.

    Permissions: instagram_business_basic, instagram_business_manage_comments.

    See: https://developers.facebook.com/docs/instagram-platform/comment-moderation

    Args:
        ig_media_id (str):
        fields (str | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentList | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_media_id=ig_media_id,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
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
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> CommentList | GraphErrorEnvelope | None:
    """List a media object's comments

     GET /{ig-media-id}/comments: top-level comments, newest first, at most 50 per page; ad
    comments are excluded. Use `comments.get_replies` for replies.

    Permissions: instagram_business_basic, instagram_business_manage_comments.

    See: https://developers.facebook.com/docs/instagram-platform/comment-moderation

    Args:
        ig_media_id (str):
        fields (str | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentList | GraphErrorEnvelope
    """

    return sync_detailed(
        ig_media_id=ig_media_id,
        client=client,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[CommentList | GraphErrorEnvelope]:
    """List a media object's comments

     GET /{ig-media-id}/comments: top-level comments, newest first, at most 50 per page; ad
    comments are excluded. Use `comments.get_replies` for replies.

    Permissions: instagram_business_basic, instagram_business_manage_comments.

    See: https://developers.facebook.com/docs/instagram-platform/comment-moderation

    Args:
        ig_media_id (str):
        fields (str | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentList | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_media_id=ig_media_id,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> CommentList | GraphErrorEnvelope | None:
    """List a media object's comments

     GET /{ig-media-id}/comments: top-level comments, newest first, at most 50 per page; ad
    comments are excluded. Use `comments.get_replies` for replies.

    Permissions: instagram_business_basic, instagram_business_manage_comments.

    See: https://developers.facebook.com/docs/instagram-platform/comment-moderation

    Args:
        ig_media_id (str):
        fields (str | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentList | GraphErrorEnvelope
    """

    return (
        await asyncio_detailed(
            ig_media_id=ig_media_id,
            client=client,
            fields=fields,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
