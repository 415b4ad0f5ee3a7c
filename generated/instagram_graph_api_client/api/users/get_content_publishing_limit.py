from typing import Any

import httpx

from ...models.content_publishing_limit_list import ContentPublishingLimitList
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import UNSET, Unset, path_segment


def build_request(
    ig_user_id: str,
    *,
    fields: str | Unset = UNSET,
    since: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `get_content_publishing_limit`: GET /{ig_user_id}/content_publishing_limit.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["since"] = since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_user_id}/content_publishing_limit".format(
            ig_user_id=path_segment(ig_user_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response,
) -> ContentPublishingLimitList | GraphErrorEnvelope:
    """The model for a response to `get_content_publishing_limit`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = ContentPublishingLimitList.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
