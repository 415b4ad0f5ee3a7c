from typing import Literal

AuthorizeForceAuthentication = Literal[0, 1]

AUTHORIZE_FORCE_AUTHENTICATION_VALUES: set[AuthorizeForceAuthentication] = {
    0,
    1,
}


def check_authorize_force_authentication(value: int) -> AuthorizeForceAuthentication:
    if value in AUTHORIZE_FORCE_AUTHENTICATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTHORIZE_FORCE_AUTHENTICATION_VALUES!r}"
    )
