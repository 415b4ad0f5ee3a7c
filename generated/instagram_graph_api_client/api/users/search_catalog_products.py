from typing import Any

import httpx

from ...models.catalog_product_list import CatalogProductList
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import UNSET, Unset, path_segment


def build_request(
    ig_user_id: str,
    *,
    catalog_id: str,
    q: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `search_catalog_products`: GET /{ig_user_id}/catalog_product_search.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    params["catalog_id"] = catalog_id

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_user_id}/catalog_product_search".format(
            ig_user_id=path_segment(ig_user_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> CatalogProductList | GraphErrorEnvelope:
    """The model for a response to `search_catalog_products`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = CatalogProductList.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
