"""The SDK's base exception and the errors raised before or around a request: bad setup or
arguments, a closed client, the network, unreadable responses, webhooks and OAuth. The tree with
every class is in `_exceptions` (the public import path); Meta's own error answers are in
`_api_errors`."""

from __future__ import annotations

from typing import Any


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
