from typing import Literal

SendMessageRequestMessagingType = Literal["MESSAGE_TAG", "RESPONSE", "UPDATE"]

SEND_MESSAGE_REQUEST_MESSAGING_TYPE_VALUES: set[SendMessageRequestMessagingType] = {
    "MESSAGE_TAG",
    "RESPONSE",
    "UPDATE",
}


def check_send_message_request_messaging_type(
    value: str,
) -> SendMessageRequestMessagingType:
    if value in SEND_MESSAGE_REQUEST_MESSAGING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEND_MESSAGE_REQUEST_MESSAGING_TYPE_VALUES!r}"
    )
