from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.user import User
from ...models.user_list import UserList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ig_user_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_user_id}".format(
            ig_user_id=quote(str(ig_user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorEnvelope | User | UserList:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> User | UserList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = UserList.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = User.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorEnvelope | User | UserList]:
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
    fields: str | Unset = UNSET,
) -> Response[GraphErrorEnvelope | User | UserList]:
    """Get the professional account's profile

     GET /{ig-user-id} (the SDK uses `me` unless another ID is given). Field expansions such as
    `mentioned_media.media_id(...)` and `mentioned_comment.comment_id(...)` go through this
    operation too (see `users.get_mentioned_media` / `users.get_mentioned_comment`).

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user

    Args:
        ig_user_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | User | UserList]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> GraphErrorEnvelope | User | UserList | None:
    """Get the professional account's profile

     GET /{ig-user-id} (the SDK uses `me` unless another ID is given). Field expansions such as
    `mentioned_media.media_id(...)` and `mentioned_comment.comment_id(...)` go through this
    operation too (see `users.get_mentioned_media` / `users.get_mentioned_comment`).

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user

    Args:
        ig_user_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | User | UserList
    """

    return sync_detailed(
        ig_user_id=ig_user_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[GraphErrorEnvelope | User | UserList]:
    """Get the professional account's profile

     GET /{ig-user-id} (the SDK uses `me` unless another ID is given). Field expansions such as
    `mentioned_media.media_id(...)` and `mentioned_comment.comment_id(...)` go through this
    operation too (see `users.get_mentioned_media` / `users.get_mentioned_comment`).

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user

    Args:
        ig_user_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | User | UserList]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> GraphErrorEnvelope | User | UserList | None:
    """Get the professional account's profile

     GET /{ig-user-id} (the SDK uses `me` unless another ID is given). Field expansions such as
    `mentioned_media.media_id(...)` and `mentioned_comment.comment_id(...)` go through this
    operation too (see `users.get_mentioned_media` / `users.get_mentioned_comment`).

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user

    Args:
        ig_user_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | User | UserList
    """

    return (
        await asyncio_detailed(
            ig_user_id=ig_user_id,
            client=client,
            fields=fields,
        )
    ).parsed
