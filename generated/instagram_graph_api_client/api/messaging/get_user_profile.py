from typing import Any

import httpx

from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.messaging_user_profile import MessagingUserProfile
from ...types import UNSET, Unset, path_segment


def build_request(
    igsid: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `get_user_profile`: GET /{igsid}.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{igsid}".format(
            igsid=path_segment(igsid),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response,
) -> GraphErrorEnvelope | MessagingUserProfile:
    """The model for a response to `get_user_profile`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = MessagingUserProfile.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
