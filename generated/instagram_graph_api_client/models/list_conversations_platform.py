from typing import Literal

ListConversationsPlatform = Literal["instagram"]

LIST_CONVERSATIONS_PLATFORM_VALUES: set[ListConversationsPlatform] = {
    "instagram",
}


def check_list_conversations_platform(value: str) -> ListConversationsPlatform:
    if value in LIST_CONVERSATIONS_PLATFORM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CONVERSATIONS_PLATFORM_VALUES!r}"
    )
