from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.attachment_upload_request import AttachmentUploadRequest
from ...models.attachment_upload_result import AttachmentUploadResult
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import Response


def _get_kwargs(
    ig_user_id: str,
    *,
    body: AttachmentUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{ig_user_id}/message_attachments".format(
            ig_user_id=quote(str(ig_user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttachmentUploadResult | GraphErrorEnvelope:
    if response.status_code == 200:
        response_200 = AttachmentUploadResult.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AttachmentUploadResult | GraphErrorEnvelope]:
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
    body: AttachmentUploadRequest,
) -> Response[AttachmentUploadResult | GraphErrorEnvelope]:
    """Upload a reusable message attachment

     POST /{ig-id}/message_attachments with
    `{"message":{"attachment":{"type","payload":{"url","is_reusable"}}}}`.
    Meta's collection has no example response; the Messenger variant returns an
    `attachment_id`, which `messaging.send_media(..., attachment_id=...)` then sends.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api

    Args:
        ig_user_id (str):
        body (AttachmentUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentUploadResult | GraphErrorEnvelope]
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
    body: AttachmentUploadRequest,
) -> AttachmentUploadResult | GraphErrorEnvelope | None:
    """Upload a reusable message attachment

     POST /{ig-id}/message_attachments with
    `{"message":{"attachment":{"type","payload":{"url","is_reusable"}}}}`.
    Meta's collection has no example response; the Messenger variant returns an
    `attachment_id`, which `messaging.send_media(..., attachment_id=...)` then sends.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api

    Args:
        ig_user_id (str):
        body (AttachmentUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentUploadResult | GraphErrorEnvelope
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
    body: AttachmentUploadRequest,
) -> Response[AttachmentUploadResult | GraphErrorEnvelope]:
    """Upload a reusable message attachment

     POST /{ig-id}/message_attachments with
    `{"message":{"attachment":{"type","payload":{"url","is_reusable"}}}}`.
    Meta's collection has no example response; the Messenger variant returns an
    `attachment_id`, which `messaging.send_media(..., attachment_id=...)` then sends.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api

    Args:
        ig_user_id (str):
        body (AttachmentUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentUploadResult | GraphErrorEnvelope]
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
    body: AttachmentUploadRequest,
) -> AttachmentUploadResult | GraphErrorEnvelope | None:
    """Upload a reusable message attachment

     POST /{ig-id}/message_attachments with
    `{"message":{"attachment":{"type","payload":{"url","is_reusable"}}}}`.
    Meta's collection has no example response; the Messenger variant returns an
    `attachment_id`, which `messaging.send_media(..., attachment_id=...)` then sends.

    Permissions: instagram_business_basic, instagram_business_manage_messages.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api

    Args:
        ig_user_id (str):
        body (AttachmentUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentUploadResult | GraphErrorEnvelope
    """

    return (
        await asyncio_detailed(
            ig_user_id=ig_user_id,
            client=client,
            body=body,
        )
    ).parsed
