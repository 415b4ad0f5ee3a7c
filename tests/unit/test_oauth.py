"""Instagram Business Login: URL, callback, code exchange (both shapes), long-lived token."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from helpers import FAKE_SECRET, Recorder, json_response

import instagram_graph_api_sdk as sdk
from instagram_graph_api_sdk import _oauth

APP = "990602627938098"
REDIRECT = "https://example.com/instagram/callback"
SHORT = {
    "data": [
        {
            "access_token": "short-token",
            "user_id": "17841400000000001",
            "permissions": "instagram_business_basic,instagram_business_content_publish",
        }
    ]
}
SHORT_FLAT = {"access_token": "short-token", "user_id": 17841400000000001}
LONG = {"access_token": "long-token", "token_type": "bearer", "expires_in": 5183944}


def query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def test_authorization_url_uses_meta_parameters_and_makes_a_state() -> None:
    auth = sdk.InstagramOAuth.build_authorization_url(client_id=APP, redirect_uri=REDIRECT)
    assert auth.url.startswith("https://www.instagram.com/oauth/authorize?")
    params = query(auth.url)
    assert params == {
        "client_id": APP,
        "redirect_uri": REDIRECT,
        "response_type": "code",
        "state": auth.state,
        "scope": "instagram_business_basic,instagram_business_manage_messages,"
        "instagram_business_manage_comments,instagram_business_content_publish",
    }
    assert len(auth.state) >= 40  # 32 random bytes, URL-safe
    other = sdk.InstagramOAuth.build_authorization_url(client_id=APP, redirect_uri=REDIRECT)
    assert other.state != auth.state
    url, state = sdk.InstagramOAuth.build_authorization_url(
        client_id=APP,
        redirect_uri=REDIRECT,
        scopes=sdk.InstagramOAuth.get_all_scopes(),
        state="mine",
        force_reauth=True,
        enable_fb_login=False,
    )
    params = query(url)
    assert state == "mine"
    # Meta's business-login table: force_reauth and enable_fb_login are booleans (true/false)
    assert params["force_reauth"] == "true"
    assert params["enable_fb_login"] == "false"
    assert "force_authentication" not in params  # deprecated by Meta on 2025-06-14
    assert params["scope"].endswith("instagram_business_manage_insights")
    legacy = query(
        sdk.InstagramOAuth.build_authorization_url(
            client_id=APP, redirect_uri=REDIRECT, force_authentication=True, enable_fb_login=True, force_reauth=False
        ).url
    )
    assert (legacy["force_authentication"], legacy["enable_fb_login"], legacy["force_reauth"]) == ("1", "true", "false")


def test_async_oauth_exposes_force_reauth_too() -> None:
    url = sdk.AsyncInstagramOAuth.build_authorization_url(client_id=APP, redirect_uri=REDIRECT, force_reauth=True).url
    assert query(url)["force_reauth"] == "true"


def test_scopes() -> None:
    assert sdk.InstagramOAuth.get_default_scopes() == [
        "instagram_business_basic",
        "instagram_business_manage_messages",
        "instagram_business_manage_comments",
        "instagram_business_content_publish",
    ]
    assert sdk.InstagramOAuth.get_all_scopes()[-1] == "instagram_business_manage_insights"


def test_parse_callback_strips_the_trailing_hash() -> None:
    callback = sdk.InstagramOAuth.parse_callback(f"{REDIRECT}?code=AQD-code_1&state=st#_", expected_state="st")
    assert callback == sdk.Callback("AQD-code_1", "st")
    assert sdk.InstagramOAuth.parse_callback(f"{REDIRECT}?code=AQD%23_", verify_state=False).code == "AQD"
    assert repr(callback) == str(callback) == "Callback(code=<redacted>, state='st')"  # the code is a credential


def test_parse_callback_errors_are_typed() -> None:
    denied = (
        f"{REDIRECT}?error=access_denied&error_reason=user_denied&error_description=The+user+denied+your+request"
        "&state=st"
    )
    with pytest.raises(sdk.AuthorizationDeniedError, match="The user denied your request") as caught:
        sdk.InstagramOAuth.parse_callback(denied, expected_state="st")
    assert caught.value.error_reason == "user_denied"
    with pytest.raises(sdk.OAuthError):
        sdk.InstagramOAuth.parse_callback(f"{REDIRECT}?error=server_error&state=st", expected_state="st")
    with pytest.raises(sdk.StateMismatchError):
        sdk.InstagramOAuth.parse_callback(f"{REDIRECT}?code=abc&state=other", expected_state="st")
    with pytest.raises(sdk.StateMismatchError):
        sdk.InstagramOAuth.parse_callback(f"{REDIRECT}?code=abc", expected_state="st")
    with pytest.raises(sdk.OAuthError, match="neither a code nor an error"):
        sdk.InstagramOAuth.parse_callback(REDIRECT + "?state=st", expected_state="st")


def test_short_lived_request_is_a_form_post_to_api_instagram_com() -> None:
    request = _oauth.short_lived_token_request(
        client_id=APP, client_secret=FAKE_SECRET, code="abc#_", redirect_uri=REDIRECT
    )
    assert (request.method, str(request.url)) == ("POST", "https://api.instagram.com/oauth/access_token")
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(request.content.decode()) == {
        "client_id": [APP],
        "client_secret": [FAKE_SECRET],
        "grant_type": ["authorization_code"],
        "redirect_uri": [REDIRECT],
        "code": ["abc"],
    }


@pytest.mark.parametrize("body", [SHORT, SHORT_FLAT])
def test_both_short_lived_shapes_parse_and_user_id_is_a_string(body: Any) -> None:
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    request = httpx.Request("POST", "https://api.instagram.com/oauth/access_token")
    token = _oauth.parse_short_lived_token(httpx.Response(200, json=body, request=request), now=now)
    assert token.access_token == "short-token"
    assert token.user_id == "17841400000000001"
    assert isinstance(token.user_id, str)
    assert token.expires_at == now + dt.timedelta(hours=1)


def test_exchange_code_for_token_runs_the_chain() -> None:
    handler = Recorder(json_response(SHORT), json_response(LONG))
    token = sdk.InstagramOAuth.exchange_code_for_token(
        client_id=APP,
        client_secret=FAKE_SECRET,
        redirect_uri=REDIRECT,
        code="abc#_",
        transport=httpx.MockTransport(handler),
    )
    first, second = handler.requests
    assert str(first.url) == "https://api.instagram.com/oauth/access_token"
    assert second.url.path == "/access_token"
    assert second.url.host == "graph.instagram.com"
    assert second.url.params["access_token"] == "short-token"
    assert second.url.params["grant_type"] == "ig_exchange_token"
    assert token.access_token == "long-token"
    assert token.token_type == "bearer"
    assert token.expires_in == 5183944
    assert token.user_id == "17841400000000001"
    assert token.permissions == ("instagram_business_basic", "instagram_business_content_publish")
    assert token.expires_at is not None
    assert "long-token" not in repr(token)


async def test_async_chain() -> None:
    handler = Recorder(json_response(SHORT_FLAT), json_response(LONG))
    token = await sdk.AsyncInstagramOAuth.exchange_code_for_token(
        client_id=APP,
        client_secret=FAKE_SECRET,
        redirect_uri=REDIRECT,
        code="abc",
        transport=httpx.MockTransport(handler),
    )
    assert token.access_token == "long-token"
    assert token.user_id == "17841400000000001"


def test_a_used_code_is_a_typed_error_and_is_sent_once() -> None:
    used = httpx.Response(
        400,
        json={
            "error_type": "OAuthException",
            "code": 400,
            "error_message": "Matching code was not found or was already used",
        },
    )
    handler = Recorder(used)
    with pytest.raises(sdk.InvalidAuthorizationCodeError, match="never retry") as caught:
        sdk.InstagramOAuth.get_short_lived_token(
            client_id=APP,
            client_secret=FAKE_SECRET,
            code="abc",
            redirect_uri=REDIRECT,
            transport=httpx.MockTransport(handler),
        )
    assert len(handler.requests) == 1
    assert caught.value.status_code == 400


def test_long_lived_errors_use_the_graph_envelope() -> None:
    handler = Recorder(
        httpx.Response(400, json={"error": {"code": 190, "message": "Invalid OAuth access token", "fbtrace_id": "T"}})
    )
    with pytest.raises(sdk.AuthenticationError):
        sdk.InstagramOAuth.get_long_lived_token(
            client_secret=FAKE_SECRET, access_token="bad", transport=httpx.MockTransport(handler)
        )


@pytest.mark.parametrize(
    ("response", "error"),
    [
        (httpx.Response(200, text="<html>"), sdk.NonJSONResponseError),
        (httpx.Response(200, json={"data": []}), sdk.ResponseValidationError),
        (httpx.Response(200, json={"unexpected": 1}), sdk.ResponseValidationError),
        (httpx.Response(502, text="<html>Bad Gateway</html>"), sdk.NonJSONResponseError),
        (httpx.ConnectError("refused"), sdk.APIConnectionError),
    ],
)
def test_oauth_failures_are_sdk_errors(response: Any, error: type) -> None:
    with pytest.raises(error):
        sdk.InstagramOAuth.get_short_lived_token(
            client_id=APP,
            client_secret=FAKE_SECRET,
            code="c",
            redirect_uri=REDIRECT,
            transport=httpx.MockTransport(Recorder(response)),
        )


# A wrong JSON type is refused by the typed model; an empty string by the token check.
NO_TOKEN_STRING = r"no access_token string|access_token: expected a string, got (an integer|null|an array|an object)"


@pytest.mark.parametrize("token", [123, None, "", "   ", ["x"], {"v": 1}])
def test_a_token_response_without_a_token_string_is_a_validation_error(token: Any) -> None:
    def respond(body: dict[str, Any]) -> httpx.MockTransport:
        return httpx.MockTransport(Recorder(httpx.Response(200, json=body)))

    with pytest.raises(sdk.ResponseValidationError, match=NO_TOKEN_STRING):
        sdk.InstagramOAuth.get_short_lived_token(
            client_id=APP,
            client_secret=FAKE_SECRET,
            code="c",
            redirect_uri=REDIRECT,
            transport=respond({**SHORT_FLAT, "access_token": token}),
        )
    with pytest.raises(sdk.ResponseValidationError, match=NO_TOKEN_STRING):
        sdk.InstagramOAuth.get_long_lived_token(
            client_secret=FAKE_SECRET, access_token="short-token", transport=respond({**LONG, "access_token": token})
        )
    client = sdk.InstagramClient("long-token-0001", transport=respond({**LONG, "access_token": token}))
    with pytest.raises(sdk.ResponseValidationError, match=NO_TOKEN_STRING):
        client.auth.refresh_token()
    assert client.access_token == "long-token-0001"  # the client keeps its working token
    with pytest.raises(sdk.InvalidArgumentError):
        sdk.AccessToken(access_token=token)


def test_base_url_sends_everything_to_one_origin() -> None:
    auth = sdk.InstagramOAuth.build_authorization_url(
        client_id=APP, redirect_uri=REDIRECT, base_url="http://127.0.0.1:9"
    )
    assert auth.url.startswith("http://127.0.0.1:9/oauth/authorize?")
    request = _oauth.long_lived_token_request(client_secret="s", access_token="t", base_url="http://127.0.0.1:9")
    assert str(request.url).startswith("http://127.0.0.1:9/access_token?")


def test_expires_within_uses_the_computed_expiry() -> None:
    received = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    token = sdk.AccessToken(
        access_token="long-token", expires_in=60 * 86400, expires_at=received + dt.timedelta(days=60)
    )
    assert not token.expires_within(dt.timedelta(days=7), now=received)
    assert token.expires_within(dt.timedelta(days=7), now=received + dt.timedelta(days=53))
    assert token.expires_within(dt.timedelta(0), now=received + dt.timedelta(days=61))  # already expired
    # Unknown expiry counts as due: a pasted dashboard token may be weeks old.
    assert sdk.AccessToken(access_token="no-expiry-token").expires_within(dt.timedelta(days=1))
