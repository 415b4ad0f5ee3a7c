"""Meta's error answers: `InstagramAPIError` and its kinds (authentication, permissions, rate
limits, validation, policy, transient, publishing), and the type guards named as in the
TypeScript SDK. Classification (which answer becomes which class) is in `_classify`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeGuard

from ._errors import APIConnectionError, InstagramError, InvalidResponseError

if TYPE_CHECKING:
    from ._usage import UsageSnapshot


class InstagramAPIError(InstagramError):
    """Meta answered with an error envelope.

    Attributes mirror the envelope: `code`, `subcode`, `type`, `fbtrace_id` (quote it to Meta),
    `is_transient`, `user_title` / `user_message` (localized, safe to show the end user) and the
    HTTP `status_code`.
    """

    hint = "Quote the fbtrace_id if you contact Meta support."

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        subcode: int | None = None,
        type: str | None = None,
        fbtrace_id: str | None = None,
        is_transient: bool | None = None,
        user_title: str | None = None,
        user_message: str | None = None,
        status_code: int | None = None,
        method: str | None = None,
        path: str | None = None,
        usage: UsageSnapshot | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.subcode = subcode
        self.type = type
        self.fbtrace_id = fbtrace_id
        self.is_transient = is_transient
        self.user_title = user_title
        self.user_message = user_message
        self.status_code = status_code
        self.method = method
        self.path = path
        self.usage = usage

    def __str__(self) -> str:
        where = f" on {self.method} {self.path}" if self.method and self.path else ""
        ids = ", ".join(
            f"{name} {value}"
            for name, value in (("code", self.code), ("subcode", self.subcode), ("fbtrace_id", self.fbtrace_id))
            if value is not None
        )
        ids = f" ({ids})" if ids else ""
        message = self.message.rstrip().removesuffix(".")  # the full stop comes after the IDs
        return f"Instagram API error{where}: {message}{ids}. {self.hint}"

    def __repr__(self) -> str:
        fields = ("code", "subcode", "type", "fbtrace_id", "is_transient", "status_code")
        shown = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields if getattr(self, f) is not None)
        return f"{type(self).__name__}({shown})"


class AuthenticationError(InstagramAPIError):
    """The access token is invalid, expired or revoked (code 190 or 102)."""

    hint = (
        "The access token is invalid or expired: send the user through Instagram Login again "
        "(refresh long-lived tokens before their 60 days run out)."
    )


class UserActionRequiredError(AuthenticationError):
    """The user must act in the Instagram app first (checkpoint, unconfirmed or restricted account)."""

    hint = "Ask the user to open the Instagram app and complete the step it shows, then log in again."


class PermissionDeniedError(InstagramAPIError):
    """The token lacks a permission this call needs (codes 3, 10, 200-299)."""

    hint = "Request the missing instagram_business_* scope in the authorization URL (and in App Review)."


class RateLimitError(InstagramAPIError):
    """Instagram is throttling the app or the account; `retry_after` is in seconds when known."""

    hint = "Wait before calling again (see retry_after and client.usage)."

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after

    def __str__(self) -> str:
        text = super().__str__()
        return f"{text} Retry after about {self.retry_after:.0f} s." if self.retry_after else text


class PublishingLimitError(RateLimitError):
    """The account has used its publishing quota for the rolling 24 hours (9/2207042)."""

    hint = "The publishing quota is used up: wait, and read users.get_content_publishing_limit()."


class ValidationError(InstagramAPIError):
    """The request is invalid (code 100 and the media errors); retrying will not help."""

    hint = "Fix the parameter Instagram names in the message; retrying the same request will not help."


class TokenTooNewError(ValidationError):
    """Meta refused to refresh a long-lived token that is less than 24 hours old (code 100).

    https://developers.facebook.com/docs/instagram-platform/reference/refresh_access_token
    """

    hint = (
        "The token is still fresh: a long-lived token can be refreshed once it is at least 24 hours old. "
        "Keep using it and refresh after 24 hours (TokenStore.due() never lists such a token)."
    )


class ShortLivedTokenRefreshError(ValidationError):
    """Meta refused to refresh a short-lived (one hour) token: only long-lived tokens refresh (code 100)."""

    hint = (
        "Exchange the short-lived token for a long-lived one first (InstagramOAuth.get_long_lived_token or "
        "client.auth.exchange_token), then refresh the long-lived token after 24 hours."
    )


class PolicyBlockError(InstagramAPIError):
    """Instagram blocked the action for policy or spam reasons (368, 4/2207051)."""

    hint = "Do not retry automatically: review the content and the account's recent activity."


class TransientError(InstagramAPIError):
    """A temporary problem on Meta's side (codes 1 and 2, is_transient, HTTP 5xx)."""

    hint = "Temporary problem on Instagram's side: retry later with backoff."


class PublishingError(InstagramAPIError):
    """The container cannot be published as it is."""

    hint = "Create a new container."

    def __init__(
        self, message: str, *, container_id: str | None = None, status: str | None = None, **kwargs: Any
    ) -> None:
        super().__init__(message, **kwargs)
        self.container_id = container_id
        self.status = status


class ContainerNotReadyError(PublishingError):
    """The container is still processing (9007/2207027)."""

    hint = "Wait until its status_code is FINISHED (client.publishing.wait_for_container), then publish."


class ContainerExpiredError(PublishingError):
    """The container expired (containers last 24 hours) or its media is gone."""

    hint = "Containers last 24 hours: create a new one."


class PublishUncertainError(InstagramError):
    """media_publish failed without a clear answer and the container may have been published
    (or may still be publishing at Meta). Nothing more was sent; do not create a new container."""

    hint = (
        "It may have been published: check the account's recent media (client.users.get_media()) and the "
        "container's status (client.publishing.get_container_status) before publishing it again, and do "
        "not create a new container for it."
    )

    def __init__(
        self,
        message: str,
        *,
        container_id: str | None = None,
        status_code: str | None = None,
        new_media: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message)
        self.container_id = container_id
        self.status_code = status_code
        self.new_media = new_media


class ContainerFailedError(PublishingError):
    """Instagram could not process the media (status ERROR)."""

    hint = "Check that the media URL is public and the file meets Instagram's specs, then create a new container."


# Guards with the TypeScript SDK's names.
def is_instagram_api_error(error: object) -> TypeGuard[InstagramAPIError]:
    """True for any error Meta answered with an error envelope."""
    return isinstance(error, InstagramAPIError)


def is_authentication_error(error: object) -> TypeGuard[AuthenticationError]:
    """True when the token is invalid or expired: re-authenticate the user."""
    return isinstance(error, AuthenticationError)


def is_rate_limit_error(error: object) -> TypeGuard[RateLimitError]:
    """True when Instagram is throttling: wait before calling again."""
    return isinstance(error, RateLimitError)


def is_validation_error(error: object) -> TypeGuard[ValidationError]:
    """True when the request itself is wrong: fix a parameter."""
    return isinstance(error, ValidationError)


def is_transient_error(error: object) -> TypeGuard[InstagramError]:
    """True when the same request may succeed later (Meta hiccups, throttling, network, 5xx pages)."""
    if isinstance(error, TransientError | RateLimitError | APIConnectionError):
        return not isinstance(error, PublishingLimitError)
    if isinstance(error, InstagramAPIError):
        return bool(error.is_transient)
    if isinstance(error, InvalidResponseError):
        return error.status_code is not None and (error.status_code >= 500 or error.status_code == 429)
    return False
