"""OAuth is safe by default: the state is required and checked first, credentials are checked
before anything is sent, the code is a secret wherever it comes from, scopes and redirect URIs
are Instagram Login's."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import httpx
import pytest
from helpers import appending

import instagram_graph_api_sdk as sdk
from instagram_graph_api_sdk import _oauth

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canaries import Canaries, Echo, echo_server, leaks

APP = "990602627938098"
REDIRECT = "https://example.com/instagram/callback"


def scope_of(url: str) -> str:
    return parse_qs(urlsplit(url).query)["scope"][0]


# --- item 7: the authorization code is registered by the request builder


def test_a_code_passed_straight_to_the_exchange_is_redacted_from_meta_s_echo() -> None:
    canaries = Canaries.fresh()
    echo = Echo(canaries.refresh_token, kind="oauth")
    with pytest.raises(sdk.OAuthError) as caught:  # never went through parse_callback
        sdk.InstagramOAuth.get_short_lived_token(
            client_id=APP,
            client_secret=canaries.app_secret,
            code=canaries.code + "#_",
            redirect_uri=REDIRECT,
            transport=httpx.MockTransport(echo.handler()),
        )
    assert echo.seen == [canaries.app_secret, canaries.code]
    assert "No matching code found for" in str(caught.value)
    assert leaks(str(caught.value) + repr(caught.value), canaries) == []


async def test_the_async_exchange_registers_the_code_too() -> None:
    canaries = Canaries.fresh()
    echo = Echo(canaries.refresh_token, kind="oauth")
    with pytest.raises(sdk.OAuthError) as caught:
        await sdk.AsyncInstagramOAuth.exchange_code_for_token(
            client_id=APP,
            client_secret=canaries.app_secret,
            code=canaries.code,
            redirect_uri=REDIRECT,
            transport=httpx.MockTransport(echo.handler()),
        )
    assert leaks(str(caught.value), canaries) == []


# --- item 8: whitespace is stripped, control characters refused before sending, never echoed


@pytest.mark.parametrize("padding", ["\n", " ", "\r\n", "\t", " \n "])
def test_surrounding_whitespace_is_stripped(padding: str) -> None:
    canaries = Canaries.fresh()
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "1", "username": "u"})

    for token_in in ("header", "query"):
        client = sdk.InstagramClient(
            canaries.token + padding, token_in=token_in, transport=httpx.MockTransport(handler)
        )
        client.users.get_profile()
        assert client.access_token == canaries.token
    assert seen[0].headers["authorization"] == f"Bearer {canaries.token}"
    assert seen[1].url.params["access_token"] == canaries.token
    request = _oauth.long_lived_token_request(
        client_secret=canaries.app_secret + padding, access_token=padding + canaries.token
    )
    assert request.url.params["client_secret"] == canaries.app_secret
    assert request.url.params["access_token"] == canaries.token
    assert sdk.AccessToken(access_token=canaries.token + padding).access_token == canaries.token


BAD = [
    ("inner newline", "tok\nen"),
    ("NUL", "tok\x00en"),
    ("DEL", "tok\x7fen"),
    ("space", "tok en"),
    ("non-ASCII", "tok\u00e9n"),
    ("bidi", "tok\u202een"),
    ("BOM", "\ufefftoken"),
]


@pytest.mark.parametrize(("what", "middle"), BAD, ids=[b[0] for b in BAD])
def test_control_characters_are_refused_before_sending_without_echo(what: str, middle: str) -> None:
    canaries = Canaries.fresh()
    bad = canaries.token[:6] + middle + canaries.token[6:]
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(appending(sent, 200, json={}))
    attempts: list[Any] = [
        lambda: sdk.InstagramClient(bad, transport=transport),
        lambda: sdk.InstagramOAuth.get_long_lived_token(
            client_secret=canaries.app_secret, access_token=bad, transport=transport
        ),
        lambda: sdk.InstagramOAuth.get_long_lived_token(
            client_secret=canaries.app_secret[:8] + middle, access_token=canaries.token, transport=transport
        ),
        lambda: sdk.InstagramOAuth.get_short_lived_token(
            client_id=APP,
            client_secret=canaries.app_secret,
            code=canaries.code + middle + "x",
            redirect_uri=REDIRECT,
            transport=transport,
        ),
        lambda: sdk.InstagramClient(canaries.token, transport=transport).auth.exchange_token(bad, canaries.app_secret),
        lambda: sdk.AccessToken(access_token=bad),
    ]
    for attempt in attempts:
        with pytest.raises(sdk.InvalidCredentialError, match="cannot be sent") as caught:
            attempt()
        assert isinstance(caught.value, sdk.InvalidArgumentError)
        assert isinstance(caught.value, sdk.ConfigurationError)
        text = str(caught.value) + repr(caught.value)
        assert canaries.token[6:] not in text
        assert canaries.app_secret[:8] not in text
        assert canaries.code not in text
        assert "U+" in text  # names the character, not the value
    assert sent == []


@pytest.mark.parametrize("value", ["", "  \n", None, 42, b"bytes-token"])
def test_empty_or_non_string_credentials_are_refused(value: Any) -> None:
    if value is not None:  # None is a client without a token: only oembed.get works (tested in tests/fake)
        with pytest.raises(sdk.InvalidCredentialError, match="non-empty string"):
            sdk.InstagramClient(value)
    with pytest.raises(sdk.InvalidCredentialError, match="non-empty string"):
        _oauth.long_lived_token_request(client_secret="s" * 32, access_token=value)
    with pytest.raises(sdk.InvalidCredentialError, match="code must be a non-empty string"):
        _oauth.short_lived_token_request(client_id=APP, client_secret="s" * 32, code=value, redirect_uri=REDIRECT)


def test_a_token_response_with_a_control_character_is_a_validation_error() -> None:
    token = Canaries.fresh().token
    body = {"access_token": token + "\x00", "token_type": "bearer", "expires_in": 5183944}
    with pytest.raises(sdk.ResponseValidationError, match="control character") as caught:
        sdk.InstagramOAuth.get_long_lived_token(
            client_secret="s" * 32,
            access_token="short-token",
            transport=httpx.MockTransport(lambda r: httpx.Response(200, json=body)),
        )
    assert token not in str(caught.value)


# --- item 10 and CSRF: the state is required, compared as bytes, checked before `error`


def test_the_state_is_required() -> None:
    url = f"{REDIRECT}?code=AQDcode&state=abc"
    with pytest.raises(sdk.ConfigurationError, match="expected_state="):
        sdk.InstagramOAuth.parse_callback(url)
    with pytest.raises(sdk.ConfigurationError, match="empty"):
        sdk.InstagramOAuth.parse_callback(f"{REDIRECT}?code=AQDcode", expected_state="")  # a lost session
    with pytest.raises(sdk.ConfigurationError, match="not both"):
        sdk.InstagramOAuth.parse_callback(url, expected_state="abc", verify_state=False)
    assert sdk.InstagramOAuth.parse_callback(url, verify_state=False) == sdk.Callback("AQDcode", "abc")
    assert sdk.AsyncInstagramOAuth.parse_callback(url, expected_state="abc").code == "AQDcode"


@pytest.mark.parametrize(
    ("received", "expected", "matches"),
    [
        ("%C3%A9", "\u00e9", True),
        ("%C3%A9", "e", False),
        ("e", "\u00e9", False),
        ("%FF%FE", "\u00e9", False),
        ("%F0%9F%94%91k", "\U0001f511k", True),
        ("abc", "\u00e9\u00e9", False),
    ],
)
def test_non_ascii_states_are_compared_as_bytes(received: str, expected: str, matches: bool) -> None:
    url = f"{REDIRECT}?code=AQDcode&state={received}"
    if matches:
        assert sdk.InstagramOAuth.parse_callback(url, expected_state=expected).state == expected
    else:
        with pytest.raises(sdk.StateMismatchError):  # never a raw TypeError
            sdk.InstagramOAuth.parse_callback(url, expected_state=expected)


@pytest.mark.parametrize("state", ["&state=forged", "", "&state="])
def test_a_forged_error_with_a_wrong_or_missing_state_is_not_believed(state: str) -> None:
    forged = f"{REDIRECT}?error=access_denied&error_description=Call+evil.example+to+restore+access{state}"
    with pytest.raises(sdk.StateMismatchError) as caught:
        sdk.InstagramOAuth.parse_callback(forged, expected_state="the-real-state")
    assert not isinstance(caught.value, sdk.AuthorizationDeniedError)
    assert "evil" not in str(caught.value)


def test_meta_text_in_messages_loses_its_control_characters() -> None:
    description = quote("Denied\r\n2026-11-29 INFO forged log line\x1b[31m\u202egnp.exe")
    url = f"{REDIRECT}?error=access_denied&error_reason=user%0Adenied&error_description={description}&state=s"
    with pytest.raises(sdk.AuthorizationDeniedError) as caught:
        sdk.InstagramOAuth.parse_callback(url, expected_state="s")
    text = str(caught.value)
    assert "Denied" in text
    assert "forged log line" in text
    for char in ("\r", "\n", "\x1b", "\u202e"):
        assert char not in text
        assert char not in (caught.value.error_reason or "")


# --- scopes and redirect URIs


def test_scopes_as_a_comma_string_or_a_list() -> None:
    expected = "instagram_business_basic,instagram_business_content_publish"
    for scopes in (
        "instagram_business_basic,instagram_business_content_publish",
        "instagram_business_basic, instagram_business_content_publish",
        "instagram_business_basic instagram_business_content_publish",
        ["instagram_business_basic", "instagram_business_content_publish"],
        ("instagram_business_basic", "instagram_business_content_publish", "instagram_business_basic"),
        ["instagram_business_basic,instagram_business_content_publish"],
    ):
        auth = sdk.InstagramOAuth.build_authorization_url(client_id=APP, redirect_uri=REDIRECT, scopes=scopes)
        assert scope_of(auth.url) == expected
    every = sdk.InstagramOAuth.build_authorization_url(
        client_id=APP, redirect_uri=REDIRECT, scopes=sdk.InstagramOAuth.get_all_scopes()
    )
    assert scope_of(every.url).split(",") == sdk.InstagramOAuth.get_all_scopes()


@pytest.mark.parametrize(
    ("scopes", "hint"),
    [
        ("instagram_basic", "Facebook Login permission; Instagram Login calls it 'instagram_business_basic'"),
        (["instagram_business_basic", "instagram_manage_comments"], "'instagram_business_manage_comments'"),
        ("business_basic", "retired on 2025-01-27"),
        ("user_profile,user_media", "Basic Display"),
        ("instagram_business_basic,pages_show_list", "'pages_show_list' is not an Instagram Login scope"),
        ("", "empty"),
        (",, ,", "empty"),
        ([], "empty"),
        ([1, 2], "list of strings"),
    ],
)
def test_unknown_scopes_are_refused_with_a_hint(scopes: Any, hint: str) -> None:
    with pytest.raises(
        sdk.ConfigurationError, match=r"instagram_business_manage_insights|empty|list of strings"
    ) as caught:
        sdk.InstagramOAuth.build_authorization_url(client_id=APP, redirect_uri=REDIRECT, scopes=scopes)
    assert hint in str(caught.value)


@pytest.mark.parametrize(
    "redirect_uri",
    [
        "http://example.com/cb",
        "http://10.0.0.1/cb",
        "ftp://example.com/cb",
        "example.com/cb",
        "https:///cb",
        "javascript:alert(1)",
        "http://127.0.0.1.evil.example/cb",
        "http://localhost.evil.example/cb",
    ],
)
def test_redirect_uris_must_be_https_except_loopback(redirect_uri: str) -> None:
    with pytest.raises(sdk.ConfigurationError, match="redirect_uri must be an https://"):
        sdk.InstagramOAuth.build_authorization_url(client_id=APP, redirect_uri=redirect_uri)


@pytest.mark.parametrize(
    "redirect_uri",
    [
        "https://example.com/cb",
        "http://127.0.0.1/cb",
        "http://127.0.0.1:8000/cb",
        "http://localhost:3000/cb",
        "http://[::1]:8000/cb",
        "http://127.5.5.5/cb",
    ],
)
def test_https_and_loopback_redirect_uris_are_accepted(redirect_uri: str) -> None:
    auth = sdk.InstagramOAuth.build_authorization_url(client_id=APP, redirect_uri=redirect_uri)
    assert parse_qs(urlsplit(auth.url).query)["redirect_uri"] == [redirect_uri]


def test_the_whole_flow_over_a_loopback_echo_server_leaks_nothing() -> None:
    canaries = Canaries.fresh()
    echo = Echo(canaries.refresh_token)
    with echo_server(echo) as url, pytest.raises(sdk.OAuthError) as caught:
        sdk.InstagramOAuth.exchange_code_for_token(
            client_id=APP, client_secret=canaries.app_secret, redirect_uri=REDIRECT, code=canaries.code, base_url=url
        )
    assert echo.seen == [canaries.app_secret, canaries.code]
    assert leaks(str(caught.value) + repr(caught.value), canaries) == []
