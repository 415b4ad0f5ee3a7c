from typing import Any

import httpx

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
from ...types import UNSET, Unset, path_segment


def build_request(
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
    """The request for `get_account_insights`: GET /{ig_user_id}/insights.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

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
            ig_user_id=path_segment(ig_user_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | InsightsResponse:
    """The model for a response to `get_account_insights`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = InsightsResponse.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
