from typing import Literal

AuthorizeEnableFbLogin = Literal[0, 1]

AUTHORIZE_ENABLE_FB_LOGIN_VALUES: set[AuthorizeEnableFbLogin] = {
    0,
    1,
}


def check_authorize_enable_fb_login(value: int) -> AuthorizeEnableFbLogin:
    if value in AUTHORIZE_ENABLE_FB_LOGIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTHORIZE_ENABLE_FB_LOGIN_VALUES!r}"
    )
