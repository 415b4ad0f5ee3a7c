from typing import Literal

MessengerProfileRequestPlatform = Literal["instagram"]

MESSENGER_PROFILE_REQUEST_PLATFORM_VALUES: set[MessengerProfileRequestPlatform] = {
    "instagram",
}


def check_messenger_profile_request_platform(
    value: str,
) -> MessengerProfileRequestPlatform:
    if value in MESSENGER_PROFILE_REQUEST_PLATFORM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSENGER_PROFILE_REQUEST_PLATFORM_VALUES!r}"
    )
