from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.success_response import SuccessResponse
from ...models.update_media_request import UpdateMediaRequest
from ...types import Response


def _get_kwargs(
    ig_media_id: str,
    *,
    body: UpdateMediaRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{ig_media_id}".format(
            ig_media_id=quote(str(ig_media_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
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
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMediaRequest,
) -> Response[GraphErrorEnvelope | SuccessResponse]:
    """Turn comments on or off for a media object

     POST /{ig-media-id} with `comment_enabled=true|false`. Not available for live video.

    Permissions: instagram_business_basic, instagram_business_manage_comments.

    See: https://developers.facebook.com/docs/instagram-platform/reference/instagram-media

    Args:
        ig_media_id (str):
        body (UpdateMediaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | SuccessResponse]
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
    body: UpdateMediaRequest,
) -> GraphErrorEnvelope | SuccessResponse | None:
    """Turn comments on or off for a media object

     POST /{ig-media-id} with `comment_enabled=true|false`. Not available for live video.

    Permissions: instagram_business_basic, instagram_business_manage_comments.

    See: https://developers.facebook.com/docs/instagram-platform/reference/instagram-media

    Args:
        ig_media_id (str):
        body (UpdateMediaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | SuccessResponse
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
    body: UpdateMediaRequest,
) -> Response[GraphErrorEnvelope | SuccessResponse]:
    """Turn comments on or off for a media object

     POST /{ig-media-id} with `comment_enabled=true|false`. Not available for live video.

    Permissions: instagram_business_basic, instagram_business_manage_comments.

    See: https://developers.facebook.com/docs/instagram-platform/reference/instagram-media

    Args:
        ig_media_id (str):
        body (UpdateMediaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | SuccessResponse]
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
    body: UpdateMediaRequest,
) -> GraphErrorEnvelope | SuccessResponse | None:
    """Turn comments on or off for a media object

     POST /{ig-media-id} with `comment_enabled=true|false`. Not available for live video.

    Permissions: instagram_business_basic, instagram_business_manage_comments.

    See: https://developers.facebook.com/docs/instagram-platform/reference/instagram-media

    Args:
        ig_media_id (str):
        body (UpdateMediaRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | SuccessResponse
    """

    return (
        await asyncio_detailed(
            ig_media_id=ig_media_id,
            client=client,
            body=body,
        )
    ).parsed
