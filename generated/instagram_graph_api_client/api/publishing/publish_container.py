from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.id_response import IdResponse
from ...models.publish_request import PublishRequest
from ...types import Response


def _get_kwargs(
    ig_user_id: str,
    *,
    body: PublishRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{ig_user_id}/media_publish".format(
            ig_user_id=quote(str(ig_user_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorEnvelope | IdResponse:
    if response.status_code == 200:
        response_200 = IdResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorEnvelope | IdResponse]:
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
    body: PublishRequest,
) -> Response[GraphErrorEnvelope | IdResponse]:
    """Publish a FINISHED container

     POST /{ig-user-id}/media_publish with `creation_id`. Publishing before the container is
    FINISHED fails with code 9007 / subcode 2207027; past the rolling 24-hour quota it fails
    with code 9 / subcode 2207042 (read `users.get_content_publishing_limit`). Meta has no
    idempotency key: the SDK never resends this call blindly; after an ambiguous failure it
    reads the container status (PUBLISHED means it already happened).

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/media_publish

    Args:
        ig_user_id (str):
        body (PublishRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | IdResponse]
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
    body: PublishRequest,
) -> GraphErrorEnvelope | IdResponse | None:
    """Publish a FINISHED container

     POST /{ig-user-id}/media_publish with `creation_id`. Publishing before the container is
    FINISHED fails with code 9007 / subcode 2207027; past the rolling 24-hour quota it fails
    with code 9 / subcode 2207042 (read `users.get_content_publishing_limit`). Meta has no
    idempotency key: the SDK never resends this call blindly; after an ambiguous failure it
    reads the container status (PUBLISHED means it already happened).

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/media_publish

    Args:
        ig_user_id (str):
        body (PublishRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | IdResponse
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
    body: PublishRequest,
) -> Response[GraphErrorEnvelope | IdResponse]:
    """Publish a FINISHED container

     POST /{ig-user-id}/media_publish with `creation_id`. Publishing before the container is
    FINISHED fails with code 9007 / subcode 2207027; past the rolling 24-hour quota it fails
    with code 9 / subcode 2207042 (read `users.get_content_publishing_limit`). Meta has no
    idempotency key: the SDK never resends this call blindly; after an ambiguous failure it
    reads the container status (PUBLISHED means it already happened).

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/media_publish

    Args:
        ig_user_id (str):
        body (PublishRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | IdResponse]
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
    body: PublishRequest,
) -> GraphErrorEnvelope | IdResponse | None:
    """Publish a FINISHED container

     POST /{ig-user-id}/media_publish with `creation_id`. Publishing before the container is
    FINISHED fails with code 9007 / subcode 2207027; past the rolling 24-hour quota it fails
    with code 9 / subcode 2207042 (read `users.get_content_publishing_limit`). Meta has no
    idempotency key: the SDK never resends this call blindly; after an ambiguous failure it
    reads the container status (PUBLISHED means it already happened).

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/media_publish

    Args:
        ig_user_id (str):
        body (PublishRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | IdResponse
    """

    return (
        await asyncio_detailed(
            ig_user_id=ig_user_id,
            client=client,
            body=body,
        )
    ).parsed
