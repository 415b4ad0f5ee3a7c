from typing import Literal

CreateContainerRequestMediaType = Literal[
    "CAROUSEL", "IMAGE", "REELS", "STORIES", "VIDEO"
]

CREATE_CONTAINER_REQUEST_MEDIA_TYPE_VALUES: set[CreateContainerRequestMediaType] = {
    "CAROUSEL",
    "IMAGE",
    "REELS",
    "STORIES",
    "VIDEO",
}


def check_create_container_request_media_type(
    value: str,
) -> CreateContainerRequestMediaType:
    if value in CREATE_CONTAINER_REQUEST_MEDIA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONTAINER_REQUEST_MEDIA_TYPE_VALUES!r}"
    )
