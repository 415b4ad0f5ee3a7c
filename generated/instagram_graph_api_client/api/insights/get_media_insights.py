from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_media_insights_period import (
    GetMediaInsightsPeriod,
)
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.insights_response import InsightsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ig_media_id: str,
    *,
    metric: str,
    period: GetMediaInsightsPeriod | Unset = UNSET,
    breakdown: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["metric"] = metric

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period

    params["period"] = json_period

    params["breakdown"] = breakdown

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_media_id}/insights".format(
            ig_media_id=quote(str(ig_media_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorEnvelope | InsightsResponse:
    if response.status_code == 200:
        response_200 = InsightsResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorEnvelope | InsightsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
    metric: str,
    period: GetMediaInsightsPeriod | Unset = UNSET,
    breakdown: str | Unset = UNSET,
) -> Response[GraphErrorEnvelope | InsightsResponse]:
    """Get a media object's insights

     GET /{ig-media-id}/insights?metric=... Which metrics apply depends on
    `media_product_type` (FEED, REELS, STORY). `period` accepts Meta's list (`day`, `week`,
    `days_28`, `month`, `lifetime`, `total_over_range`), but media insights are lifetime
    values: the response always reports `period: lifetime`. Story metrics below 5 fail with
    code 10 ("Not enough viewers").

    Added 2025-12-03: `reels_skip_rate` (REELS), `reposts` (FEED, REELS, STORY),
    `crossposted_views` (REELS; fails for a reel not shared to Facebook) and `facebook_views`
    (FEED, REELS, STORY). Facebook Login only: `total_likes`, `total_comments`, `total_views`
    (2026-04-22) and the story metric `link_clicks` (2026-06-22).

    Removed: `video_views` for all versions on 2025-01-08; `plays`, `clips_replays_count`,
    `ig_reels_aggregated_all_plays_count` and `impressions` from v22.0, then for all versions
    on 2025-04-21 (`impressions` still answers for media created before 2024-07-02 on v21.0
    and older). Changelog: https://developers.facebook.com/docs/instagram-platform/changelog

    Permissions: instagram_business_basic, instagram_business_manage_insights.

    See: https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/insights

    Args:
        ig_media_id (str):
        metric (str):
        period (GetMediaInsightsPeriod | Unset):
        breakdown (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | InsightsResponse]
    """

    kwargs = _get_kwargs(
        ig_media_id=ig_media_id,
        metric=metric,
        period=period,
        breakdown=breakdown,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
    metric: str,
    period: GetMediaInsightsPeriod | Unset = UNSET,
    breakdown: str | Unset = UNSET,
) -> GraphErrorEnvelope | InsightsResponse | None:
    """Get a media object's insights

     GET /{ig-media-id}/insights?metric=... Which metrics apply depends on
    `media_product_type` (FEED, REELS, STORY). `period` accepts Meta's list (`day`, `week`,
    `days_28`, `month`, `lifetime`, `total_over_range`), but media insights are lifetime
    values: the response always reports `period: lifetime`. Story metrics below 5 fail with
    code 10 ("Not enough viewers").

    Added 2025-12-03: `reels_skip_rate` (REELS), `reposts` (FEED, REELS, STORY),
    `crossposted_views` (REELS; fails for a reel not shared to Facebook) and `facebook_views`
    (FEED, REELS, STORY). Facebook Login only: `total_likes`, `total_comments`, `total_views`
    (2026-04-22) and the story metric `link_clicks` (2026-06-22).

    Removed: `video_views` for all versions on 2025-01-08; `plays`, `clips_replays_count`,
    `ig_reels_aggregated_all_plays_count` and `impressions` from v22.0, then for all versions
    on 2025-04-21 (`impressions` still answers for media created before 2024-07-02 on v21.0
    and older). Changelog: https://developers.facebook.com/docs/instagram-platform/changelog

    Permissions: instagram_business_basic, instagram_business_manage_insights.

    See: https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/insights

    Args:
        ig_media_id (str):
        metric (str):
        period (GetMediaInsightsPeriod | Unset):
        breakdown (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | InsightsResponse
    """

    return sync_detailed(
        ig_media_id=ig_media_id,
        client=client,
        metric=metric,
        period=period,
        breakdown=breakdown,
    ).parsed


async def asyncio_detailed(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
    metric: str,
    period: GetMediaInsightsPeriod | Unset = UNSET,
    breakdown: str | Unset = UNSET,
) -> Response[GraphErrorEnvelope | InsightsResponse]:
    """Get a media object's insights

     GET /{ig-media-id}/insights?metric=... Which metrics apply depends on
    `media_product_type` (FEED, REELS, STORY). `period` accepts Meta's list (`day`, `week`,
    `days_28`, `month`, `lifetime`, `total_over_range`), but media insights are lifetime
    values: the response always reports `period: lifetime`. Story metrics below 5 fail with
    code 10 ("Not enough viewers").

    Added 2025-12-03: `reels_skip_rate` (REELS), `reposts` (FEED, REELS, STORY),
    `crossposted_views` (REELS; fails for a reel not shared to Facebook) and `facebook_views`
    (FEED, REELS, STORY). Facebook Login only: `total_likes`, `total_comments`, `total_views`
    (2026-04-22) and the story metric `link_clicks` (2026-06-22).

    Removed: `video_views` for all versions on 2025-01-08; `plays`, `clips_replays_count`,
    `ig_reels_aggregated_all_plays_count` and `impressions` from v22.0, then for all versions
    on 2025-04-21 (`impressions` still answers for media created before 2024-07-02 on v21.0
    and older). Changelog: https://developers.facebook.com/docs/instagram-platform/changelog

    Permissions: instagram_business_basic, instagram_business_manage_insights.

    See: https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/insights

    Args:
        ig_media_id (str):
        metric (str):
        period (GetMediaInsightsPeriod | Unset):
        breakdown (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | InsightsResponse]
    """

    kwargs = _get_kwargs(
        ig_media_id=ig_media_id,
        metric=metric,
        period=period,
        breakdown=breakdown,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_media_id: str,
    *,
    client: AuthenticatedClient | Client,
    metric: str,
    period: GetMediaInsightsPeriod | Unset = UNSET,
    breakdown: str | Unset = UNSET,
) -> GraphErrorEnvelope | InsightsResponse | None:
    """Get a media object's insights

     GET /{ig-media-id}/insights?metric=... Which metrics apply depends on
    `media_product_type` (FEED, REELS, STORY). `period` accepts Meta's list (`day`, `week`,
    `days_28`, `month`, `lifetime`, `total_over_range`), but media insights are lifetime
    values: the response always reports `period: lifetime`. Story metrics below 5 fail with
    code 10 ("Not enough viewers").

    Added 2025-12-03: `reels_skip_rate` (REELS), `reposts` (FEED, REELS, STORY),
    `crossposted_views` (REELS; fails for a reel not shared to Facebook) and `facebook_views`
    (FEED, REELS, STORY). Facebook Login only: `total_likes`, `total_comments`, `total_views`
    (2026-04-22) and the story metric `link_clicks` (2026-06-22).

    Removed: `video_views` for all versions on 2025-01-08; `plays`, `clips_replays_count`,
    `ig_reels_aggregated_all_plays_count` and `impressions` from v22.0, then for all versions
    on 2025-04-21 (`impressions` still answers for media created before 2024-07-02 on v21.0
    and older). Changelog: https://developers.facebook.com/docs/instagram-platform/changelog

    Permissions: instagram_business_basic, instagram_business_manage_insights.

    See: https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/insights

    Args:
        ig_media_id (str):
        metric (str):
        period (GetMediaInsightsPeriod | Unset):
        breakdown (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | InsightsResponse
    """

    return (
        await asyncio_detailed(
            ig_media_id=ig_media_id,
            client=client,
            metric=metric,
            period=period,
            breakdown=breakdown,
        )
    ).parsed
