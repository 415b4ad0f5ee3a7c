"""The OAuth chain against cassettes: code -> short-lived -> long-lived, sync and async."""

from __future__ import annotations

import os

import pytest
from recorded.recording import IDS, SOURCE, spec_transport, transport

import instagram_graph_api_sdk as sdk

APP, REDIRECT = IDS["client_id"], IDS["redirect_uri"]
SECRET = os.environ["INSTAGRAM_APP_SECRET"] if SOURCE == "live" else "test-app-secret-0001"
CODE = os.environ["INSTAGRAM_AUTH_CODE"] if SOURCE == "live" else "test-auth-code-0001"


@pytest.mark.recorded
@pytest.mark.vcr
def test_exchange_code_for_token() -> None:
    token = sdk.InstagramOAuth.exchange_code_for_token(
        client_id=APP, client_secret=SECRET, redirect_uri=REDIRECT, code=CODE + "#_", transport=transport()
    )
    assert token.token_type == "bearer"
    assert token.expires_in is not None
    assert token.expires_in > 5_000_000
    assert token.user_id is not None
    assert token.user_id.isdigit()
    assert "instagram_business_basic" in token.permissions
    assert token.expires_at is not None


@pytest.mark.recorded
@pytest.mark.vcr
async def test_exchange_code_for_token_async() -> None:
    token = await sdk.AsyncInstagramOAuth.exchange_code_for_token(
        client_id=APP,
        client_secret=SECRET,
        redirect_uri=REDIRECT,
        code="test-auth-code-0002",
        transport=spec_transport() if SOURCE == "spec" else None,
    )
    assert token.token_type == "bearer"
    assert token.user_id is not None


@pytest.mark.recorded
@pytest.mark.vcr
def test_a_used_code() -> None:
    with pytest.raises(sdk.InvalidAuthorizationCodeError, match="already used"):
        sdk.InstagramOAuth.get_short_lived_token(
            client_id=APP,
            client_secret=SECRET,
            redirect_uri=REDIRECT,
            code="test-auth-code-0001",
            transport=spec_transport("error") if SOURCE == "spec" else None,
        )


@pytest.mark.recorded
@pytest.mark.vcr
def test_an_expired_token_is_an_authentication_error(ig_error: sdk.InstagramClient) -> None:
    with pytest.raises(sdk.AuthenticationError) as caught:
        ig_error.users.get_profile()
    assert (caught.value.code, caught.value.subcode) == (190, 463)
    assert sdk.is_authentication_error(caught.value)
