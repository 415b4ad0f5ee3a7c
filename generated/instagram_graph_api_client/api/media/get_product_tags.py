from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.product_tag_list import ProductTagList
from ...types import Response


def _get_kwargs(
    ig_media_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_media_id}/product_tags".format(
            ig_media_id=quote(str(ig_media_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorEnvelope | ProductTagList:
    if response.status_code == 200:
        response_200 = ProductTagList.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorEnvelope | ProductTagList]:
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
) -> Response[GraphErrorEnvelope | ProductTagList]:
    """List a media object's product tags (Facebook Login only)

     GET graph.facebook.com/{ig-media-id}/product_tags. Product tagging is not available with
    Instagram Login.

    Permissions (Facebook Login): catalog_management, instagram_basic, instagram_shopping_tag_products.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/product-tagging

    Args:
        ig_media_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | ProductTagList]
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
) -> GraphErrorEnvelope | ProductTagList | None:
    """List a media object's product tags (Facebook Login only)

     GET graph.facebook.com/{ig-media-id}/product_tags. Product tagging is not available with
    Instagram Login.

    Permissions (Facebook Login): catalog_management, instagram_basic, instagram_shopping_tag_products.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/product-tagging

    Args:
        ig_media_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | ProductTagList
    """

    return sync_detailed(
        ig_media_id=ig_media_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GraphErrorEnvelope | ProductTagList]:
    """List a media object's product tags (Facebook Login only)

     GET graph.facebook.com/{ig-media-id}/product_tags. Product tagging is not available with
    Instagram Login.

    Permissions (Facebook Login): catalog_management, instagram_basic, instagram_shopping_tag_products.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/product-tagging

    Args:
        ig_media_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | ProductTagList]
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
) -> GraphErrorEnvelope | ProductTagList | None:
    """List a media object's product tags (Facebook Login only)

     GET graph.facebook.com/{ig-media-id}/product_tags. Product tagging is not available with
    Instagram Login.

    Permissions (Facebook Login): catalog_management, instagram_basic, instagram_shopping_tag_products.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/product-tagging

    Args:
        ig_media_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | ProductTagList
    """

    return (
        await asyncio_detailed(
            ig_media_id=ig_media_id,
            client=client,
        )
    ).parsed
