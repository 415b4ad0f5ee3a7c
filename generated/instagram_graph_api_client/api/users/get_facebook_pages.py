from typing import Any

import httpx

from ...models.facebook_page_list import FacebookPageList
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import UNSET, Unset


def build_request(
    *,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `get_facebook_pages`: GET /me/accounts.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["limit"] = limit

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me/accounts",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> FacebookPageList | GraphErrorEnvelope:
    """The model for a response to `get_facebook_pages`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = FacebookPageList.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
