from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.content_publishing_limit_list import ContentPublishingLimitList
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ig_user_id: str,
    *,
    fields: str | Unset = UNSET,
    since: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["since"] = since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_user_id}/content_publishing_limit".format(
            ig_user_id=quote(str(ig_user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContentPublishingLimitList | GraphErrorEnvelope:
    if response.status_code == 200:
        response_200 = ContentPublishingLimitList.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContentPublishingLimitList | GraphErrorEnvelope]:
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
) -> Response[ContentPublishingLimitList | GraphErrorEnvelope]:
    """Get the account's publishing quota usage

     GET /{ig-user-id}/content_publishing_limit?fields=quota_usage,config. The response is
    wrapped in `{"data":[...]}`. Meta's pages disagree on the quota (50 or 100 posts per
    rolling 24 hours): read `config.quota_total`, never hard-code it.

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/content_publishing_limit

    Args:
        ig_user_id (str):
        fields (str | Unset):
        since (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentPublishingLimitList | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        fields=fields,
        since=since,
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
) -> ContentPublishingLimitList | GraphErrorEnvelope | None:
    """Get the account's publishing quota usage

     GET /{ig-user-id}/content_publishing_limit?fields=quota_usage,config. The response is
    wrapped in `{"data":[...]}`. Meta's pages disagree on the quota (50 or 100 posts per
    rolling 24 hours): read `config.quota_total`, never hard-code it.

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/content_publishing_limit

    Args:
        ig_user_id (str):
        fields (str | Unset):
        since (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContentPublishingLimitList | GraphErrorEnvelope
    """

    return sync_detailed(
        ig_user_id=ig_user_id,
        client=client,
        fields=fields,
        since=since,
    ).parsed


async def asyncio_detailed(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    since: int | Unset = UNSET,
) -> Response[ContentPublishingLimitList | GraphErrorEnvelope]:
    """Get the account's publishing quota usage

     GET /{ig-user-id}/content_publishing_limit?fields=quota_usage,config. The response is
    wrapped in `{"data":[...]}`. Meta's pages disagree on the quota (50 or 100 posts per
    rolling 24 hours): read `config.quota_total`, never hard-code it.

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/content_publishing_limit

    Args:
        ig_user_id (str):
        fields (str | Unset):
        since (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentPublishingLimitList | GraphErrorEnvelope]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        fields=fields,
        since=since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    since: int | Unset = UNSET,
) -> ContentPublishingLimitList | GraphErrorEnvelope | None:
    """Get the account's publishing quota usage

     GET /{ig-user-id}/content_publishing_limit?fields=quota_usage,config. The response is
    wrapped in `{"data":[...]}`. Meta's pages disagree on the quota (50 or 100 posts per
    rolling 24 hours): read `config.quota_total`, never hard-code it.

    Permissions: instagram_business_basic, instagram_business_content_publish.

    See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/content_publishing_limit

    Args:
        ig_user_id (str):
        fields (str | Unset):
        since (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContentPublishingLimitList | GraphErrorEnvelope
    """

    return (
        await asyncio_detailed(
            ig_user_id=ig_user_id,
            client=client,
            fields=fields,
            since=since,
        )
    ).parsed
