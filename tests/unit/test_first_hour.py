"""The first-hour surprises a new user met (issue 12), each with the message that now explains it."""

from __future__ import annotations

import httpx
import pytest

import instagram_graph_api_sdk as sdk
from instagram_graph_api_sdk.testing import FakeInstagram

# Not shaped like a Meta token, so only the SDK's own knowledge of it can scrub it.
CANARY = "c4n4ry|tok/en+x=y"


def test_a_facebook_login_token_on_an_instagram_login_client_is_named_as_such() -> None:
    fake = FakeInstagram()
    facebook_token = "EAAG" + "b1ab" * 10  # what Facebook Login issues
    client = sdk.InstagramClient(facebook_token, transport=fake.transport(), max_retries=0)
    with pytest.raises(sdk.AuthenticationError) as raised:
        client.users.get_profile()
    message = str(raised.value)
    assert "looks like a Facebook Login token (it starts with EAA)" in message
    assert "login='facebook'" in message
    assert "Instagram Login again" not in message  # not "expired": logging in again would not help
    assert facebook_token not in message


def test_an_instagram_token_on_a_facebook_login_client_is_named_as_such() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"error": {"message": "Invalid OAuth access token.", "code": 190}})

    token = "IGAA" + "b1ab" * 10
    client = sdk.InstagramClient(
        token, login="facebook", ig_user_id="17841400000000001", transport=httpx.MockTransport(refuse)
    )
    with pytest.raises(sdk.AuthenticationError, match="looks like an Instagram Login token"):
        client.users.get_profile()


def test_an_ordinary_expired_token_keeps_the_log_in_again_hint() -> None:
    fake = FakeInstagram(real_time=False)
    token = fake.issue_token()
    fake.clock.advance(days=61)
    with pytest.raises(sdk.AuthenticationError, match="send the user through Instagram Login again"):
        sdk.InstagramClient(token, transport=fake.transport()).users.get_profile()


@pytest.mark.parametrize("value", [f"Bearer {CANARY}", f"bearer {CANARY}", f"  Bearer {CANARY}"])
def test_a_bearer_prefixed_token_is_refused_before_anything_is_sent(value: str) -> None:
    with pytest.raises(sdk.ConfigurationError, match="drop the 'Bearer ' prefix") as raised:
        sdk.InstagramClient(value)
    assert CANARY not in str(raised.value)
    client = sdk.InstagramClient(CANARY)
    with pytest.raises(sdk.ConfigurationError, match="drop the 'Bearer ' prefix"):
        client.set_access_token(value)
    assert client.access_token == CANARY
    with pytest.raises(sdk.ConfigurationError, match="drop the 'Bearer ' prefix"):
        sdk.AsyncInstagramClient(value)


@pytest.mark.parametrize(
    ("given", "sent"), [("25.0", "v25.0"), ("v24.0", "v24.0"), ("V23.0", "v23.0"), ("25", "v25.0")]
)
def test_api_version_is_normalised_before_sending(given: str, sent: str) -> None:
    paths: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        return httpx.Response(200, json={"id": "1", "username": "u"})

    client = sdk.InstagramClient("test-access-token-0001", api_version=given, transport=httpx.MockTransport(answer))
    assert client.api_version == sent
    client.users.get_profile()
    assert paths == [f"/{sent}/me"]


@pytest.mark.parametrize("given", ["latest", "v25.0.1", "25.x", "", "v", "٢٥.0"])
def test_a_malformed_api_version_is_refused(given: str) -> None:
    with pytest.raises(sdk.ConfigurationError, match=r"api_version must look like 'v25\.0'"):
        sdk.InstagramClient("test-access-token-0001", api_version=given)


def test_the_hint_follows_metas_message_after_a_full_stop() -> None:
    error = sdk.InvalidAuthorizationCodeError("Matching code was not found or was already used")
    assert str(error) == (
        "Matching code was not found or was already used. Codes are single-use and short-lived: restart "
        "Instagram Login; never retry the exchange."
    )
    assert str(sdk.OAuthError("Something failed.")) == "Something failed. Send the user through Instagram Login again."
    api = sdk.ValidationError("Invalid parameter.", code=100)
    assert str(api) == (
        "Instagram API error: Invalid parameter (code 100). Fix the parameter Instagram names in the message; "
        "retrying the same request will not help."
    )
    assert ".." not in str(sdk.ValidationError("Invalid parameter."))


def test_a_connection_error_names_the_host_and_does_not_claim_a_retry() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    client = sdk.InstagramClient("test-access-token-0001", transport=httpx.MockTransport(refuse), max_retries=0)
    with pytest.raises(sdk.APIConnectionError) as raised:
        client.users.get_profile()
    message = str(raised.value)
    assert "GET graph.instagram.com/v25.0/me failed before Instagram answered" in message
    assert "retried" not in message
    with pytest.raises(sdk.APIConnectionError) as oauth:
        sdk.InstagramOAuth.exchange_code_for_token(
            client_id="1",
            client_secret="test-app-secret-for-oauth-0001",
            redirect_uri="https://a.example/cb",
            code="AQBcode-for-the-test",
            transport=httpx.MockTransport(refuse),
        )
    assert "api.instagram.com/oauth/access_token" in str(oauth.value)
    assert "retried" not in str(oauth.value)
    assert "test-app-secret-for-oauth-0001" not in str(oauth.value)


@pytest.mark.parametrize("fields", [None, 3])
def test_fields_that_are_not_a_string_or_a_list_say_so(fields: object) -> None:
    client = FakeInstagram().client()
    with pytest.raises(sdk.InvalidArgumentError) as raised:
        client.users.get_profile(fields=fields)  # type: ignore[arg-type]
    message = str(raised.value)
    assert message.startswith("users.get_profile: expected a string or a list of strings, got ")
    assert "leave the argument out to use its default" in message
    assert "not iterable" not in message


def test_paginate_given_a_result_instead_of_the_method_says_so_at_once() -> None:
    client = FakeInstagram().client()
    page = client.users.get_media()
    with pytest.raises(sdk.InvalidArgumentError) as raised:
        client.paginate(page)  # type: ignore[arg-type]  # raised at the call, not at the first iteration
    message = str(raised.value)
    assert message.startswith("client.paginate() takes the method itself, not its result")
    assert "(got a MediaList)" in message
    assert len(message) < 300  # no repr of the page
    with pytest.raises(sdk.InvalidArgumentError, match="takes the method itself"):
        FakeInstagram().async_client().paginate(page)  # type: ignore[arg-type]


def test_a_non_paginated_method_is_named_briefly() -> None:
    client = FakeInstagram().client()
    with pytest.raises(sdk.InvalidArgumentError, match=r"^UsersResource.get_profile is not a paginated operation"):
        client.paginate(client.users.get_profile)  # type: ignore[arg-type]


def test_business_discovery_errors_name_the_public_method() -> None:
    client = FakeInstagram().client()
    with pytest.raises(sdk.LoginTypeError) as raised:
        client.users.get_business_discovery("someone")
    assert str(raised.value).startswith("users.get_business_discovery needs Facebook Login for Business")
    assert "_get_business_discovery" not in str(raised.value)


def test_fake_instagram_from_the_package_root_points_to_testing() -> None:
    with pytest.raises(ImportError, match=r"from instagram_graph_api_sdk\.testing import FakeInstagram"):
        from instagram_graph_api_sdk import FakeInstagram  # noqa: F401
    with pytest.raises(ImportError, match=r"from instagram_graph_api_sdk\.testing import FakeServer"):
        sdk.FakeServer  # noqa: B018
