from typing import Literal

SendMessageRequestSenderAction = Literal[
    "mark_seen", "react", "typing_off", "typing_on", "unreact"
]

SEND_MESSAGE_REQUEST_SENDER_ACTION_VALUES: set[SendMessageRequestSenderAction] = {
    "mark_seen",
    "react",
    "typing_off",
    "typing_on",
    "unreact",
}


def check_send_message_request_sender_action(
    value: str,
) -> SendMessageRequestSenderAction:
    if value in SEND_MESSAGE_REQUEST_SENDER_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEND_MESSAGE_REQUEST_SENDER_ACTION_VALUES!r}"
    )
