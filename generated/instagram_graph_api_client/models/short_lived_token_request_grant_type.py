from typing import Literal

ShortLivedTokenRequestGrantType = Literal["authorization_code"]

SHORT_LIVED_TOKEN_REQUEST_GRANT_TYPE_VALUES: set[ShortLivedTokenRequestGrantType] = {
    "authorization_code",
}


def check_short_lived_token_request_grant_type(
    value: str,
) -> ShortLivedTokenRequestGrantType:
    if value in SHORT_LIVED_TOKEN_REQUEST_GRANT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHORT_LIVED_TOKEN_REQUEST_GRANT_TYPE_VALUES!r}"
    )
