from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.conversation import Conversation
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{conversation_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Conversation | GraphErrorEnvelope:
    if response.status_code == 200:
        response_200 = Conversation.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Conversation | GraphErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[Conversation | GraphErrorEnvelope]:
    """List the messages in a conversation

     GET /{conversation-id}?fields=messages{id,created_time,from,to,message}. Returns every
    message ID, but only the 20 most recent messages can be read in detail.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/conversations-api

    Args:
        conversation_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Conversation | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Conversation | GraphErrorEnvelope | None:
    """List the messages in a conversation

     GET /{conversation-id}?fields=messages{id,created_time,from,to,message}. Returns every
    message ID, but only the 20 most recent messages can be read in detail.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/conversations-api

    Args:
        conversation_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Conversation | GraphErrorEnvelope
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[Conversation | GraphErrorEnvelope]:
    """List the messages in a conversation

     GET /{conversation-id}?fields=messages{id,created_time,from,to,message}. Returns every
    message ID, but only the 20 most recent messages can be read in detail.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/conversations-api

    Args:
        conversation_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Conversation | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Conversation | GraphErrorEnvelope | None:
    """List the messages in a conversation

     GET /{conversation-id}?fields=messages{id,created_time,from,to,message}. Returns every
    message ID, but only the 20 most recent messages can be read in detail.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/conversations-api

    Args:
        conversation_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Conversation | GraphErrorEnvelope
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            fields=fields,
        )
    ).parsed
