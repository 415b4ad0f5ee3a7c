from typing import Any

import httpx

from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.success_response import SuccessResponse
from ...types import path_segment


def build_request(
    ig_user_id: str,
) -> dict[str, Any]:
    """The request for `unsubscribe`: DELETE /{ig_user_id}/subscribed_apps.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/{ig_user_id}/subscribed_apps".format(
            ig_user_id=path_segment(ig_user_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | SuccessResponse:
    """The model for a response to `unsubscribe`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = SuccessResponse.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
