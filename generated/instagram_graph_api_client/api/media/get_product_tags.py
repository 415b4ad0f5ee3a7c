from typing import Any

import httpx

from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.product_tag_list import ProductTagList
from ...types import path_segment


def build_request(
    ig_media_id: str,
) -> dict[str, Any]:
    """The request for `get_product_tags`: GET /{ig_media_id}/product_tags.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_media_id}/product_tags".format(
            ig_media_id=path_segment(ig_media_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | ProductTagList:
    """The model for a response to `get_product_tags`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = ProductTagList.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
