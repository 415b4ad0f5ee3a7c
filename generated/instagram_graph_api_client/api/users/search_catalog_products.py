from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.catalog_product_list import CatalogProductList
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ig_user_id: str,
    *,
    catalog_id: str,
    q: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["catalog_id"] = catalog_id

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_user_id}/catalog_product_search".format(
            ig_user_id=quote(str(ig_user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CatalogProductList | GraphErrorEnvelope:
    if response.status_code == 200:
        response_200 = CatalogProductList.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CatalogProductList | GraphErrorEnvelope]:
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
    catalog_id: str,
    q: str | Unset = UNSET,
) -> Response[CatalogProductList | GraphErrorEnvelope]:
    """Search a catalog for taggable products (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}/catalog_product_search?catalog_id=...&q=...

    Permissions (Facebook Login): catalog_management, instagram_basic, instagram_shopping_tag_products.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/product-tagging

    Args:
        ig_user_id (str):
        catalog_id (str):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogProductList | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        catalog_id=catalog_id,
        q=q,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    catalog_id: str,
    q: str | Unset = UNSET,
) -> CatalogProductList | GraphErrorEnvelope | None:
    """Search a catalog for taggable products (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}/catalog_product_search?catalog_id=...&q=...

    Permissions (Facebook Login): catalog_management, instagram_basic, instagram_shopping_tag_products.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/product-tagging

    Args:
        ig_user_id (str):
        catalog_id (str):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogProductList | GraphErrorEnvelope
    """

    return sync_detailed(
        ig_user_id=ig_user_id,
        client=client,
        catalog_id=catalog_id,
        q=q,
    ).parsed


async def asyncio_detailed(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    catalog_id: str,
    q: str | Unset = UNSET,
) -> Response[CatalogProductList | GraphErrorEnvelope]:
    """Search a catalog for taggable products (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}/catalog_product_search?catalog_id=...&q=...

    Permissions (Facebook Login): catalog_management, instagram_basic, instagram_shopping_tag_products.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/product-tagging

    Args:
        ig_user_id (str):
        catalog_id (str):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogProductList | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        catalog_id=catalog_id,
        q=q,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    catalog_id: str,
    q: str | Unset = UNSET,
) -> CatalogProductList | GraphErrorEnvelope | None:
    """Search a catalog for taggable products (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}/catalog_product_search?catalog_id=...&q=...

    Permissions (Facebook Login): catalog_management, instagram_basic, instagram_shopping_tag_products.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/product-tagging

    Args:
        ig_user_id (str):
        catalog_id (str):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogProductList | GraphErrorEnvelope
    """

    return (
        await asyncio_detailed(
            ig_user_id=ig_user_id,
            client=client,
            catalog_id=catalog_id,
            q=q,
        )
    ).parsed
