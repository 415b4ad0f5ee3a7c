from typing import Any

import httpx

from ...models.collaborator_list import CollaboratorList
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import UNSET, Unset, path_segment


def build_request(
    ig_media_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `get_collaborators`: GET /{ig_media_id}/collaborators.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_media_id}/collaborators".format(
            ig_media_id=path_segment(ig_media_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> CollaboratorList | GraphErrorEnvelope:
    """The model for a response to `get_collaborators`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = CollaboratorList.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
