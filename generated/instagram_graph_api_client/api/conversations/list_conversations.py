from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.conversation_list import ConversationList
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.list_conversations_platform import (
    ListConversationsPlatform,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ig_user_id: str,
    *,
    platform: ListConversationsPlatform | Unset = UNSET,
    user_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_platform: str | Unset = UNSET
    if not isinstance(platform, Unset):
        json_platform = platform

    params["platform"] = json_platform

    params["user_id"] = user_id

    params["fields"] = fields

    params["limit"] = limit

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_user_id}/conversations".format(
            ig_user_id=quote(str(ig_user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationList | GraphErrorEnvelope:
    if response.status_code == 200:
        response_200 = ConversationList.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConversationList | GraphErrorEnvelope]:
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
    platform: ListConversationsPlatform | Unset = UNSET,
    user_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[ConversationList | GraphErrorEnvelope]:
    """List conversations

     GET /{ig-id}/conversations?platform=instagram. Pass `user_id` (an IGSID) to find the
    conversation with one person. Conversations in the Requests folder inactive for more than
    30 days are not returned. Rate limit: 2 calls per second per account.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/conversations-api

    Args:
        ig_user_id (str):
        platform (ListConversationsPlatform | Unset):
        user_id (str | Unset):
        fields (str | Unset):
        limit (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationList | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        platform=platform,
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
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    platform: ListConversationsPlatform | Unset = UNSET,
    user_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> ConversationList | GraphErrorEnvelope | None:
    """List conversations

     GET /{ig-id}/conversations?platform=instagram. Pass `user_id` (an IGSID) to find the
    conversation with one person. Conversations in the Requests folder inactive for more than
    30 days are not returned. Rate limit: 2 calls per second per account.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/conversations-api

    Args:
        ig_user_id (str):
        platform (ListConversationsPlatform | Unset):
        user_id (str | Unset):
        fields (str | Unset):
        limit (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationList | GraphErrorEnvelope
    """

    return sync_detailed(
        ig_user_id=ig_user_id,
        client=client,
        platform=platform,
        user_id=user_id,
        fields=fields,
        limit=limit,
        after=after,
    ).parsed


async def asyncio_detailed(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    platform: ListConversationsPlatform | Unset = UNSET,
    user_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[ConversationList | GraphErrorEnvelope]:
    """List conversations

     GET /{ig-id}/conversations?platform=instagram. Pass `user_id` (an IGSID) to find the
    conversation with one person. Conversations in the Requests folder inactive for more than
    30 days are not returned. Rate limit: 2 calls per second per account.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/conversations-api

    Args:
        ig_user_id (str):
        platform (ListConversationsPlatform | Unset):
        user_id (str | Unset):
        fields (str | Unset):
        limit (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationList | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        platform=platform,
        user_id=user_id,
        fields=fields,
        limit=limit,
        after=after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    platform: ListConversationsPlatform | Unset = UNSET,
    user_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> ConversationList | GraphErrorEnvelope | None:
    """List conversations

     GET /{ig-id}/conversations?platform=instagram. Pass `user_id` (an IGSID) to find the
    conversation with one person. Conversations in the Requests folder inactive for more than
    30 days are not returned. Rate limit: 2 calls per second per account.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/conversations-api

    Args:
        ig_user_id (str):
        platform (ListConversationsPlatform | Unset):
        user_id (str | Unset):
        fields (str | Unset):
        limit (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationList | GraphErrorEnvelope
    """

    return (
        await asyncio_detailed(
            ig_user_id=ig_user_id,
            client=client,
            platform=platform,
            user_id=user_id,
            fields=fields,
            limit=limit,
            after=after,
        )
    ).parsed
