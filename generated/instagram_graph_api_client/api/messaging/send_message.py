from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.send_message_request import SendMessageRequest
from ...models.send_message_response import SendMessageResponse
from ...types import Response


def _get_kwargs(
    ig_user_id: str,
    *,
    body: SendMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{ig_user_id}/messages".format(
            ig_user_id=quote(str(ig_user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorEnvelope | SendMessageResponse:
    if response.status_code == 200:
        response_200 = SendMessageResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorEnvelope | SendMessageResponse]:
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
    body: SendMessageRequest,
) -> Response[GraphErrorEnvelope | SendMessageResponse]:
    """Send a message, reaction or sender action

     POST /{ig-id}/messages with a JSON body. One operation covers text, media attachments
    (image, video, audio, file), the like_heart sticker, generic and button templates, quick
    replies, shared posts (MEDIA_SHARE), private replies (`recipient.comment_id`), reactions
    (`sender_action` react/unreact with `payload`) and the typing_on, typing_off and mark_seen
    sender actions (which cannot be combined with a message). The SDK's `send_text`,
    `send_media`, ... helpers build these bodies. Replies are allowed for 24 hours after the
    user's last message, or 7 days with the HUMAN_AGENT tag. The SDK never resends a message
    after an ambiguous failure.

    Private replies (`recipient.comment_id`) also need instagram_business_manage_comments:
    one reply per comment, sent within 7 days of the comment (during the broadcast for Live),
    at most 750 calls per hour for posts and reels and 100 per second for Live
    (https://developers.facebook.com/docs/instagram-platform/private-replies). Reactions take
    any emoji. Up to 10 images in `attachments` are generally available since 2026-05-06.
    `thread_control` passes, releases, takes, extends or requests control of the conversation
    when Conversation Routing is enabled
    (https://developers.facebook.com/documentation/business-messaging/instagram-
    messaging/features/conversation-routing/apis).
    `reply_to` (the Message Replies API, Instagram Login support announced 2026-09-21) is
    unconfirmed: Meta's request shape could not be read, see `x-status` on that property.

    Rate limits (https://developers.facebook.com/docs/instagram-platform/overview#rate-limiting):
    100 calls per second per account for text, links, reactions and stickers; 10 per second
    for audio and video. The Send API is outside the 4800 x impressions business-use-case limit.

    Permissions: instagram_business_basic, instagram_business_manage_messages (private
    replies: also instagram_business_manage_comments).

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api

    Args:
        ig_user_id (str):
        body (SendMessageRequest): The Send API body
            (https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
            login/messaging-api).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | SendMessageResponse]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageRequest,
) -> GraphErrorEnvelope | SendMessageResponse | None:
    """Send a message, reaction or sender action

     POST /{ig-id}/messages with a JSON body. One operation covers text, media attachments
    (image, video, audio, file), the like_heart sticker, generic and button templates, quick
    replies, shared posts (MEDIA_SHARE), private replies (`recipient.comment_id`), reactions
    (`sender_action` react/unreact with `payload`) and the typing_on, typing_off and mark_seen
    sender actions (which cannot be combined with a message). The SDK's `send_text`,
    `send_media`, ... helpers build these bodies. Replies are allowed for 24 hours after the
    user's last message, or 7 days with the HUMAN_AGENT tag. The SDK never resends a message
    after an ambiguous failure.

    Private replies (`recipient.comment_id`) also need instagram_business_manage_comments:
    one reply per comment, sent within 7 days of the comment (during the broadcast for Live),
    at most 750 calls per hour for posts and reels and 100 per second for Live
    (https://developers.facebook.com/docs/instagram-platform/private-replies). Reactions take
    any emoji. Up to 10 images in `attachments` are generally available since 2026-05-06.
    `thread_control` passes, releases, takes, extends or requests control of the conversation
    when Conversation Routing is enabled
    (https://developers.facebook.com/documentation/business-messaging/instagram-
    messaging/features/conversation-routing/apis).
    `reply_to` (the Message Replies API, Instagram Login support announced 2026-09-21) is
    unconfirmed: Meta's request shape could not be read, see `x-status` on that property.

    Rate limits (https://developers.facebook.com/docs/instagram-platform/overview#rate-limiting):
    100 calls per second per account for text, links, reactions and stickers; 10 per second
    for audio and video. The Send API is outside the 4800 x impressions business-use-case limit.

    Permissions: instagram_business_basic, instagram_business_manage_messages (private
    replies: also instagram_business_manage_comments).

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api

    Args:
        ig_user_id (str):
        body (SendMessageRequest): The Send API body
            (https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
            login/messaging-api).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | SendMessageResponse
    """

    return sync_detailed(
        ig_user_id=ig_user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageRequest,
) -> Response[GraphErrorEnvelope | SendMessageResponse]:
    """Send a message, reaction or sender action

     POST /{ig-id}/messages with a JSON body. One operation covers text, media attachments
    (image, video, audio, file), the like_heart sticker, generic and button templates, quick
    replies, shared posts (MEDIA_SHARE), private replies (`recipient.comment_id`), reactions
    (`sender_action` react/unreact with `payload`) and the typing_on, typing_off and mark_seen
    sender actions (which cannot be combined with a message). The SDK's `send_text`,
    `send_media`, ... helpers build these bodies. Replies are allowed for 24 hours after the
    user's last message, or 7 days with the HUMAN_AGENT tag. The SDK never resends a message
    after an ambiguous failure.

    Private replies (`recipient.comment_id`) also need instagram_business_manage_comments:
    one reply per comment, sent within 7 days of the comment (during the broadcast for Live),
    at most 750 calls per hour for posts and reels and 100 per second for Live
    (https://developers.facebook.com/docs/instagram-platform/private-replies). Reactions take
    any emoji. Up to 10 images in `attachments` are generally available since 2026-05-06.
    `thread_control` passes, releases, takes, extends or requests control of the conversation
    when Conversation Routing is enabled
    (https://developers.facebook.com/documentation/business-messaging/instagram-
    messaging/features/conversation-routing/apis).
    `reply_to` (the Message Replies API, Instagram Login support announced 2026-09-21) is
    unconfirmed: Meta's request shape could not be read, see `x-status` on that property.

    Rate limits (https://developers.facebook.com/docs/instagram-platform/overview#rate-limiting):
    100 calls per second per account for text, links, reactions and stickers; 10 per second
    for audio and video. The Send API is outside the 4800 x impressions business-use-case limit.

    Permissions: instagram_business_basic, instagram_business_manage_messages (private
    replies: also instagram_business_manage_comments).

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api

    Args:
        ig_user_id (str):
        body (SendMessageRequest): The Send API body
            (https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
            login/messaging-api).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | SendMessageResponse]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageRequest,
) -> GraphErrorEnvelope | SendMessageResponse | None:
    """Send a message, reaction or sender action

     POST /{ig-id}/messages with a JSON body. One operation covers text, media attachments
    (image, video, audio, file), the like_heart sticker, generic and button templates, quick
    replies, shared posts (MEDIA_SHARE), private replies (`recipient.comment_id`), reactions
    (`sender_action` react/unreact with `payload`) and the typing_on, typing_off and mark_seen
    sender actions (which cannot be combined with a message). The SDK's `send_text`,
    `send_media`, ... helpers build these bodies. Replies are allowed for 24 hours after the
    user's last message, or 7 days with the HUMAN_AGENT tag. The SDK never resends a message
    after an ambiguous failure.

    Private replies (`recipient.comment_id`) also need instagram_business_manage_comments:
    one reply per comment, sent within 7 days of the comment (during the broadcast for Live),
    at most 750 calls per hour for posts and reels and 100 per second for Live
    (https://developers.facebook.com/docs/instagram-platform/private-replies). Reactions take
    any emoji. Up to 10 images in `attachments` are generally available since 2026-05-06.
    `thread_control` passes, releases, takes, extends or requests control of the conversation
    when Conversation Routing is enabled
    (https://developers.facebook.com/documentation/business-messaging/instagram-
    messaging/features/conversation-routing/apis).
    `reply_to` (the Message Replies API, Instagram Login support announced 2026-09-21) is
    unconfirmed: Meta's request shape could not be read, see `x-status` on that property.

    Rate limits (https://developers.facebook.com/docs/instagram-platform/overview#rate-limiting):
    100 calls per second per account for text, links, reactions and stickers; 10 per second
    for audio and video. The Send API is outside the 4800 x impressions business-use-case limit.

    Permissions: instagram_business_basic, instagram_business_manage_messages (private
    replies: also instagram_business_manage_comments).

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api

    Args:
        ig_user_id (str):
        body (SendMessageRequest): The Send API body
            (https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
            login/messaging-api).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | SendMessageResponse
    """

    return (
        await asyncio_detailed(
            ig_user_id=ig_user_id,
            client=client,
            body=body,
        )
    ).parsed
