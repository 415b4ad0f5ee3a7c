from typing import Any

import httpx

from ...models.conversation_list import ConversationList
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.list_conversations_platform import (
    ListConversationsPlatform,
)
from ...types import UNSET, Unset, path_segment


def build_request(
    ig_user_id: str,
    *,
    platform: ListConversationsPlatform | Unset = UNSET,
    user_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `list_conversations`: GET /{ig_user_id}/conversations.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    json_platform: str | Unset = UNSET
    if not isinstance(platform, Unset):
        json_platform = platform

    params["platform"] = json_platform

    params["user_id"] = user_id

    params["fields"] = fields

    params["limit"] = limit

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_user_id}/conversations".format(
            ig_user_id=path_segment(ig_user_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ConversationList | GraphErrorEnvelope:
    """The model for a response to `list_conversations`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = ConversationList.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
