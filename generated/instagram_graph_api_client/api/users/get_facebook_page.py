from typing import Any

import httpx

from ...models.facebook_page import FacebookPage
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import UNSET, Unset, path_segment


def build_request(
    facebook_page_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `get_facebook_page`: GET /{facebook_page_id}.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{facebook_page_id}".format(
            facebook_page_id=path_segment(facebook_page_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> FacebookPage | GraphErrorEnvelope:
    """The model for a response to `get_facebook_page`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = FacebookPage.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
