from typing import Any

import httpx

from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.welcome_flow_list import WelcomeFlowList
from ...types import UNSET, Unset, path_segment


def build_request(
    ig_user_id: str,
    *,
    flow_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `list_welcome_flows`: GET /{ig_user_id}/welcome_message_flows.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    params["flow_id"] = flow_id

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_user_id}/welcome_message_flows".format(
            ig_user_id=path_segment(ig_user_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | WelcomeFlowList:
    """The model for a response to `list_welcome_flows`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = WelcomeFlowList.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
