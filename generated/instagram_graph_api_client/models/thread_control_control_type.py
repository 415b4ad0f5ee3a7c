from typing import Literal

ThreadControlControlType = Literal["extend", "pass", "release", "request", "take"]

THREAD_CONTROL_CONTROL_TYPE_VALUES: set[ThreadControlControlType] = {
    "extend",
    "pass",
    "release",
    "request",
    "take",
}


def check_thread_control_control_type(value: str) -> ThreadControlControlType:
    if value in THREAD_CONTROL_CONTROL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {THREAD_CONTROL_CONTROL_TYPE_VALUES!r}"
    )
