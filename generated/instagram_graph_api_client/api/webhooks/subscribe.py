from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.success_response import SuccessResponse
from ...types import UNSET, Response


def _get_kwargs(
    ig_user_id: str,
    *,
    subscribed_fields: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subscribed_fields"] = subscribed_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{ig_user_id}/subscribed_apps".format(
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
    subscribed_fields: str,
) -> Response[GraphErrorEnvelope | SuccessResponse]:
    """Subscribe the app to webhook fields for this account

     POST /{ig-id}/subscribed_apps?subscribed_fields=comments,messages,... Fields for Instagram
    Login (Meta's field table): comments, live_comments, message_echoes, message_edit
    (changelog 2025-09-10), message_reactions, messages, messaging_handover,
    messaging_optins, messaging_postbacks, messaging_referral, messaging_seen, standby.
    Mentions are not a separate Instagram Login field: they arrive inside the `comments`
    notification. `story_insights`, `messaging_policy_enforcement` and `response_feedback`
    are Facebook Login only. Subscribing twice is harmless.

    Permissions: instagram_business_basic plus each field's permission.

    See: https://developers.facebook.com/docs/instagram-platform/webhooks

    Args:
        ig_user_id (str):
        subscribed_fields (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | SuccessResponse]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        subscribed_fields=subscribed_fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    subscribed_fields: str,
) -> GraphErrorEnvelope | SuccessResponse | None:
    """Subscribe the app to webhook fields for this account

     POST /{ig-id}/subscribed_apps?subscribed_fields=comments,messages,... Fields for Instagram
    Login (Meta's field table): comments, live_comments, message_echoes, message_edit
    (changelog 2025-09-10), message_reactions, messages, messaging_handover,
    messaging_optins, messaging_postbacks, messaging_referral, messaging_seen, standby.
    Mentions are not a separate Instagram Login field: they arrive inside the `comments`
    notification. `story_insights`, `messaging_policy_enforcement` and `response_feedback`
    are Facebook Login only. Subscribing twice is harmless.

    Permissions: instagram_business_basic plus each field's permission.

    See: https://developers.facebook.com/docs/instagram-platform/webhooks

    Args:
        ig_user_id (str):
        subscribed_fields (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | SuccessResponse
    """

    return sync_detailed(
        ig_user_id=ig_user_id,
        client=client,
        subscribed_fields=subscribed_fields,
    ).parsed


async def asyncio_detailed(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    subscribed_fields: str,
) -> Response[GraphErrorEnvelope | SuccessResponse]:
    """Subscribe the app to webhook fields for this account

     POST /{ig-id}/subscribed_apps?subscribed_fields=comments,messages,... Fields for Instagram
    Login (Meta's field table): comments, live_comments, message_echoes, message_edit
    (changelog 2025-09-10), message_reactions, messages, messaging_handover,
    messaging_optins, messaging_postbacks, messaging_referral, messaging_seen, standby.
    Mentions are not a separate Instagram Login field: they arrive inside the `comments`
    notification. `story_insights`, `messaging_policy_enforcement` and `response_feedback`
    are Facebook Login only. Subscribing twice is harmless.

    Permissions: instagram_business_basic plus each field's permission.

    See: https://developers.facebook.com/docs/instagram-platform/webhooks

    Args:
        ig_user_id (str):
        subscribed_fields (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | SuccessResponse]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        subscribed_fields=subscribed_fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    subscribed_fields: str,
) -> GraphErrorEnvelope | SuccessResponse | None:
    """Subscribe the app to webhook fields for this account

     POST /{ig-id}/subscribed_apps?subscribed_fields=comments,messages,... Fields for Instagram
    Login (Meta's field table): comments, live_comments, message_echoes, message_edit
    (changelog 2025-09-10), message_reactions, messages, messaging_handover,
    messaging_optins, messaging_postbacks, messaging_referral, messaging_seen, standby.
    Mentions are not a separate Instagram Login field: they arrive inside the `comments`
    notification. `story_insights`, `messaging_policy_enforcement` and `response_feedback`
    are Facebook Login only. Subscribing twice is harmless.

    Permissions: instagram_business_basic plus each field's permission.

    See: https://developers.facebook.com/docs/instagram-platform/webhooks

    Args:
        ig_user_id (str):
        subscribed_fields (str):

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
            subscribed_fields=subscribed_fields,
        )
    ).parsed
