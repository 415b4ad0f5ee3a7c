from typing import Literal

GetMediaInsightsPeriod = Literal[
    "day", "days_28", "lifetime", "month", "total_over_range", "week"
]

GET_MEDIA_INSIGHTS_PERIOD_VALUES: set[GetMediaInsightsPeriod] = {
    "day",
    "days_28",
    "lifetime",
    "month",
    "total_over_range",
    "week",
}


def check_get_media_insights_period(value: str) -> GetMediaInsightsPeriod:
    if value in GET_MEDIA_INSIGHTS_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MEDIA_INSIGHTS_PERIOD_VALUES!r}"
    )
