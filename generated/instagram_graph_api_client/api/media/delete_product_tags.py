from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.success_response import SuccessResponse
from ...types import UNSET, Response


def _get_kwargs(
    ig_media_id: str,
    *,
    deleted_tags: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["deleted_tags"] = deleted_tags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/{ig_media_id}/product_tags".format(
            ig_media_id=quote(str(ig_media_id), safe=""),
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
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
    deleted_tags: str,
) -> Response[GraphErrorEnvelope | SuccessResponse]:
    """Remove product tags from published media (Facebook Login only)

     DELETE graph.facebook.com/{ig-media-id}/product_tags with `deleted_tags` (a JSON array of
    `{product_id}`), as the product tagging guide describes; the reference page shows only
    creating and reading (x-status: unconfirmed).

    Permissions (Facebook Login): catalog_management, instagram_basic, instagram_shopping_tag_products.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/product-tagging

    Args:
        ig_media_id (str):
        deleted_tags (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | SuccessResponse]
    """

    kwargs = _get_kwargs(
        ig_media_id=ig_media_id,
        deleted_tags=deleted_tags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
    deleted_tags: str,
) -> GraphErrorEnvelope | SuccessResponse | None:
    """Remove product tags from published media (Facebook Login only)

     DELETE graph.facebook.com/{ig-media-id}/product_tags with `deleted_tags` (a JSON array of
    `{product_id}`), as the product tagging guide describes; the reference page shows only
    creating and reading (x-status: unconfirmed).

    Permissions (Facebook Login): catalog_management, instagram_basic, instagram_shopping_tag_products.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/product-tagging

    Args:
        ig_media_id (str):
        deleted_tags (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | SuccessResponse
    """

    return sync_detailed(
        ig_media_id=ig_media_id,
        client=client,
        deleted_tags=deleted_tags,
    ).parsed


async def asyncio_detailed(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
    deleted_tags: str,
) -> Response[GraphErrorEnvelope | SuccessResponse]:
    """Remove product tags from published media (Facebook Login only)

     DELETE graph.facebook.com/{ig-media-id}/product_tags with `deleted_tags` (a JSON array of
    `{product_id}`), as the product tagging guide describes; the reference page shows only
    creating and reading (x-status: unconfirmed).

    Permissions (Facebook Login): catalog_management, instagram_basic, instagram_shopping_tag_products.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/product-tagging

    Args:
        ig_media_id (str):
        deleted_tags (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | SuccessResponse]
    """

    kwargs = _get_kwargs(
        ig_media_id=ig_media_id,
        deleted_tags=deleted_tags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
    deleted_tags: str,
) -> GraphErrorEnvelope | SuccessResponse | None:
    """Remove product tags from published media (Facebook Login only)

     DELETE graph.facebook.com/{ig-media-id}/product_tags with `deleted_tags` (a JSON array of
    `{product_id}`), as the product tagging guide describes; the reference page shows only
    creating and reading (x-status: unconfirmed).

    Permissions (Facebook Login): catalog_management, instagram_basic, instagram_shopping_tag_products.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/product-tagging

    Args:
        ig_media_id (str):
        deleted_tags (str):

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
            deleted_tags=deleted_tags,
        )
    ).parsed
