from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_result import DeleteResult
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import Response


def _get_kwargs(
    ig_media_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/{ig_media_id}".format(
            ig_media_id=quote(str(ig_media_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteResult | GraphErrorEnvelope:
    if response.status_code == 200:
        response_200 = DeleteResult.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteResult | GraphErrorEnvelope]:
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
) -> Response[DeleteResult | GraphErrorEnvelope]:
    """Delete a media object (Facebook Login only)

     DELETE graph.facebook.com/{ig-media-id}. Deleting media is available only with Facebook
    Login for Business; a carousel can only be deleted as a whole.

    Permissions (Facebook Login): instagram_basic, instagram_manage_contents.

    See: https://developers.facebook.com/docs/instagram-platform/reference/instagram-media

    Args:
        ig_media_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteResult | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_media_id=ig_media_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteResult | GraphErrorEnvelope | None:
    """Delete a media object (Facebook Login only)

     DELETE graph.facebook.com/{ig-media-id}. Deleting media is available only with Facebook
    Login for Business; a carousel can only be deleted as a whole.

    Permissions (Facebook Login): instagram_basic, instagram_manage_contents.

    See: https://developers.facebook.com/docs/instagram-platform/reference/instagram-media

    Args:
        ig_media_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteResult | GraphErrorEnvelope
    """

    return sync_detailed(
        ig_media_id=ig_media_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteResult | GraphErrorEnvelope]:
    """Delete a media object (Facebook Login only)

     DELETE graph.facebook.com/{ig-media-id}. Deleting media is available only with Facebook
    Login for Business; a carousel can only be deleted as a whole.

    Permissions (Facebook Login): instagram_basic, instagram_manage_contents.

    See: https://developers.facebook.com/docs/instagram-platform/reference/instagram-media

    Args:
        ig_media_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteResult | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_media_id=ig_media_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteResult | GraphErrorEnvelope | None:
    """Delete a media object (Facebook Login only)

     DELETE graph.facebook.com/{ig-media-id}. Deleting media is available only with Facebook
    Login for Business; a carousel can only be deleted as a whole.

    Permissions (Facebook Login): instagram_basic, instagram_manage_contents.

    See: https://developers.facebook.com/docs/instagram-platform/reference/instagram-media

    Args:
        ig_media_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteResult | GraphErrorEnvelope
    """

    return (
        await asyncio_detailed(
            ig_media_id=ig_media_id,
            client=client,
        )
    ).parsed
