from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.media_list import MediaList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ig_user_id: str,
    *,
    fields: str | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["since"] = since

    params["until"] = until

    params["limit"] = limit

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_user_id}/live_media".format(
            ig_user_id=quote(str(ig_user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorEnvelope | MediaList:
    if response.status_code == 200:
        response_200 = MediaList.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorEnvelope | MediaList]:
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
    fields: str | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[GraphErrorEnvelope | MediaList]:
    """List live broadcasts in progress

     GET /{ig-user-id}/live_media: only broadcasts in progress are returned (`media_type`
    BROADCAST, `media_product_type` LIVE). Meta's reference lists Facebook Login permissions
    only; availability with Instagram Login is unconfirmed.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/live_media

    Args:
        ig_user_id (str):
        fields (str | Unset):
        since (int | Unset):
        until (int | Unset):
        limit (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | MediaList]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        fields=fields,
        since=since,
        until=until,
        limit=limit,
        after=after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> GraphErrorEnvelope | MediaList | None:
    """List live broadcasts in progress

     GET /{ig-user-id}/live_media: only broadcasts in progress are returned (`media_type`
    BROADCAST, `media_product_type` LIVE). Meta's reference lists Facebook Login permissions
    only; availability with Instagram Login is unconfirmed.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/live_media

    Args:
        ig_user_id (str):
        fields (str | Unset):
        since (int | Unset):
        until (int | Unset):
        limit (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | MediaList
    """

    return sync_detailed(
        ig_user_id=ig_user_id,
        client=client,
        fields=fields,
        since=since,
        until=until,
        limit=limit,
        after=after,
    ).parsed


async def asyncio_detailed(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[GraphErrorEnvelope | MediaList]:
    """List live broadcasts in progress

     GET /{ig-user-id}/live_media: only broadcasts in progress are returned (`media_type`
    BROADCAST, `media_product_type` LIVE). Meta's reference lists Facebook Login permissions
    only; availability with Instagram Login is unconfirmed.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/live_media

    Args:
        ig_user_id (str):
        fields (str | Unset):
        since (int | Unset):
        until (int | Unset):
        limit (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | MediaList]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        fields=fields,
        since=since,
        until=until,
        limit=limit,
        after=after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> GraphErrorEnvelope | MediaList | None:
    """List live broadcasts in progress

     GET /{ig-user-id}/live_media: only broadcasts in progress are returned (`media_type`
    BROADCAST, `media_product_type` LIVE). Meta's reference lists Facebook Login permissions
    only; availability with Instagram Login is unconfirmed.

    Permissions: instagram_business_basic.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/live_media

    Args:
        ig_user_id (str):
        fields (str | Unset):
        since (int | Unset):
        until (int | Unset):
        limit (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | MediaList
    """

    return (
        await asyncio_detailed(
            ig_user_id=ig_user_id,
            client=client,
            fields=fields,
            since=since,
            until=until,
            limit=limit,
            after=after,
        )
    ).parsed
