"""Turn an error response into an exception: a total parser and one classification table.

Pure functions only. `parse_error_body` (in `_error_body`, re-exported here) never raises,
whatever the bytes. Classification looks at `code`, `error_subcode` and `is_transient`, not at the HTTP status: Meta
answers 400 for throttling, token and input errors alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from . import _exceptions as exc
from ._error_body import ErrorInfo, parse_error_body
from ._usage import UsageSnapshot

__all__ = ["ErrorInfo", "build_error", "classify", "oauth_error", "parse_error_body", "token_advice"]

GRAPH_ERRORS = "https://developers.facebook.com/docs/graph-api/guides/error-handling"
IG_ERRORS = "https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/error-codes"
RATE_LIMITS = "https://developers.facebook.com/docs/graph-api/overview/rate-limiting"
BUSINESS_LOGIN = (
    "https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/business-login"
)


class Rule(NamedTuple):
    codes: frozenset[int]
    subcodes: frozenset[int] | None  # None: any subcode
    error: type[exc.InstagramAPIError]
    doc: str


def _rule(
    codes: range | tuple[int, ...], subcodes: tuple[int, ...] | None, error: type[exc.InstagramAPIError], doc: str
) -> Rule:
    return Rule(frozenset(codes), frozenset(subcodes) if subcodes is not None else None, error, doc)


# First match wins; more specific (code, subcode) rows come before their code's general row.
RULES: tuple[Rule, ...] = (
    # Sessions the user must fix in the app: checkpoint (459, 490), unconfirmed (464).
    _rule((190, 102), (459, 464, 490), exc.UserActionRequiredError, GRAPH_ERRORS),
    # Invalid, expired (463), password changed (460), logged out (467), app removed (458), ...
    _rule((190, 102), None, exc.AuthenticationError, GRAPH_ERRORS),
    # Account restricted or inactive: the user must sign in to the Instagram app.
    _rule((25,), (2207050,), exc.UserActionRequiredError, IG_ERRORS),
    # Code 4 with 2207051 is a spam/activity restriction, not throttling: check before 4.
    _rule((4,), (2207051,), exc.PolicyBlockError, IG_ERRORS),
    _rule((368,), None, exc.PolicyBlockError, GRAPH_ERRORS),
    _rule((9,), (2207042,), exc.PublishingLimitError, IG_ERRORS),
    _rule((9007,), (2207027,), exc.ContainerNotReadyError, IG_ERRORS),
    _rule((-2,), (2207020,), exc.ContainerExpiredError, IG_ERRORS),
    _rule((24,), (2207006,), exc.ContainerExpiredError, IG_ERRORS),
    _rule((-1,), (2207032, 2207053), exc.ContainerFailedError, IG_ERRORS),
    # "Instagram server error" (2207001), "took too long to download" (2207003), "media
    # builder expired, retry in 30 s to 2 min" (2207008): temporary.
    _rule((-1, -2, 24), (2207001, 2207003, 2207008), exc.TransientError, IG_ERRORS),
    _rule((1,), (2207057,), exc.ValidationError, IG_ERRORS),  # thumb_offset out of range, before code 1
    _rule((1, 2), None, exc.TransientError, GRAPH_ERRORS),
    # Throttling: app (4), user (17), page (32), application limit (341), custom (613), and
    # Business Use Case limits (80000 ads insights, 80001 pages, 80002 Instagram, ...).
    _rule((4, 17, 32, 341, 613), None, exc.RateLimitError, RATE_LIMITS),
    _rule(range(80000, 80015), None, exc.RateLimitError, RATE_LIMITS),
    _rule((3, 10, *range(200, 300)), None, exc.PermissionDeniedError, GRAPH_ERRORS),
    # Invalid parameters and media that can never be published as sent.
    _rule((100,), None, exc.ValidationError, GRAPH_ERRORS),
    _rule((36000, 36001, 36003, 36004, 352, 9004, 506, 1609005), None, exc.ValidationError, IG_ERRORS),
)


# Refresh refusals share code 100 with every invalid parameter; only the message tells them apart.
# Meta does not document the wording (refresh_access_token says "at least 24 hours old" and
# "long-lived"), so these needles match Meta's terms rather than one exact sentence.
_REFRESH_MESSAGES: tuple[tuple[tuple[str, ...], type[exc.ValidationError]], ...] = (
    (("too new", "at least 24 hours", "24 hours old"), exc.TokenTooNewError),
    (("only long-lived", "short-lived token", "short lived token"), exc.ShortLivedTokenRefreshError),
)


def _refresh_refusal(message: str | None) -> type[exc.ValidationError] | None:
    lowered = (message or "").lower()
    for needles, error in _REFRESH_MESSAGES:
        if "refresh" in lowered and any(needle in lowered for needle in needles):
            return error
    return None


def classify(info: ErrorInfo, status_code: int | None = None) -> type[exc.InstagramAPIError]:
    """The exception class for a Graph error (the table above, then is_transient, then status).

    Meta's own `is_transient` flag outranks the table in one direction: `is_transient: false`
    turns a row the table calls temporary (codes 1 and 2, the media 2207001/3/8 rows, a bare 5xx)
    into the base `InstagramAPIError`, which is never retried (a code 1 with a user-facing message
    and `is_transient: false` will not go away by resending). `is_transient: true` makes an
    otherwise unknown error a `TransientError`; it never overrides a more specific row.
    """
    not_transient = info.is_transient is False
    if info.code is not None:
        for rule in RULES:
            if info.code in rule.codes and (rule.subcodes is None or info.subcode in rule.subcodes):
                if rule.error is exc.TransientError and not_transient:
                    return exc.InstagramAPIError
                if rule.error is exc.ValidationError and info.code == 100:
                    return _refresh_refusal(info.message) or rule.error
                return rule.error
    if info.is_transient:
        return exc.TransientError
    if info.code is None and status_code is not None:
        if status_code == 429:
            return exc.RateLimitError
        if status_code >= 500:
            return exc.InstagramAPIError if not_transient else exc.TransientError
        if status_code == 401:
            return exc.AuthenticationError
        if status_code == 403:
            return exc.PermissionDeniedError
    return exc.InstagramAPIError


# api.instagram.com has no error codes, only messages; these are the ones seen in the wild
# (../shared/reference/reliability-security.md §1.2).
_OAUTH_MESSAGES: tuple[tuple[tuple[str, ...], type[exc.OAuthError]], ...] = (
    (
        (
            "matching code",
            "code was not found",
            "authorization code",
            "already used",
            "code has expired",
            "no matching code",
        ),
        exc.InvalidAuthorizationCodeError,
    ),
    (
        (
            "redirect_uri",
            "redirect uri",
            "invalid platform app",
            "invalid scope",
            "client_secret",
            "client secret",
            "invalid client",
            "response type",
        ),
        exc.OAuthConfigurationError,
    ),
)


def oauth_error(info: ErrorInfo, status_code: int | None) -> exc.OAuthError:
    message = info.message or f"Instagram's OAuth endpoint answered HTTP {status_code} without a message"
    lowered = message.lower()
    for needles, error in _OAUTH_MESSAGES:
        if any(needle in lowered for needle in needles):
            return error(message, status_code=status_code, error_type=info.type)
    return exc.OAuthError(message, status_code=status_code, error_type=info.type)


def _retry_after(headers: Mapping[str, str], usage: UsageSnapshot | None) -> float | None:
    if usage is not None and usage.regain_access_after:
        return usage.regain_access_after
    raw = headers.get("retry-after")
    if raw is not None:
        try:
            seconds = float(raw)
        except ValueError:
            return None
        # Honour it only within reason (openai-python caps at 60 s; Meta does not document it).
        return seconds if 0 < seconds <= 3600 else None
    return None


def token_advice(token: str, login: str) -> str | None:
    """What a token Meta refused looks like, when its shape explains the refusal better than
    "expired": Instagram Login issues IG... tokens, Facebook Login EAA... ones."""
    if login == "instagram" and token.startswith("EAA"):
        return (
            "This looks like a Facebook Login token (it starts with EAA), and this client uses Instagram Login: "
            "create it with InstagramClient(token, login='facebook', ig_user_id=...), or get an Instagram Login "
            "token (it starts with IG)."
        )
    if login == "facebook" and token.startswith("IG"):
        return (
            "This looks like an Instagram Login token (it starts with IG), and this client uses Facebook Login: "
            "create it without login='facebook'."
        )
    return None


def build_error(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    method: str | None = None,
    path: str | None = None,
    usage: UsageSnapshot | None = None,
    oauth_host: bool = False,
    token_advice: str | None = None,
) -> exc.InstagramError:
    """The exception for an HTTP error response. `path` must already be free of secrets;
    `token_advice` (see `token_advice()`) replaces the hint of an authentication error."""
    info = parse_error_body(body)
    content_type = headers.get("content-type")
    if info.envelope == "non-json":
        return exc.NonJSONResponseError(
            f"Instagram answered HTTP {status_code} with a body that is not JSON ({content_type or 'no content type'})",
            status_code=status_code,
            content_type=content_type,
            method=method,
            path=path,
        )
    if info.envelope in ("oauth", "legacy") or (oauth_host and info.envelope != "graph"):
        return oauth_error(info, status_code)
    error_class = classify(info, status_code)
    message = info.message or (
        f"HTTP {status_code} without an error description" if info.envelope != "graph" else "no message"
    )
    kwargs: dict[str, Any] = {
        "code": info.code,
        "subcode": info.subcode,
        "type": info.type,
        "fbtrace_id": info.fbtrace_id,
        "is_transient": info.is_transient,
        "user_title": info.user_title,
        "user_message": info.user_message,
        "status_code": status_code,
        "method": method,
        "path": path,
        "usage": usage,
    }
    if issubclass(error_class, exc.RateLimitError):
        return error_class(message, retry_after=_retry_after(headers, usage), **kwargs)
    error = error_class(message, **kwargs)
    if token_advice and error_class is exc.AuthenticationError:
        error.hint = token_advice  # the token's shape explains it; "log in again" would not help
    return error
