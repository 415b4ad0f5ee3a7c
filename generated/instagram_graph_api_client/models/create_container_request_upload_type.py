from typing import Literal

CreateContainerRequestUploadType = Literal["resumable"]

CREATE_CONTAINER_REQUEST_UPLOAD_TYPE_VALUES: set[CreateContainerRequestUploadType] = {
    "resumable",
}


def check_create_container_request_upload_type(
    value: str,
) -> CreateContainerRequestUploadType:
    if value in CREATE_CONTAINER_REQUEST_UPLOAD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONTAINER_REQUEST_UPLOAD_TYPE_VALUES!r}"
    )
