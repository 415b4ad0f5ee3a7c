from typing import Any

import httpx

from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.success_response import SuccessResponse
from ...types import UNSET, Unset, path_segment


def build_request(
    ig_user_id: str,
    *,
    media_id: str | Unset = UNSET,
    comment_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `unlike_object`: DELETE /{ig_user_id}/likes.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    params["media_id"] = media_id

    params["comment_id"] = comment_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/{ig_user_id}/likes".format(
            ig_user_id=path_segment(ig_user_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | SuccessResponse:
    """The model for a response to `unlike_object`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = SuccessResponse.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
