from typing import Any

import httpx

from ...models.delete_result import DeleteResult
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import path_segment


def build_request(
    ig_media_id: str,
) -> dict[str, Any]:
    """The request for `delete_media`: DELETE /{ig_media_id}.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/{ig_media_id}".format(
            ig_media_id=path_segment(ig_media_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> DeleteResult | GraphErrorEnvelope:
    """The model for a response to `delete_media`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = DeleteResult.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
