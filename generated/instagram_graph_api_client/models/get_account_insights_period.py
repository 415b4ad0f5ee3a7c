from typing import Literal

GetAccountInsightsPeriod = Literal["day", "lifetime"]

GET_ACCOUNT_INSIGHTS_PERIOD_VALUES: set[GetAccountInsightsPeriod] = {
    "day",
    "lifetime",
}


def check_get_account_insights_period(value: str) -> GetAccountInsightsPeriod:
    if value in GET_ACCOUNT_INSIGHTS_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ACCOUNT_INSIGHTS_PERIOD_VALUES!r}"
    )
