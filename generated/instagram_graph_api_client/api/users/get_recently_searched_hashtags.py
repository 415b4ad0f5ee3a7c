from typing import Any

import httpx

from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.hashtag_list import HashtagList
from ...types import UNSET, Unset, path_segment


def build_request(
    ig_user_id: str,
    *,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `get_recently_searched_hashtags`: GET /{ig_user_id}/recently_searched_hashtags.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_user_id}/recently_searched_hashtags".format(
            ig_user_id=path_segment(ig_user_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | HashtagList:
    """The model for a response to `get_recently_searched_hashtags`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = HashtagList.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
