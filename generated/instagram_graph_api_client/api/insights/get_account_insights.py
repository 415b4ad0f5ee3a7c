from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_account_insights_metric_type import (
    GetAccountInsightsMetricType,
)
from ...models.get_account_insights_period import (
    GetAccountInsightsPeriod,
)
from ...models.get_account_insights_timeframe import (
    GetAccountInsightsTimeframe,
)
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.insights_response import InsightsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ig_user_id: str,
    *,
    metric: str,
    period: GetAccountInsightsPeriod,
    metric_type: GetAccountInsightsMetricType | Unset = UNSET,
    breakdown: str | Unset = UNSET,
    timeframe: GetAccountInsightsTimeframe | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["metric"] = metric

    json_period: str = period
    params["period"] = json_period

    json_metric_type: str | Unset = UNSET
    if not isinstance(metric_type, Unset):
        json_metric_type = metric_type

    params["metric_type"] = json_metric_type

    params["breakdown"] = breakdown

    json_timeframe: str | Unset = UNSET
    if not isinstance(timeframe, Unset):
        json_timeframe = timeframe

    params["timeframe"] = json_timeframe

    params["since"] = since

    params["until"] = until

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{ig_user_id}/insights".format(
            ig_user_id=quote(str(ig_user_id), safe=""),
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
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    metric: str,
    period: GetAccountInsightsPeriod,
    metric_type: GetAccountInsightsMetricType | Unset = UNSET,
    breakdown: str | Unset = UNSET,
    timeframe: GetAccountInsightsTimeframe | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
) -> Response[GraphErrorEnvelope | InsightsResponse]:
    """Get account insights

     GET /{ig-user-id}/insights?metric=...&period=... Interaction metrics (`period=day`):
    reach, views, accounts_engaged, likes, comments, replies, saves (account insights say
    `saves`; media insights say `saved`), shares, reposts (added 2025-12-03),
    total_interactions, profile_links_taps, follows_and_unfollows; account metrics:
    follower_count, online_followers (both need at least 100 followers); demographics:
    follower_demographics, engaged_audience_demographics (these need `period=lifetime`,
    `metric_type=total_value` and `timeframe=this_week` or `this_month`; the older timeframe
    values were dropped in v20.0). `period` is required (`day` or `lifetime`; no current
    metric takes `week`, `days_28` or `month`); the SDK sends `day` unless told otherwise.
    `impressions` was removed on 2025-04-21. Data can lag up to 48 hours; no data gives an
    empty list, not 0. Time-series responses page by time (`since`/`until`).
    Changelog: https://developers.facebook.com/docs/instagram-platform/changelog

    Permissions: instagram_business_basic, instagram_business_manage_insights.

    See: https://developers.facebook.com/docs/instagram-platform/api-reference/instagram-user/insights

    Args:
        ig_user_id (str):
        metric (str):
        period (GetAccountInsightsPeriod):
        metric_type (GetAccountInsightsMetricType | Unset):
        breakdown (str | Unset):
        timeframe (GetAccountInsightsTimeframe | Unset):
        since (int | Unset):
        until (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | InsightsResponse]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        metric=metric,
        period=period,
        metric_type=metric_type,
        breakdown=breakdown,
        timeframe=timeframe,
        since=since,
        until=until,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    metric: str,
    period: GetAccountInsightsPeriod,
    metric_type: GetAccountInsightsMetricType | Unset = UNSET,
    breakdown: str | Unset = UNSET,
    timeframe: GetAccountInsightsTimeframe | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
) -> GraphErrorEnvelope | InsightsResponse | None:
    """Get account insights

     GET /{ig-user-id}/insights?metric=...&period=... Interaction metrics (`period=day`):
    reach, views, accounts_engaged, likes, comments, replies, saves (account insights say
    `saves`; media insights say `saved`), shares, reposts (added 2025-12-03),
    total_interactions, profile_links_taps, follows_and_unfollows; account metrics:
    follower_count, online_followers (both need at least 100 followers); demographics:
    follower_demographics, engaged_audience_demographics (these need `period=lifetime`,
    `metric_type=total_value` and `timeframe=this_week` or `this_month`; the older timeframe
    values were dropped in v20.0). `period` is required (`day` or `lifetime`; no current
    metric takes `week`, `days_28` or `month`); the SDK sends `day` unless told otherwise.
    `impressions` was removed on 2025-04-21. Data can lag up to 48 hours; no data gives an
    empty list, not 0. Time-series responses page by time (`since`/`until`).
    Changelog: https://developers.facebook.com/docs/instagram-platform/changelog

    Permissions: instagram_business_basic, instagram_business_manage_insights.

    See: https://developers.facebook.com/docs/instagram-platform/api-reference/instagram-user/insights

    Args:
        ig_user_id (str):
        metric (str):
        period (GetAccountInsightsPeriod):
        metric_type (GetAccountInsightsMetricType | Unset):
        breakdown (str | Unset):
        timeframe (GetAccountInsightsTimeframe | Unset):
        since (int | Unset):
        until (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | InsightsResponse
    """

    return sync_detailed(
        ig_user_id=ig_user_id,
        client=client,
        metric=metric,
        period=period,
        metric_type=metric_type,
        breakdown=breakdown,
        timeframe=timeframe,
        since=since,
        until=until,
    ).parsed


async def asyncio_detailed(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    metric: str,
    period: GetAccountInsightsPeriod,
    metric_type: GetAccountInsightsMetricType | Unset = UNSET,
    breakdown: str | Unset = UNSET,
    timeframe: GetAccountInsightsTimeframe | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
) -> Response[GraphErrorEnvelope | InsightsResponse]:
    """Get account insights

     GET /{ig-user-id}/insights?metric=...&period=... Interaction metrics (`period=day`):
    reach, views, accounts_engaged, likes, comments, replies, saves (account insights say
    `saves`; media insights say `saved`), shares, reposts (added 2025-12-03),
    total_interactions, profile_links_taps, follows_and_unfollows; account metrics:
    follower_count, online_followers (both need at least 100 followers); demographics:
    follower_demographics, engaged_audience_demographics (these need `period=lifetime`,
    `metric_type=total_value` and `timeframe=this_week` or `this_month`; the older timeframe
    values were dropped in v20.0). `period` is required (`day` or `lifetime`; no current
    metric takes `week`, `days_28` or `month`); the SDK sends `day` unless told otherwise.
    `impressions` was removed on 2025-04-21. Data can lag up to 48 hours; no data gives an
    empty list, not 0. Time-series responses page by time (`since`/`until`).
    Changelog: https://developers.facebook.com/docs/instagram-platform/changelog

    Permissions: instagram_business_basic, instagram_business_manage_insights.

    See: https://developers.facebook.com/docs/instagram-platform/api-reference/instagram-user/insights

    Args:
        ig_user_id (str):
        metric (str):
        period (GetAccountInsightsPeriod):
        metric_type (GetAccountInsightsMetricType | Unset):
        breakdown (str | Unset):
        timeframe (GetAccountInsightsTimeframe | Unset):
        since (int | Unset):
        until (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorEnvelope | InsightsResponse]
    """

    kwargs = _get_kwargs(
        ig_user_id=ig_user_id,
        metric=metric,
        period=period,
        metric_type=metric_type,
        breakdown=breakdown,
        timeframe=timeframe,
        since=since,
        until=until,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ig_user_id: str,
    *,
    client: AuthenticatedClient | Client,
    metric: str,
    period: GetAccountInsightsPeriod,
    metric_type: GetAccountInsightsMetricType | Unset = UNSET,
    breakdown: str | Unset = UNSET,
    timeframe: GetAccountInsightsTimeframe | Unset = UNSET,
    since: int | Unset = UNSET,
    until: int | Unset = UNSET,
) -> GraphErrorEnvelope | InsightsResponse | None:
    """Get account insights

     GET /{ig-user-id}/insights?metric=...&period=... Interaction metrics (`period=day`):
    reach, views, accounts_engaged, likes, comments, replies, saves (account insights say
    `saves`; media insights say `saved`), shares, reposts (added 2025-12-03),
    total_interactions, profile_links_taps, follows_and_unfollows; account metrics:
    follower_count, online_followers (both need at least 100 followers); demographics:
    follower_demographics, engaged_audience_demographics (these need `period=lifetime`,
    `metric_type=total_value` and `timeframe=this_week` or `this_month`; the older timeframe
    values were dropped in v20.0). `period` is required (`day` or `lifetime`; no current
    metric takes `week`, `days_28` or `month`); the SDK sends `day` unless told otherwise.
    `impressions` was removed on 2025-04-21. Data can lag up to 48 hours; no data gives an
    empty list, not 0. Time-series responses page by time (`since`/`until`).
    Changelog: https://developers.facebook.com/docs/instagram-platform/changelog

    Permissions: instagram_business_basic, instagram_business_manage_insights.

    See: https://developers.facebook.com/docs/instagram-platform/api-reference/instagram-user/insights

    Args:
        ig_user_id (str):
        metric (str):
        period (GetAccountInsightsPeriod):
        metric_type (GetAccountInsightsMetricType | Unset):
        breakdown (str | Unset):
        timeframe (GetAccountInsightsTimeframe | Unset):
        since (int | Unset):
        until (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorEnvelope | InsightsResponse
    """

    return (
        await asyncio_detailed(
            ig_user_id=ig_user_id,
            client=client,
            metric=metric,
            period=period,
            metric_type=metric_type,
            breakdown=breakdown,
            timeframe=timeframe,
            since=since,
            until=until,
        )
    ).parsed
