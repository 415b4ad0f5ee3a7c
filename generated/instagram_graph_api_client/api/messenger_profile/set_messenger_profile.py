from typing import Any

import httpx

from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.messenger_profile_request import MessengerProfileRequest
from ...models.result_response import ResultResponse
from ...types import path_segment


def build_request(
    ig_user_id: str,
    *,
    body: MessengerProfileRequest,
) -> dict[str, Any]:
    """The request for `set_messenger_profile`: POST /{ig_user_id}/messenger_profile.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{ig_user_id}/messenger_profile".format(
            ig_user_id=path_segment(ig_user_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | ResultResponse:
    """The model for a response to `set_messenger_profile`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = ResultResponse.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
