from typing import Literal

ContainerStatusCode = Literal[
    "ERROR", "EXPIRED", "FINISHED", "IN_PROGRESS", "PUBLISHED"
]

CONTAINER_STATUS_CODE_VALUES: set[ContainerStatusCode] = {
    "ERROR",
    "EXPIRED",
    "FINISHED",
    "IN_PROGRESS",
    "PUBLISHED",
}


def check_container_status_code(value: str) -> ContainerStatusCode:
    if value in CONTAINER_STATUS_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTAINER_STATUS_CODE_VALUES!r}"
    )
