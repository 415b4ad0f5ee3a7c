from typing import Literal

ExchangeTokenGrantType = Literal["ig_exchange_token"]

EXCHANGE_TOKEN_GRANT_TYPE_VALUES: set[ExchangeTokenGrantType] = {
    "ig_exchange_token",
}


def check_exchange_token_grant_type(value: str) -> ExchangeTokenGrantType:
    if value in EXCHANGE_TOKEN_GRANT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXCHANGE_TOKEN_GRANT_TYPE_VALUES!r}"
    )
