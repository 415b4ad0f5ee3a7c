from typing import Any

import httpx

from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.o_embed import OEmbed
from ...types import UNSET, Unset


def build_request(
    *,
    url_query: str,
    maxwidth: int | Unset = UNSET,
    hidecaption: bool | Unset = UNSET,
    omitscript: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `get_oembed`: GET /instagram_oembed.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    params["url"] = url_query

    params["maxwidth"] = maxwidth

    params["hidecaption"] = hidecaption

    params["omitscript"] = omitscript

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/instagram_oembed",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | OEmbed:
    """The model for a response to `get_oembed`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = OEmbed.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
