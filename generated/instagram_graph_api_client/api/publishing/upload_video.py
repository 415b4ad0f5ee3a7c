from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.upload_failure import UploadFailure
from ...models.upload_result import UploadResult
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    api_version: str,
    ig_container_id: str,
    *,
    body: File | Unset = UNSET,
    offset: int,
    file_size: int,
    file_url: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["offset"] = str(offset)

    headers["file_size"] = str(file_size)

    if not isinstance(file_url, Unset):
        headers["file_url"] = file_url

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ig-api-upload/{api_version}/{ig_container_id}".format(
            api_version=quote(str(api_version), safe=""),
            ig_container_id=quote(str(ig_container_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UploadFailure | UploadResult:
    if response.status_code == 200:
        response_200 = UploadResult.from_dict(response.json())

        return response_200

    response_default = UploadFailure.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UploadFailure | UploadResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    api_version: str,
    ig_container_id: str,
    *,
    client: AuthenticatedClient,
    body: File | Unset = UNSET,
    offset: int,
    file_size: int,
    file_url: str | Unset = UNSET,
) -> Response[UploadFailure | UploadResult]:
    """Upload a video's bytes to a resumable upload session

     POST https://rupload.facebook.com/ig-api-upload/{version}/{ig-container-id} with headers
    `Authorization: OAuth <token>`, `offset` (bytes already received, 0 to start) and
    `file_size` (total bytes), and the bytes from `offset` to the end as the body.
    Alternatively send `file_url` with a public URL and no body. Create the session first with
    `publishing.create_container(upload_type="resumable", ...)`. Meta documents this upload
    for Facebook Login apps only (guide updated 2026-03-15), and a live Instagram Login call to
    create the session answered code 100 ("The parameter video_url is required"): with
    Instagram Login it is unconfirmed, so publish by `video_url` instead. The host is a client
    setting (`upload_host=`).
    The TS SDK never sends the bytes (it only creates the session).

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/content-publishing/resumable-uploads

    Args:
        api_version (str):
        ig_container_id (str):
        offset (int):
        file_size (int):
        file_url (str | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadFailure | UploadResult]
    """

    kwargs = _get_kwargs(
        api_version=api_version,
        ig_container_id=ig_container_id,
        body=body,
        offset=offset,
        file_size=file_size,
        file_url=file_url,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_version: str,
    ig_container_id: str,
    *,
    client: AuthenticatedClient,
    body: File | Unset = UNSET,
    offset: int,
    file_size: int,
    file_url: str | Unset = UNSET,
) -> UploadFailure | UploadResult | None:
    """Upload a video's bytes to a resumable upload session

     POST https://rupload.facebook.com/ig-api-upload/{version}/{ig-container-id} with headers
    `Authorization: OAuth <token>`, `offset` (bytes already received, 0 to start) and
    `file_size` (total bytes), and the bytes from `offset` to the end as the body.
    Alternatively send `file_url` with a public URL and no body. Create the session first with
    `publishing.create_container(upload_type="resumable", ...)`. Meta documents this upload
    for Facebook Login apps only (guide updated 2026-03-15), and a live Instagram Login call to
    create the session answered code 100 ("The parameter video_url is required"): with
    Instagram Login it is unconfirmed, so publish by `video_url` instead. The host is a client
    setting (`upload_host=`).
    The TS SDK never sends the bytes (it only creates the session).

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/content-publishing/resumable-uploads

    Args:
        api_version (str):
        ig_container_id (str):
        offset (int):
        file_size (int):
        file_url (str | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadFailure | UploadResult
    """

    return sync_detailed(
        api_version=api_version,
        ig_container_id=ig_container_id,
        client=client,
        body=body,
        offset=offset,
        file_size=file_size,
        file_url=file_url,
    ).parsed


async def asyncio_detailed(
    api_version: str,
    ig_container_id: str,
    *,
    client: AuthenticatedClient,
    body: File | Unset = UNSET,
    offset: int,
    file_size: int,
    file_url: str | Unset = UNSET,
) -> Response[UploadFailure | UploadResult]:
    """Upload a video's bytes to a resumable upload session

     POST https://rupload.facebook.com/ig-api-upload/{version}/{ig-container-id} with headers
    `Authorization: OAuth <token>`, `offset` (bytes already received, 0 to start) and
    `file_size` (total bytes), and the bytes from `offset` to the end as the body.
    Alternatively send `file_url` with a public URL and no body. Create the session first with
    `publishing.create_container(upload_type="resumable", ...)`. Meta documents this upload
    for Facebook Login apps only (guide updated 2026-03-15), and a live Instagram Login call to
    create the session answered code 100 ("The parameter video_url is required"): with
    Instagram Login it is unconfirmed, so publish by `video_url` instead. The host is a client
    setting (`upload_host=`).
    The TS SDK never sends the bytes (it only creates the session).

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/content-publishing/resumable-uploads

    Args:
        api_version (str):
        ig_container_id (str):
        offset (int):
        file_size (int):
        file_url (str | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadFailure | UploadResult]
    """

    kwargs = _get_kwargs(
        api_version=api_version,
        ig_container_id=ig_container_id,
        body=body,
        offset=offset,
        file_size=file_size,
        file_url=file_url,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_version: str,
    ig_container_id: str,
    *,
    client: AuthenticatedClient,
    body: File | Unset = UNSET,
    offset: int,
    file_size: int,
    file_url: str | Unset = UNSET,
) -> UploadFailure | UploadResult | None:
    """Upload a video's bytes to a resumable upload session

     POST https://rupload.facebook.com/ig-api-upload/{version}/{ig-container-id} with headers
    `Authorization: OAuth <token>`, `offset` (bytes already received, 0 to start) and
    `file_size` (total bytes), and the bytes from `offset` to the end as the body.
    Alternatively send `file_url` with a public URL and no body. Create the session first with
    `publishing.create_container(upload_type="resumable", ...)`. Meta documents this upload
    for Facebook Login apps only (guide updated 2026-03-15), and a live Instagram Login call to
    create the session answered code 100 ("The parameter video_url is required"): with
    Instagram Login it is unconfirmed, so publish by `video_url` instead. The host is a client
    setting (`upload_host=`).
    The TS SDK never sends the bytes (it only creates the session).

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/content-publishing/resumable-uploads

    Args:
        api_version (str):
        ig_container_id (str):
        offset (int):
        file_size (int):
        file_url (str | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadFailure | UploadResult
    """

    return (
        await asyncio_detailed(
            api_version=api_version,
            ig_container_id=ig_container_id,
            client=client,
            body=body,
            offset=offset,
            file_size=file_size,
            file_url=file_url,
        )
    ).parsed
