"""FakeInstagram's OAuth and token endpoints, with Meta's documented rules.

* Codes are single-use and live one hour; a reused code fails with Meta's message.
* Short-lived tokens live one hour, long-lived ones 60 days.
* Refresh needs a long-lived token at least 24 hours old and not expired. Meta does not
  document the exact error for a too-young token; the fake answers code 100 with a message
  that says so plainly.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

from .._constants import REFRESH_MIN_AGE
from ._call import Call
from ._http import FakeResponse, authenticate, graph_error, oauth_error

CODE_LIFETIME = timedelta(hours=1)


def authorize(call: Call) -> FakeResponse:
    """www.instagram.com/oauth/authorize: consent is automatic (or denied when asked to)."""
    state, params = call.state, call.request.params
    if params.get("client_id") != state.client_id:
        return FakeResponse(400, "<html><body>Invalid platform app</body></html>", "authorize")
    redirect_uri = params.get("redirect_uri", "")
    if redirect_uri not in state.redirect_uris:
        return FakeResponse(400, "<html><body>Invalid redirect_uri</body></html>", "authorize")
    if params.get("response_type") != "code":
        return FakeResponse(
            400, '<html><body>Only response type "code" and "token" is allowed</body></html>', "authorize"
        )
    scopes = tuple(s for s in params.get("scope", "").replace(" ", ",").split(",") if s)
    if not scopes or any(not s.startswith("instagram_business_") for s in scopes):
        return FakeResponse(400, "<html><body>Invalid scope field(s)</body></html>", "authorize")
    query: dict[str, str]
    if state.take_denial():
        query = {
            "error": "access_denied",
            "error_reason": "user_denied",
            "error_description": "The user denied your request",
        }
    else:
        query = {"code": state.issue_code(redirect_uri, scopes).value}
    if params.get("state"):
        query["state"] = params["state"]
    location = f"{redirect_uri}?{urlencode(query)}#_"  # Meta appends #_ to the redirect
    return FakeResponse(302, "", "authorize", {"location": location})


def short_lived_token(call: Call) -> FakeResponse:
    """api.instagram.com/oauth/access_token (form POST)."""
    state, params = call.state, call.request.params
    if params.get("client_id") != state.client_id:
        return oauth_error("Invalid platform app")
    if params.get("client_secret") != state.client_secret:
        return oauth_error("Error validating client secret.")
    if params.get("grant_type") != "authorization_code":
        return oauth_error("Invalid grant_type")
    code = state.codes.get(params.get("code", ""))
    if code is None or code.used or state.now() - code.issued > CODE_LIFETIME:
        return oauth_error("Matching code was not found or was already used")
    code.used = True  # single use, even when the next check fails
    if params.get("redirect_uri") != code.redirect_uri:
        return oauth_error(
            "Error validating verification code. Please make sure your redirect_uri is identical to the one you used "
            "in the OAuth dialog request"
        )
    token = state.issue_token("short", code.scopes)
    permissions = ",".join(token.scopes)
    if state.legacy_token_shape:  # the older reference: flat, with an integer user_id
        return FakeResponse(200, {"access_token": token.value, "user_id": int(state.user_id)}, "get_short_lived_token")
    body = {"data": [{"access_token": token.value, "user_id": state.user_id, "permissions": permissions}]}
    return FakeResponse(200, body, "get_short_lived_token")


def _token_body(value: str, seconds: int, permissions: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"access_token": value, "token_type": "bearer", "expires_in": seconds}
    if permissions:
        body["permissions"] = permissions
    return body


def exchange_token(call: Call) -> FakeResponse:
    """graph.instagram.com/access_token?grant_type=ig_exchange_token."""
    state, request, op = call.state, call.request, call.operation_id
    if request.params.get("grant_type") != "ig_exchange_token":
        return graph_error(100, "Unsupported grant_type", operation_id=op)
    if request.params.get("client_secret") != state.client_secret:
        return graph_error(100, "Error validating client secret.", operation_id=op)
    token = authenticate(state, request, op)
    if isinstance(token, FakeResponse):
        return token
    long_lived = state.issue_token("long", token.scopes)
    seconds = int((long_lived.expires - state.now()).total_seconds())
    return FakeResponse(200, _token_body(long_lived.value, seconds), op)


def refresh_token(call: Call) -> FakeResponse:
    """graph.instagram.com/refresh_access_token?grant_type=ig_refresh_token (another method: see _routing)."""
    state, request, op = call.state, call.request, call.operation_id
    if request.params.get("grant_type") != "ig_refresh_token":
        return graph_error(100, "Unsupported grant_type", operation_id=op)
    token = authenticate(state, request, op)
    if isinstance(token, FakeResponse):
        return token
    if token.kind != "long":
        return graph_error(100, "Only long-lived access tokens can be refreshed", operation_id=op)
    if state.now() - token.issued < REFRESH_MIN_AGE:
        return graph_error(
            100, "The access token is too new to refresh: it must be at least 24 hours old", operation_id=op
        )
    refreshed = state.issue_token("long", token.scopes)
    seconds = int((refreshed.expires - state.now()).total_seconds())
    return FakeResponse(200, _token_body(refreshed.value, seconds, ",".join(token.scopes)), op)
