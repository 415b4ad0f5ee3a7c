"""Exceptions raised by instagram_graph_api_sdk.

Every failure reaches the caller as one of these (never a KeyError, a JSONDecodeError or a raw
httpx error). Messages say what to do and never contain a token, a secret or a full URL.

InstagramError                          base of everything the SDK raises
├── ConfigurationError                  bad client or OAuth setup (raised before any request)
├── InvalidArgumentError                an argument the SDK cannot send (before any request)
│   └── InvalidCredentialError          a token, secret or code that is empty or has control characters
├── LoginTypeError                      the operation needs the other login type (before any request)
├── ClientClosedError                   the client (or the one it was derived from) was closed
├── APIConnectionError                  no HTTP response: DNS, refused, reset, TLS
│   └── APITimeoutError                 no response in time (per-attempt timeout or call deadline)
├── InvalidResponseError                a response the SDK cannot read
│   ├── NonJSONResponseError            not JSON (a proxy's HTML 502 page, say)
│   └── ResponseValidationError         JSON, but not the documented shape
├── WebhookPayloadError                 a webhook body that is not an Instagram notification
├── OAuthError                          the OAuth flow failed (api.instagram.com or the redirect)
│   ├── AuthorizationDeniedError        the user declined (error=access_denied)
│   ├── InvalidAuthorizationCodeError   the code expired, was used, or was mangled
│   ├── OAuthConfigurationError         wrong app ID or secret, or redirect_uri mismatch
│   └── StateMismatchError              the callback's state is not the one sent (CSRF)
└── InstagramAPIError                   Meta answered with a Graph error
    ├── AuthenticationError             token invalid, expired or revoked (190, 102)
    │   └── UserActionRequiredError     the user must act in the app (checkpoint 459, 490, 464)
    ├── PermissionDeniedError           a permission is missing (3, 10, 200-299)
    ├── RateLimitError                  throttled (4, 17, 32, 341, 613, 80000-80014)
    │   └── PublishingLimitError        the 24-hour publishing quota is used up (9/2207042)
    ├── ValidationError                 the request is wrong (100, media errors)
    │   ├── TokenTooNewError            refresh refused: the token is under 24 hours old
    │   └── ShortLivedTokenRefreshError refresh refused: only long-lived tokens refresh
    ├── PolicyBlockError                blocked for policy or spam (368, 4/2207051)
    ├── TransientError                  a temporary Meta-side problem (1, 2, is_transient, 5xx)
    └── PublishingError                 a container cannot be published as it is
        ├── ContainerNotReadyError      still processing (9007/2207027)
        ├── ContainerExpiredError       expired (2207020, 2207006, status EXPIRED)
        └── ContainerFailedError        processing failed (status ERROR, 2207032, 2207053)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeGuard

if TYPE_CHECKING:
    from ._usage import UsageSnapshot

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AuthenticationError",
    "AuthorizationDeniedError",
    "ClientClosedError",
    "ConfigurationError",
    "ContainerExpiredError",
    "ContainerFailedError",
    "ContainerNotReadyError",
    "InstagramAPIError",
    "InstagramError",
    "InvalidArgumentError",
    "InvalidCredentialError",
    "InvalidAuthorizationCodeError",
    "InvalidResponseError",
    "LoginTypeError",
    "NonJSONResponseError",
    "OAuthConfigurationError",
    "OAuthError",
    "PermissionDeniedError",
    "PolicyBlockError",
    "PublishingError",
    "PublishingLimitError",
    "RateLimitError",
    "ResponseValidationError",
    "ShortLivedTokenRefreshError",
    "StateMismatchError",
    "TokenTooNewError",
    "TransientError",
    "UserActionRequiredError",
    "ValidationError",
    "WebhookPayloadError",
    "is_authentication_error",
    "is_instagram_api_error",
    "is_rate_limit_error",
    "is_transient_error",
    "is_validation_error",
]


def _sentence(text: str) -> str:
    """`text` ending with a full stop, so a hint after it reads as a new sentence."""
    text = text.rstrip()
    return text if not text or text[-1] in ".!?" else text + "."


def _rebuild(cls: type[InstagramError], args: tuple[Any, ...], state: dict[str, Any]) -> InstagramError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class InstagramError(Exception):
    """Base class of every exception the SDK raises."""

    hint = ""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        if not self.hint or self.hint in self.message:
            return self.message
        return f"{_sentence(self.message)} {self.hint}"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors defeat Exception's default pickling; rebuild from state.
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class ConfigurationError(InstagramError, ValueError):
    """The client or OAuth helper was configured in a way that cannot work."""


class InvalidArgumentError(InstagramError, ValueError):
    """A method received an argument it cannot turn into a request."""


class InvalidCredentialError(ConfigurationError, InvalidArgumentError):
    """An access token, app secret or authorization code that cannot be sent as it is: empty, or
    holding control characters, spaces or non-ASCII characters. Nothing was sent, and the message
    never repeats the value."""


class InvalidIdError(InvalidArgumentError):
    """An object ID (a path parameter) that is not an ID: empty, `.`/`..`, None, a bool, a list,
    or text with `/`, `?`, `#`, whitespace or control characters. Nothing was sent."""

    def __init__(self, message: str, *, parameter: str | None = None) -> None:
        super().__init__(message)
        self.parameter = parameter


class ClientClosedError(InstagramError, RuntimeError):
    """The client (or the client it was derived from) was closed; nothing was sent."""


class LoginTypeError(InstagramError):
    """The operation is not available with this client's login type; nothing was sent."""

    def __init__(self, message: str, *, operation: str, required: str) -> None:
        super().__init__(message)
        self.operation = operation
        self.required = required


class APIConnectionError(InstagramError):
    """No usable HTTP response (DNS failure, connection refused or reset, TLS error)."""

    hint = "Check the network, DNS and any proxy (HTTPS_PROXY) between you and that host, then try again."

    def __init__(self, message: str, *, method: str | None = None, path: str | None = None) -> None:
        super().__init__(message)
        self.method = method
        self.path = path


# The TypeScript SDK's name for a failure without an HTTP response.
NetworkError = APIConnectionError


class APITimeoutError(APIConnectionError):
    """No response within the timeout or the call's overall deadline."""

    hint = "Retry later, or raise `timeout=` / `deadline=` on the client."


class InvalidResponseError(InstagramError):
    """Instagram (or something in between) answered with a body the SDK cannot read."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        content_type: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.content_type = content_type
        self.method = method
        self.path = path


class NonJSONResponseError(InvalidResponseError):
    """The response body is not JSON (an HTML error page from a proxy, say)."""

    hint = "Usually a proxy or an outage between you and Instagram; retry later."


class ResponseValidationError(InvalidResponseError):
    """The response is JSON but does not have the documented shape."""

    hint = "Instagram returned an undocumented shape; please report it with the operation name."


class ResponseTooLargeError(InvalidResponseError):
    """The response is larger than `max_response_bytes` (decoded); the SDK stopped reading it."""

    def __init__(
        self,
        message: str,
        *,
        limit: int,
        status_code: int | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message, status_code=status_code, method=method, path=path)
        self.limit = limit


class WebhookPayloadError(InstagramError, ValueError):
    """A webhook body that is not JSON or not an Instagram notification (verify the signature first)."""


class OAuthError(InstagramError):
    """The OAuth flow failed: api.instagram.com's error envelope or an error redirect."""

    hint = "Send the user through Instagram Login again."

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        error_type: str | None = None,
        error_reason: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.error_type = error_type
        self.error_reason = error_reason


class AuthorizationDeniedError(OAuthError):
    """The user declined the authorization request (error=access_denied)."""

    hint = "The user chose not to connect; offer to try again."


class InvalidAuthorizationCodeError(OAuthError):
    """The authorization code expired (1 hour), was already used, or was mangled (keep no `#_`)."""

    hint = "Codes are single-use and short-lived: restart Instagram Login; never retry the exchange."


class OAuthConfigurationError(OAuthError):
    """The app credentials or redirect_uri do not match the app's settings."""

    hint = (
        "Use the Instagram app ID and secret (App Dashboard > Instagram > API setup), not the Meta app's, "
        "and the exact redirect_uri registered there."
    )


class StateMismatchError(OAuthError):
    """The `state` in the callback is missing or not the one the authorization URL carried."""

    hint = "Possible CSRF or a stale tab: discard the callback and start Instagram Login again."


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
