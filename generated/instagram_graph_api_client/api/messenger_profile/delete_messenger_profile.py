from typing import Any

import httpx

from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.result_response import ResultResponse
from ...types import UNSET, path_segment


def build_request(
    ig_user_id: str,
    *,
    fields: str,
) -> dict[str, Any]:
    """The request for `delete_messenger_profile`: DELETE /{ig_user_id}/messenger_profile.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/{ig_user_id}/messenger_profile".format(
            ig_user_id=path_segment(ig_user_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | ResultResponse:
    """The model for a response to `delete_messenger_profile`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = ResultResponse.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
