from typing import Any

import httpx

from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.success_response import SuccessResponse
from ...types import UNSET, path_segment


def build_request(
    ig_media_id: str,
    *,
    deleted_tags: str,
) -> dict[str, Any]:
    """The request for `delete_product_tags`: DELETE /{ig_media_id}/product_tags.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    params["deleted_tags"] = deleted_tags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/{ig_media_id}/product_tags".format(
            ig_media_id=path_segment(ig_media_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | SuccessResponse:
    """The model for a response to `delete_product_tags`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = SuccessResponse.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
