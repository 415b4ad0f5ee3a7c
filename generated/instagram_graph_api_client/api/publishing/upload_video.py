from typing import Any

import httpx

from ...models.upload_failure import UploadFailure
from ...models.upload_result import UploadResult
from ...types import UNSET, File, Unset, path_segment


def build_request(
    api_version: str,
    ig_container_id: str,
    *,
    body: File | Unset = UNSET,
    offset: int,
    file_size: int,
    file_url: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `upload_video`: POST /ig-api-upload/{api_version}/{ig_container_id}.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """
    headers: dict[str, Any] = {}
    headers["offset"] = str(offset)

    headers["file_size"] = str(file_size)

    if not isinstance(file_url, Unset):
        headers["file_url"] = file_url

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ig-api-upload/{api_version}/{ig_container_id}".format(
            api_version=path_segment(api_version),
            ig_container_id=path_segment(ig_container_id),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> UploadFailure | UploadResult:
    """The model for a response to `upload_video`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = UploadResult.from_json(response.content)

        return response_200

    response_default = UploadFailure.from_json(response.content)

    return response_default
