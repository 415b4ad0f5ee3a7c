from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.catalog_list import CatalogList
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ig_user_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_user_id}/available_catalogs".format(
            ig_user_id=quote(str(ig_user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CatalogList | GraphErrorEnvelope:
    if response.status_code == 200:
        response_200 = CatalogList.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CatalogList | GraphErrorEnvelope]:
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
    fields: str | Unset = UNSET,
) -> Response[CatalogList | GraphErrorEnvelope]:
    """List product catalogs available for tagging (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}/available_catalogs. Product tagging is not available
    with Instagram Login.

    Permissions (Facebook Login): catalog_management, instagram_basic, instagram_shopping_tag_products.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/product-tagging

    Args:
        ig_user_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogList | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> CatalogList | GraphErrorEnvelope | None:
    """List product catalogs available for tagging (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}/available_catalogs. Product tagging is not available
    with Instagram Login.

    Permissions (Facebook Login): catalog_management, instagram_basic, instagram_shopping_tag_products.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/product-tagging

    Args:
        ig_user_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogList | GraphErrorEnvelope
    """

    return sync_detailed(
        ig_user_id=ig_user_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> Response[CatalogList | GraphErrorEnvelope]:
    """List product catalogs available for tagging (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}/available_catalogs. Product tagging is not available
    with Instagram Login.

    Permissions (Facebook Login): catalog_management, instagram_basic, instagram_shopping_tag_products.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/product-tagging

    Args:
        ig_user_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogList | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> CatalogList | GraphErrorEnvelope | None:
    """List product catalogs available for tagging (Facebook Login only)

     GET graph.facebook.com/{ig-user-id}/available_catalogs. Product tagging is not available
    with Instagram Login.

    Permissions (Facebook Login): catalog_management, instagram_basic, instagram_shopping_tag_products.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-
    login/product-tagging

    Args:
        ig_user_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogList | GraphErrorEnvelope
    """

    return (
        await asyncio_detailed(
            ig_user_id=ig_user_id,
            client=client,
            fields=fields,
        )
    ).parsed
