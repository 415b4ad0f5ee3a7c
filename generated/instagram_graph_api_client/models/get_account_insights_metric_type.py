from typing import Literal

GetAccountInsightsMetricType = Literal["time_series", "total_value"]

GET_ACCOUNT_INSIGHTS_METRIC_TYPE_VALUES: set[GetAccountInsightsMetricType] = {
    "time_series",
    "total_value",
}


def check_get_account_insights_metric_type(value: str) -> GetAccountInsightsMetricType:
    if value in GET_ACCOUNT_INSIGHTS_METRIC_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ACCOUNT_INSIGHTS_METRIC_TYPE_VALUES!r}"
    )
