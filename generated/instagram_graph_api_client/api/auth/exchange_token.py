from typing import Any

import httpx

from ...models.exchange_token_grant_type import (
    ExchangeTokenGrantType,
)
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.long_lived_token import LongLivedToken
from ...types import UNSET


def build_request(
    *,
    grant_type: ExchangeTokenGrantType,
    client_secret: str,
    access_token: str,
) -> dict[str, Any]:
    """The request for `exchange_token`: GET /access_token.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    json_grant_type: str = grant_type
    params["grant_type"] = json_grant_type

    params["client_secret"] = client_secret

    params["access_token"] = access_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/access_token",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | LongLivedToken:
    """The model for a response to `exchange_token`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = LongLivedToken.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
