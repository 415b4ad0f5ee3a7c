from typing import Any

import httpx

from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.media_list import MediaList
from ...types import UNSET, Unset, path_segment


def build_request(
    ig_user_id: str,
    *,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `get_tags`: GET /{ig_user_id}/tags.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_user_id}/tags".format(
            ig_user_id=path_segment(ig_user_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | MediaList:
    """The model for a response to `get_tags`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = MediaList.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
