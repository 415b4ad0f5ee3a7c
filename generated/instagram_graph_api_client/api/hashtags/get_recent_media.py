from typing import Any

import httpx

from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.media_list import MediaList
from ...types import UNSET, Unset, path_segment


def build_request(
    ig_hashtag_id: str,
    *,
    user_id: str,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `get_recent_media`: GET /{ig_hashtag_id}/recent_media.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["fields"] = fields

    params["limit"] = limit

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_hashtag_id}/recent_media".format(
            ig_hashtag_id=path_segment(ig_hashtag_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | MediaList:
    """The model for a response to `get_recent_media`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = MediaList.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
