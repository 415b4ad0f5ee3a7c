from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.id_response import IdResponse
from ...models.message_request import MessageRequest
from ...types import Response


def _get_kwargs(
    ig_media_id: str,
    *,
    body: MessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{ig_media_id}/comments".format(
            ig_media_id=quote(str(ig_media_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorEnvelope | IdResponse:
    if response.status_code == 200:
        response_200 = IdResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorEnvelope | IdResponse]:
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
    body: MessageRequest,
) -> Response[GraphErrorEnvelope | IdResponse]:
    """Comment on a media object

     POST /{ig-media-id}/comments with `message`. Not available on live video.

    Permissions: instagram_business_basic, instagram_business_manage_comments.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    media/comments

    Args:
        ig_media_id (str):
        body (MessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | IdResponse]
    """

    kwargs = _get_kwargs(
        ig_media_id=ig_media_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MessageRequest,
) -> GraphErrorEnvelope | IdResponse | None:
    """Comment on a media object

     POST /{ig-media-id}/comments with `message`. Not available on live video.

    Permissions: instagram_business_basic, instagram_business_manage_comments.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    media/comments

    Args:
        ig_media_id (str):
        body (MessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | IdResponse
    """

    return sync_detailed(
        ig_media_id=ig_media_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MessageRequest,
) -> Response[GraphErrorEnvelope | IdResponse]:
    """Comment on a media object

     POST /{ig-media-id}/comments with `message`. Not available on live video.

    Permissions: instagram_business_basic, instagram_business_manage_comments.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    media/comments

    Args:
        ig_media_id (str):
        body (MessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | IdResponse]
    """

    kwargs = _get_kwargs(
        ig_media_id=ig_media_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MessageRequest,
) -> GraphErrorEnvelope | IdResponse | None:
    """Comment on a media object

     POST /{ig-media-id}/comments with `message`. Not available on live video.

    Permissions: instagram_business_basic, instagram_business_manage_comments.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    media/comments

    Args:
        ig_media_id (str):
        body (MessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | IdResponse
    """

    return (
        await asyncio_detailed(
            ig_media_id=ig_media_id,
            client=client,
            body=body,
        )
    ).parsed
