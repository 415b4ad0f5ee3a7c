from typing import Literal

WelcomeFlowRequestEligiblePlatformsItem = Literal["instagram"]

WELCOME_FLOW_REQUEST_ELIGIBLE_PLATFORMS_ITEM_VALUES: set[
    WelcomeFlowRequestEligiblePlatformsItem
] = {
    "instagram",
}


def check_welcome_flow_request_eligible_platforms_item(
    value: str,
) -> WelcomeFlowRequestEligiblePlatformsItem:
    if value in WELCOME_FLOW_REQUEST_ELIGIBLE_PLATFORMS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WELCOME_FLOW_REQUEST_ELIGIBLE_PLATFORMS_ITEM_VALUES!r}"
    )
