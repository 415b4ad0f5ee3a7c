from typing import Any

import httpx

from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.send_message_request import SendMessageRequest
from ...models.send_message_response import SendMessageResponse
from ...types import path_segment


def build_request(
    ig_user_id: str,
    *,
    body: SendMessageRequest,
) -> dict[str, Any]:
    """The request for `send_message`: POST /{ig_user_id}/messages.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{ig_user_id}/messages".format(
            ig_user_id=path_segment(ig_user_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response,
) -> GraphErrorEnvelope | SendMessageResponse:
    """The model for a response to `send_message`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = SendMessageResponse.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
