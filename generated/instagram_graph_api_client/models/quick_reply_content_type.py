from typing import Literal

QuickReplyContentType = Literal["text"]

QUICK_REPLY_CONTENT_TYPE_VALUES: set[QuickReplyContentType] = {
    "text",
}


def check_quick_reply_content_type(value: str) -> QuickReplyContentType:
    if value in QUICK_REPLY_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUICK_REPLY_CONTENT_TYPE_VALUES!r}"
    )
