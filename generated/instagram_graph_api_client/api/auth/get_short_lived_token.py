from typing import Any

import httpx

from ...models.o_auth_error_response import OAuthErrorResponse
from ...models.short_lived_token import ShortLivedToken
from ...models.short_lived_token_list import ShortLivedTokenList
from ...models.short_lived_token_request import ShortLivedTokenRequest
from ...types import decode_json


def build_request(
    *,
    body: ShortLivedTokenRequest,
) -> dict[str, Any]:
    """The request for `get_short_lived_token`: POST /oauth/access_token.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/access_token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response,
) -> OAuthErrorResponse | ShortLivedToken | ShortLivedTokenList:
    """The model for a response to `get_short_lived_token`, chosen by its status code."""
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ShortLivedToken | ShortLivedTokenList:
            if isinstance(data, dict) and ShortLivedTokenList.fits(data):
                try:
                    response_200_type_0 = ShortLivedTokenList.from_dict(data)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ShortLivedToken.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(decode_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = OAuthErrorResponse.from_json(response.content)

        return response_400

    response_default = OAuthErrorResponse.from_json(response.content)

    return response_default
