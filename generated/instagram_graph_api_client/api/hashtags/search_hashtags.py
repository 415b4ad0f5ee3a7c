from typing import Any

import httpx

from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.hashtag_list import HashtagList
from ...types import UNSET


def build_request(
    *,
    user_id: str,
    q: str,
) -> dict[str, Any]:
    """The request for `search_hashtags`: GET /ig_hashtag_search.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ig_hashtag_search",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | HashtagList:
    """The model for a response to `search_hashtags`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = HashtagList.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
