from typing import Any

import httpx

from ...models.collaboration_invite_response_request import (
    CollaborationInviteResponseRequest,
)
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.success_response import SuccessResponse
from ...types import path_segment


def build_request(
    ig_user_id: str,
    *,
    body: CollaborationInviteResponseRequest,
) -> dict[str, Any]:
    """The request for `respond_to_collaboration_invite`: POST /{ig_user_id}/collaboration_invites.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{ig_user_id}/collaboration_invites".format(
            ig_user_id=path_segment(ig_user_id),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | SuccessResponse:
    """The model for a response to `respond_to_collaboration_invite`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = SuccessResponse.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
