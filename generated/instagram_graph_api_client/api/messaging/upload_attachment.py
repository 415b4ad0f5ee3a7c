from typing import Any

import httpx

from ...models.attachment_upload_request import AttachmentUploadRequest
from ...models.attachment_upload_result import AttachmentUploadResult
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import path_segment


def build_request(
    ig_user_id: str,
    *,
    body: AttachmentUploadRequest,
) -> dict[str, Any]:
    """The request for `upload_attachment`: POST /{ig_user_id}/message_attachments.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{ig_user_id}/message_attachments".format(
            ig_user_id=path_segment(ig_user_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response,
) -> AttachmentUploadResult | GraphErrorEnvelope:
    """The model for a response to `upload_attachment`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = AttachmentUploadResult.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
