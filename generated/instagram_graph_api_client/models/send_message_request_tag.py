from typing import Literal

SendMessageRequestTag = Literal["HUMAN_AGENT"]

SEND_MESSAGE_REQUEST_TAG_VALUES: set[SendMessageRequestTag] = {
    "HUMAN_AGENT",
}


def check_send_message_request_tag(value: str) -> SendMessageRequestTag:
    if value in SEND_MESSAGE_REQUEST_TAG_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEND_MESSAGE_REQUEST_TAG_VALUES!r}"
    )
