from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.comment import Comment
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ig_comment_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_comment_id}".format(
            ig_comment_id=quote(str(ig_comment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Comment | GraphErrorEnvelope:
    if response.status_code == 200:
        response_200 = Comment.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Comment | GraphErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ig_comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[Comment | GraphErrorEnvelope]:
    """Get a comment

     GET /{ig-comment-id}?fields=... Comments on age-gated media and from restricted users are
    not returned. `user` is returned only for comments the app user wrote.

    Permissions: instagram_business_basic, instagram_business_manage_comments.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    comment

    Args:
        ig_comment_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Comment | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_comment_id=ig_comment_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Comment | GraphErrorEnvelope | None:
    """Get a comment

     GET /{ig-comment-id}?fields=... Comments on age-gated media and from restricted users are
    not returned. `user` is returned only for comments the app user wrote.

    Permissions: instagram_business_basic, instagram_business_manage_comments.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    comment

    Args:
        ig_comment_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Comment | GraphErrorEnvelope
    """

    return sync_detailed(
        ig_comment_id=ig_comment_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    ig_comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[Comment | GraphErrorEnvelope]:
    """Get a comment

     GET /{ig-comment-id}?fields=... Comments on age-gated media and from restricted users are
    not returned. `user` is returned only for comments the app user wrote.

    Permissions: instagram_business_basic, instagram_business_manage_comments.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    comment

    Args:
        ig_comment_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Comment | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_comment_id=ig_comment_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Comment | GraphErrorEnvelope | None:
    """Get a comment

     GET /{ig-comment-id}?fields=... Comments on age-gated media and from restricted users are
    not returned. `user` is returned only for comments the app user wrote.

    Permissions: instagram_business_basic, instagram_business_manage_comments.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    comment

    Args:
        ig_comment_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Comment | GraphErrorEnvelope
    """

    return (
        await asyncio_detailed(
            ig_comment_id=ig_comment_id,
            client=client,
            fields=fields,
        )
    ).parsed
