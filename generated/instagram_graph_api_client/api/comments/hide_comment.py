from typing import Any

import httpx

from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.hide_comment_request import HideCommentRequest
from ...models.success_response import SuccessResponse
from ...types import path_segment


def build_request(
    ig_comment_id: str,
    *,
    body: HideCommentRequest,
) -> dict[str, Any]:
    """The request for `hide_comment`: POST /{ig_comment_id}.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{ig_comment_id}".format(
            ig_comment_id=path_segment(ig_comment_id),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | SuccessResponse:
    """The model for a response to `hide_comment`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = SuccessResponse.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
