"""Access tokens as value objects whose repr never shows the token, and the one check every
credential passes before it is sent (`clean_credential`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ._exceptions import InvalidCredentialError, ResponseValidationError
from ._redact import register_secret


def clean_credential(value: object, name: str, *, pin: bool = False) -> str:
    """`value` without surrounding whitespace (a token read from a file ends with a newline),
    registered as a secret; InvalidCredentialError when it is not a non-empty string of printable
    ASCII without spaces (a control character would reach the Authorization header, repr-escaped,
    in httpx's error). The message names the problem, never the value.
    """
    if not isinstance(value, str) or not value.strip():
        got = "a blank one" if isinstance(value, str) else type(value).__name__
        raise InvalidCredentialError(
            f"{name} must be a non-empty string (got {got}): pass it exactly as Instagram issued it "
            "(App Dashboard or InstagramOAuth)."
        )
    cleaned = value.strip()
    bad = next((c for c in cleaned if not ("!" <= c <= "~")), None)
    if bad is not None:
        register_secret(cleaned, pin=pin)  # a near-miss of a real secret must not leak either
        kind = (
            "a control character" if not bad.isprintable() else "a space" if bad.isspace() else "a non-ASCII character"
        )
        raise InvalidCredentialError(
            f"{name} holds {kind} (U+{ord(bad):04X}), so it cannot be sent; nothing was sent. Instagram's "
            "credentials are printable ASCII: check how it was read or pasted (quotes, line breaks, a BOM)."
        )
    register_secret(cleaned, pin=pin)
    return cleaned


@dataclass(frozen=True, slots=True)
class AccessToken:
    """An Instagram User access token and what Meta said about it.

    `expires_at` is computed from `expires_in` when the token was received. `repr()` and
    `str()` leave the token out; read `.access_token` to use it.
    """

    access_token: str = field(repr=False)
    token_type: str = "bearer"
    expires_in: int | None = None
    expires_at: datetime | None = None
    user_id: str | None = None
    permissions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "access_token", clean_credential(self.access_token, "AccessToken.access_token"))

    def expires_within(self, delta: timedelta, *, now: datetime | None = None) -> bool:
        """True when the token expires within `delta`, and when the expiry is unknown (a token pasted
        from the App Dashboard may be weeks old: refreshing it is what establishes its expiry)."""
        if self.expires_at is None:
            return True
        return self.expires_at - (now or datetime.now(UTC)) <= delta


def parse_permissions(value: Any) -> tuple[str, ...]:
    """Meta sends granted scopes comma-separated (sometimes as a list)."""
    if isinstance(value, str):
        return tuple(p.strip() for p in value.split(",") if p.strip())
    if isinstance(value, list | tuple):
        return tuple(str(p).strip() for p in value if str(p).strip())
    return ()


def make_token(
    access_token: Any,
    *,
    token_type: Any = "bearer",
    expires_in: Any = None,
    user_id: Any = None,
    permissions: Any = None,
    now: datetime | None = None,
) -> AccessToken:
    """Build an AccessToken from a token response's fields (Unset/None tolerated, except for the
    token itself: a response without one is not a token response)."""
    if not isinstance(access_token, str) or not access_token.strip():
        raise ResponseValidationError(
            f"the token response has no access_token string (got {type(access_token).__name__}); "
            "Instagram returned an undocumented shape"
        )
    try:
        access_token = clean_credential(access_token, "access_token")
    except InvalidCredentialError as error:
        raise ResponseValidationError(f"the token response's {error.message}") from None
    seconds = expires_in if isinstance(expires_in, int) and not isinstance(expires_in, bool) else None
    received = now or datetime.now(UTC)
    return AccessToken(
        access_token=access_token,
        token_type=token_type if isinstance(token_type, str) else "bearer",
        expires_in=seconds,
        expires_at=received + timedelta(seconds=seconds) if seconds is not None else None,
        # user_id is a string in Meta's current docs and an integer in the older ones.
        user_id=str(user_id) if isinstance(user_id, str | int) and not isinstance(user_id, bool) else None,
        permissions=parse_permissions(permissions),
    )
