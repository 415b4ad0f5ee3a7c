"""Instagram Business Login as pure functions: build each request, parse each response.

No I/O here; `_oauth_client.py` sends the requests (sync and async), and `_oauth_responses`
parses what comes back. Requests come from the generated operations (authorize,
get_short_lived_token, exchange_token), so hosts, paths and parameters are the spec's.
https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/business-login
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Sequence
from typing import NamedTuple
from urllib.parse import parse_qs, urlsplit

import httpx

from . import _exceptions as exc
from ._constants import ALL_SCOPES, DEFAULT_SCOPES
from ._oauth_responses import (  # the token responses' parsing, kept importable from here
    TokenStep,
    parse_long_lived_token,
    parse_refreshed_token,
    parse_short_lived_token,
)
from ._options import require_https
from ._redact import redact, strip_controls
from ._scopes import normalize_scopes
from ._tokens import clean_credential


class AuthorizationURL(NamedTuple):
    """The URL to send the user to, and the `state` it carries (keep it to check the callback)."""

    url: str
    state: str


class Callback(NamedTuple):
    """What the redirect back to your app carried. `repr()` leaves the code out (it is a credential
    until it is exchanged); read `.code` to use it."""

    code: str
    state: str | None

    def __repr__(self) -> str:
        return f"Callback(code=<redacted>, state={self.state!r})"


def default_scopes() -> list[str]:
    """The TypeScript SDK's defaults: basic, messages, comments, content publishing."""
    return list(DEFAULT_SCOPES)


def all_scopes() -> list[str]:
    """Every Instagram Login scope, insights included."""
    return list(ALL_SCOPES)


def _base(operation_id: str, base_url: str | None) -> str:
    from instagram_graph_api_client._operations import OPERATIONS

    server = OPERATIONS[operation_id].server
    if base_url is None:
        return server
    return base_url.rstrip("/") + server[len("/".join(server.split("/", 3)[:3])) :]


def strip_code(code: str) -> str:
    """Instagram appends `#_` to the redirect; it is not part of the code."""
    code = code.strip()
    return code[:-2] if code.endswith("#_") else code


def _code(code: object) -> str:
    """The authorization code, without `#_`, checked and registered as a secret: a web framework
    may pass `code=` straight from the query string, without `parse_callback`."""
    return clean_credential(strip_code(code) if isinstance(code, str) else code, "code")


def check_redirect_uri(redirect_uri: str) -> None:
    """https only (the code travels in it), except plain http to a loopback address (development):
    the same rule as every configurable host (`_options.require_https`)."""
    require_https(redirect_uri, "redirect_uri")


def _plain(text: str, limit: int = 200) -> str:
    """Meta-supplied (or forged) text made safe to put in a message or a log line: no control or
    bidi characters (no forged log lines), no secrets, bounded."""
    return redact(strip_controls(text)).strip()[:limit]


def authorization_url(
    *,
    client_id: str,
    redirect_uri: str,
    scopes: str | Sequence[str] | None = None,
    state: str | None = None,
    force_authentication: bool | None = None,
    enable_fb_login: bool | None = None,
    base_url: str | None = None,
    force_reauth: bool | None = None,
) -> AuthorizationURL:
    """The www.instagram.com/oauth/authorize URL. A random `state` (256 bits) is made when none is given.

    `force_reauth=True` makes Instagram ask for the user's credentials again (Meta's parameter
    since 2025-06-14); `enable_fb_login=False` hides the Log in with Facebook option (Meta's
    default is true). `force_authentication` is deprecated by Meta in favour of `force_reauth`.
    `scopes` is a list or a comma-separated string of Instagram Login scopes (the defaults when
    None); unknown ones raise ConfigurationError with the right name. `redirect_uri` must be https
    (plain http only on loopback).
    """
    from instagram_graph_api_client.api.auth import authorize

    if not client_id or not redirect_uri:
        raise exc.ConfigurationError("client_id (the Instagram app ID) and redirect_uri are required")
    check_redirect_uri(redirect_uri)
    state = state or secrets.token_urlsafe(32)
    kwargs = authorize.build_request(
        client_id=client_id,
        redirect_uri=redirect_uri,
        response_type="code",
        scope=",".join(normalize_scopes(scopes)),
        state=state,
        force_authentication=int(force_authentication) if force_authentication is not None else None,  # type: ignore[arg-type]
        enable_fb_login=enable_fb_login,  # type: ignore[arg-type]
        force_reauth=force_reauth,  # type: ignore[arg-type]
    )
    url = httpx.URL(_base("authorize", base_url) + kwargs["url"], params=kwargs["params"])
    return AuthorizationURL(str(url), state)


def parse_callback(url: str, *, expected_state: str | None = None, verify_state: bool = True) -> Callback:
    """Read the redirect URL: the code (without `#_`) and state, or a typed error.

    `expected_state` is required: the state from `build_authorization_url`, kept in the user's
    session. The callback's state is compared with it (as UTF-8 bytes, in constant time) before
    anything else is believed: a missing or different state raises StateMismatchError, even on
    an `error=` callback, whose text an attacker could have written. Then `error=access_denied`
    raises AuthorizationDeniedError and other errors OAuthError, with Meta's text stripped of
    control characters. `verify_state=False` skips the check, for apps that check the state
    themselves (and only they).
    """
    if verify_state:
        if expected_state is None:
            raise exc.ConfigurationError(
                "parse_callback needs expected_state=: the state from build_authorization_url(), kept in the "
                "user's session, so a forged callback (CSRF) is refused. Pass verify_state=False only if you "
                "check the state yourself."
            )
        if not isinstance(expected_state, str) or not expected_state:
            raise exc.ConfigurationError(
                "expected_state is empty or not a string: the session lost the state, so the callback cannot be "
                "trusted; start Instagram Login again."
            )
    elif expected_state is not None:
        raise exc.ConfigurationError("pass either expected_state= or verify_state=False, not both")
    query = parse_qs(urlsplit(url).query, errors="replace")

    def first(name: str) -> str | None:
        values = query.get(name)
        return values[0] if values else None

    state = first("state")
    error = first("error")
    if verify_state and (state is None or not _same_state(state, expected_state or "")):
        how = "missing" if state is None else "not the one in the authorization URL"
        ignored = " (its error= and error_description were ignored)" if error else ""
        raise exc.StateMismatchError(f"the callback's state is {how}; nothing in it was trusted{ignored}")
    if error:
        description = _plain(first("error_description") or error)
        kind = exc.AuthorizationDeniedError if error == "access_denied" else exc.OAuthError
        reason = first("error_reason")
        raise kind(
            f"Instagram Login failed: {description}",
            error_type=_plain(error, 80),
            error_reason=_plain(reason, 80) if reason is not None else None,
        )
    code = first("code")
    if not code or not strip_code(code):
        raise exc.OAuthError("the callback URL has neither a code nor an error; was it the redirect from Instagram?")
    return Callback(_code(code), state)


def _same_state(received: str, expected: str) -> bool:
    """Constant-time comparison of the UTF-8 bytes (compare_digest refuses non-ASCII str)."""
    return hmac.compare_digest(received.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass"))


def short_lived_token_request(
    *, client_id: str, client_secret: str, code: str, redirect_uri: str, base_url: str | None = None
) -> httpx.Request:
    """POST api.instagram.com/oauth/access_token (form fields). Single-use: never resend it."""
    from instagram_graph_api_client.api.auth import get_short_lived_token
    from instagram_graph_api_client.models.short_lived_token_request import ShortLivedTokenRequest

    client_secret = clean_credential(client_secret, "client_secret", pin=True)
    body = ShortLivedTokenRequest(
        client_id=client_id,
        client_secret=client_secret,
        grant_type="authorization_code",
        redirect_uri=redirect_uri,
        code=_code(code),
    )
    kwargs = get_short_lived_token.build_request(body=body)
    base = _base("get_short_lived_token", base_url)
    return httpx.Request(kwargs["method"], base + kwargs["url"], data=kwargs["data"], headers=kwargs["headers"])


def long_lived_token_request(*, client_secret: str, access_token: str, base_url: str | None = None) -> httpx.Request:
    """GET graph.instagram.com/access_token?grant_type=ig_exchange_token (unversioned)."""
    from instagram_graph_api_client.api.auth import exchange_token

    client_secret = clean_credential(client_secret, "client_secret", pin=True)
    access_token = clean_credential(access_token, "access_token")
    kwargs = exchange_token.build_request(
        grant_type="ig_exchange_token", client_secret=client_secret, access_token=access_token
    )
    return httpx.Request(kwargs["method"], _base("exchange_token", base_url) + kwargs["url"], params=kwargs["params"])


def refresh_token_request(*, access_token: str, base_url: str | None = None) -> httpx.Request:
    """GET graph.instagram.com/refresh_access_token?grant_type=ig_refresh_token (unversioned).
    https://developers.facebook.com/docs/instagram-platform/reference/refresh_access_token"""
    from instagram_graph_api_client.api.auth import refresh_token

    access_token = clean_credential(access_token, "access_token")
    kwargs = refresh_token.build_request(grant_type="ig_refresh_token", access_token=access_token)
    return httpx.Request(kwargs["method"], _base("refresh_token", base_url) + kwargs["url"], params=kwargs["params"])


__all__ = [
    "AuthorizationURL",
    "Callback",
    "TokenStep",
    "all_scopes",
    "authorization_url",
    "check_redirect_uri",
    "default_scopes",
    "long_lived_token_request",
    "parse_callback",
    "parse_long_lived_token",
    "parse_refreshed_token",
    "parse_short_lived_token",
    "refresh_token_request",
    "short_lived_token_request",
    "strip_code",
]
