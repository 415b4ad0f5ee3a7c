from typing import Any

import httpx

from ...models.container_created import ContainerCreated
from ...models.create_container_request import CreateContainerRequest
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import path_segment


def build_request(
    ig_user_id: str,
    *,
    body: CreateContainerRequest,
) -> dict[str, Any]:
    """The request for `create_media_container`: POST /{ig_user_id}/media.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{ig_user_id}/media".format(
            ig_user_id=path_segment(ig_user_id),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ContainerCreated | GraphErrorEnvelope:
    """The model for a response to `create_media_container`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = ContainerCreated.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
