from typing import Literal

RefreshTokenGrantType = Literal["ig_refresh_token"]

REFRESH_TOKEN_GRANT_TYPE_VALUES: set[RefreshTokenGrantType] = {
    "ig_refresh_token",
}


def check_refresh_token_grant_type(value: str) -> RefreshTokenGrantType:
    if value in REFRESH_TOKEN_GRANT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFRESH_TOKEN_GRANT_TYPE_VALUES!r}"
    )
