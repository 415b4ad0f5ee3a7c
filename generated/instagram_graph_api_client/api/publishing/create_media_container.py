from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.container_created import ContainerCreated
from ...models.create_container_request import CreateContainerRequest
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import Response


def _get_kwargs(
    ig_user_id: str,
    *,
    body: CreateContainerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{ig_user_id}/media".format(
            ig_user_id=quote(str(ig_user_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContainerCreated | GraphErrorEnvelope:
    if response.status_code == 200:
        response_200 = ContainerCreated.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContainerCreated | GraphErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateContainerRequest,
) -> Response[ContainerCreated | GraphErrorEnvelope]:
    """Create a media container

     POST /{ig-user-id}/media: create a container for an image, video, reel, story, carousel
    item or carousel. Video processing is asynchronous: poll the container's `status_code`
    (`publishing.get_container_status`) until FINISHED before publishing. Containers expire
    after 24 hours; at most 400 can be created per rolling 24 hours. `upload_type=resumable`
    starts a resumable upload session (the response adds `uri`); Meta documents it for
    Facebook Login only, and with an Instagram Login token it answered code 100 ("The
    parameter video_url is required"), so it is unconfirmed for Instagram Login. Carousels take
    2 to 10 `children` container IDs. `media_type` is omitted for a single image.
    `is_paid_partnership` and `branded_content_sponsor_ids` (up to 2) add the paid-partnership
    label (changelog 2026-04-22); `is_ai_generated` the AI label (2026-06-22).
    Changelog: https://developers.facebook.com/docs/instagram-platform/changelog

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/media

    Args:
        ig_user_id (str):
        body (CreateContainerRequest): Container parameters
            (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
            user/media).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerCreated | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateContainerRequest,
) -> ContainerCreated | GraphErrorEnvelope | None:
    """Create a media container

     POST /{ig-user-id}/media: create a container for an image, video, reel, story, carousel
    item or carousel. Video processing is asynchronous: poll the container's `status_code`
    (`publishing.get_container_status`) until FINISHED before publishing. Containers expire
    after 24 hours; at most 400 can be created per rolling 24 hours. `upload_type=resumable`
    starts a resumable upload session (the response adds `uri`); Meta documents it for
    Facebook Login only, and with an Instagram Login token it answered code 100 ("The
    parameter video_url is required"), so it is unconfirmed for Instagram Login. Carousels take
    2 to 10 `children` container IDs. `media_type` is omitted for a single image.
    `is_paid_partnership` and `branded_content_sponsor_ids` (up to 2) add the paid-partnership
    label (changelog 2026-04-22); `is_ai_generated` the AI label (2026-06-22).
    Changelog: https://developers.facebook.com/docs/instagram-platform/changelog

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/media

    Args:
        ig_user_id (str):
        body (CreateContainerRequest): Container parameters
            (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
            user/media).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerCreated | GraphErrorEnvelope
    """

    return sync_detailed(
        ig_user_id=ig_user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateContainerRequest,
) -> Response[ContainerCreated | GraphErrorEnvelope]:
    """Create a media container

     POST /{ig-user-id}/media: create a container for an image, video, reel, story, carousel
    item or carousel. Video processing is asynchronous: poll the container's `status_code`
    (`publishing.get_container_status`) until FINISHED before publishing. Containers expire
    after 24 hours; at most 400 can be created per rolling 24 hours. `upload_type=resumable`
    starts a resumable upload session (the response adds `uri`); Meta documents it for
    Facebook Login only, and with an Instagram Login token it answered code 100 ("The
    parameter video_url is required"), so it is unconfirmed for Instagram Login. Carousels take
    2 to 10 `children` container IDs. `media_type` is omitted for a single image.
    `is_paid_partnership` and `branded_content_sponsor_ids` (up to 2) add the paid-partnership
    label (changelog 2026-04-22); `is_ai_generated` the AI label (2026-06-22).
    Changelog: https://developers.facebook.com/docs/instagram-platform/changelog

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/media

    Args:
        ig_user_id (str):
        body (CreateContainerRequest): Container parameters
            (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
            user/media).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerCreated | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateContainerRequest,
) -> ContainerCreated | GraphErrorEnvelope | None:
    """Create a media container

     POST /{ig-user-id}/media: create a container for an image, video, reel, story, carousel
    item or carousel. Video processing is asynchronous: poll the container's `status_code`
    (`publishing.get_container_status`) until FINISHED before publishing. Containers expire
    after 24 hours; at most 400 can be created per rolling 24 hours. `upload_type=resumable`
    starts a resumable upload session (the response adds `uri`); Meta documents it for
    Facebook Login only, and with an Instagram Login token it answered code 100 ("The
    parameter video_url is required"), so it is unconfirmed for Instagram Login. Carousels take
    2 to 10 `children` container IDs. `media_type` is omitted for a single image.
    `is_paid_partnership` and `branded_content_sponsor_ids` (up to 2) add the paid-partnership
    label (changelog 2026-04-22); `is_ai_generated` the AI label (2026-06-22).
    Changelog: https://developers.facebook.com/docs/instagram-platform/changelog

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/media

    Args:
        ig_user_id (str):
        body (CreateContainerRequest): Container parameters
            (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
            user/media).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerCreated | GraphErrorEnvelope
    """

    return (
        await asyncio_detailed(
            ig_user_id=ig_user_id,
            client=client,
            body=body,
        )
    ).parsed
