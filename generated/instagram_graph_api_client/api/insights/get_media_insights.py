from typing import Any

import httpx

from ...models.get_media_insights_period import (
    GetMediaInsightsPeriod,
)
from ...models.graph_error_envelope import GraphErrorEnvelope
from ...models.insights_response import InsightsResponse
from ...types import UNSET, Unset, path_segment


def build_request(
    ig_media_id: str,
    *,
    metric: str,
    period: GetMediaInsightsPeriod | Unset = UNSET,
    breakdown: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for `get_media_insights`: GET /{ig_media_id}/insights.

    Keyword arguments for httpx: method, url (relative to the operation's server), params, body, headers.
    """

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
            ig_media_id=path_segment(ig_media_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> GraphErrorEnvelope | InsightsResponse:
    """The model for a response to `get_media_insights`, chosen by its status code."""
    if response.status_code == 200:
        response_200 = InsightsResponse.from_json(response.content)

        return response_200

    response_default = GraphErrorEnvelope.from_json(response.content)

    return response_default
