from typing import Any

import httpx

from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.user import User
from ...types import UNSET, path_segment


def build_request(
    instagram_business_account_id: str,
    *,
    fields: str,
) -> dict[str, Any]:
    """The request for `get_business_discovery`: GET /{instagram_business_account_id}.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{instagram_business_account_id}".format(
            instagram_business_account_id=path_segment(instagram_business_account_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | User:
    """The model for a response to `get_business_discovery`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = User.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
