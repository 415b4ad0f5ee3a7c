from typing import Literal

AuthorizeResponseType = Literal["code"]

AUTHORIZE_RESPONSE_TYPE_VALUES: set[AuthorizeResponseType] = {
    "code",
}


def check_authorize_response_type(value: str) -> AuthorizeResponseType:
    if value in AUTHORIZE_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTHORIZE_RESPONSE_TYPE_VALUES!r}"
    )
