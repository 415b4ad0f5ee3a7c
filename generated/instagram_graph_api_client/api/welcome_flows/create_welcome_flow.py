from typing import Any

import httpx

from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.welcome_flow_request import WelcomeFlowRequest
from ...models.welcome_flow_saved import WelcomeFlowSaved
from ...types import UNSET, Unset, path_segment


def build_request(
    ig_user_id: str,
    *,
    body: WelcomeFlowRequest,
    flow_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `create_welcome_flow`: POST /{ig_user_id}/welcome_message_flows.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["flow_id"] = flow_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{ig_user_id}/welcome_message_flows".format(
            ig_user_id=path_segment(ig_user_id),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | WelcomeFlowSaved:
    """The model for a response to `create_welcome_flow`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = WelcomeFlowSaved.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
