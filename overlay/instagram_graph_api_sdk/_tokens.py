"""Access tokens as value objects whose repr never shows the token."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ._exceptions import InvalidArgumentError, ResponseValidationError
from ._redact import register_secret


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
        if not isinstance(self.access_token, str) or not self.access_token.strip():
            raise InvalidArgumentError("AccessToken needs the token as a non-empty string")
        register_secret(self.access_token)

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
