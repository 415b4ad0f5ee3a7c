from typing import Any

import httpx

from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.success_response import SuccessResponse
from ...types import path_segment


def build_request(
    ig_comment_id: str,
) -> dict[str, Any]:
    """The request for `delete_comment`: DELETE /{ig_comment_id}.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/{ig_comment_id}".format(
            ig_comment_id=path_segment(ig_comment_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | SuccessResponse:
    """The model for a response to `delete_comment`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = SuccessResponse.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
