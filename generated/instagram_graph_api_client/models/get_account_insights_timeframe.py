from typing import Literal

GetAccountInsightsTimeframe = Literal["this_month", "this_week"]

GET_ACCOUNT_INSIGHTS_TIMEFRAME_VALUES: set[GetAccountInsightsTimeframe] = {
    "this_month",
    "this_week",
}


def check_get_account_insights_timeframe(value: str) -> GetAccountInsightsTimeframe:
    if value in GET_ACCOUNT_INSIGHTS_TIMEFRAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ACCOUNT_INSIGHTS_TIMEFRAME_VALUES!r}"
    )
