"""One test per example of the TypeScript SDK's Access Tokens page, doing the same thing in Python.

Each test runs the Python version from docs/access-tokens.md verbatim (extracted by its
`<!-- example: name -->` label) against FakeInstagram, so the documentation cannot drift.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

import instagram_graph_api_sdk as sdk
from instagram_graph_api_sdk.testing import FakeInstagram

PAGE = Path(__file__).resolve().parents[2] / "docs" / "access-tokens.md"
REDIRECT = "https://your-app.com/callback"
BLOCKS = dict(re.findall(r"<!-- example: ([\w-]+) -->\n```python\n(.*?)```", PAGE.read_text(), re.S))


class Database:
    def __init__(self, tokens: dict[str, str]) -> None:
        self.tokens = tokens
        self.saved: list[tuple[str, str, Any]] = []

    def get_token_for_user(self, user_id: str) -> str:
        return self.tokens[user_id]

    def save_token(self, user_id: str, token: str, expires_at: Any) -> None:
        self.saved.append((user_id, token, expires_at))


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeInstagram:
    """FakeInstagram behind the public names the page imports, and the page's environment."""
    fake = FakeInstagram(redirect_uris=[REDIRECT], real_time=False)
    transport = fake.transport()
    real_oauth = sdk.InstagramOAuth

    class Client(sdk.InstagramClient):
        def __init__(self, access_token: str, **kwargs: Any) -> None:
            super().__init__(access_token, transport=transport, **kwargs)

    class OAuth(sdk.InstagramOAuth):
        @staticmethod
        def exchange_code_for_token(**kwargs: Any) -> sdk.AccessToken:
            return real_oauth.exchange_code_for_token(**kwargs, transport=transport)

    monkeypatch.setattr(sdk, "InstagramClient", Client)
    monkeypatch.setattr(sdk, "InstagramOAuth", OAuth)
    monkeypatch.setenv("INSTAGRAM_APP_ID", fake.client_id)
    monkeypatch.setenv("INSTAGRAM_APP_SECRET", fake.client_secret)
    return fake


def run(name: str, namespace: dict[str, Any]) -> dict[str, Any]:
    exec(compile(BLOCKS[name], f"docs/access-tokens.md#{name}", "exec"), namespace)  # noqa: S102
    return namespace


def browser_callback(fake: FakeInstagram, url: str) -> str:
    with httpx.Client(transport=fake.transport()) as browser:
        return str(browser.get(url).headers["location"])


def test_the_page_has_every_example() -> None:
    assert set(BLOCKS) == {
        "authorization-url",
        "callback",
        "oauth-flow",
        "refresh",
        "refresh-callback",
        "me",
        "error-handling",
        "multi-user",
    }


def test_oauth_flow(fake: FakeInstagram) -> None:
    # TS: InstagramOAuth.exchangeCodeForToken({clientId, clientSecret, redirectUri, code})

    session: dict[str, str] = {}
    page = run("authorization-url", {"session": session})
    assert page["auth"].url.startswith("https://www.instagram.com/oauth/authorize?")
    page["callback_url"] = browser_callback(fake, page["auth"].url)
    run("callback", page)
    run("oauth-flow", page)
    tokens = page["tokens"]
    assert tokens.token_type == "bearer"
    assert tokens.expires_in >= 60 * 86400 - 60  # long-lived: 60 days
    assert tokens.user_id == fake.user_id
    assert fake.state.tokens[tokens.access_token].kind == "long"


def test_refresh_tokens(fake: FakeInstagram, capsys: pytest.CaptureFixture[str]) -> None:
    # TS: const refreshed = await client.auth.refreshToken(); console.log(...)
    old = fake.issue_token(age=timedelta(days=2))
    page = run("refresh", {"user_access_token": old})
    out = capsys.readouterr().out
    assert f"New token: {page['refreshed'].access_token}" in out
    assert "Expires in: " in out
    assert " seconds" in out
    assert page["client"].access_token == page["refreshed"].access_token != old


def test_refresh_persists_through_the_callback(fake: FakeInstagram) -> None:
    database = Database({})
    namespace = {"database": database, "user_id": "u1", "InstagramClient": sdk.InstagramClient}
    old = fake.issue_token(age=timedelta(days=2))
    page = run("refresh-callback", {**namespace, "user_access_token": old})
    assert len(database.saved) == 1
    user_id, token, expires_at = database.saved[0]
    assert user_id == "u1"
    assert token == page["client"].access_token != old  # what the client now uses is what was saved
    lifetime = expires_at - datetime.now(UTC)  # computed when the refreshed token arrived
    assert timedelta(days=59) < lifetime <= timedelta(days=60)


def test_refresh_is_refused_under_24_hours(fake: FakeInstagram) -> None:
    with pytest.raises(sdk.ValidationError, match="24 hours"):
        run("refresh", {"user_access_token": fake.issue_token(age=timedelta(hours=3))})


def test_checking_token_info(fake: FakeInstagram, capsys: pytest.CaptureFixture[str]) -> None:
    # TS: const me = await client.auth.me('id,username,account_type')
    run("me", {"client": sdk.InstagramClient(fake.access_token)})
    out = capsys.readouterr().out.splitlines()
    assert out == ["User ID: 7219012345678901", "Username: fake_business", "Account Type: BUSINESS"]


def test_error_handling(fake: FakeInstagram, capsys: pytest.CaptureFixture[str]) -> None:
    # TS: catch (error) { if (isAuthenticationError(error)) { console.log('Please log in again') } }
    token = fake.issue_token()
    fake.clock.advance(days=61)  # the token expired
    run("error-handling", {"client": sdk.InstagramClient(token)})
    assert capsys.readouterr().out == "Please log in again\n"


def test_error_handling_re_raises_other_errors(fake: FakeInstagram) -> None:
    fake.faults.throttle(times=None, code=17)
    client = sdk.InstagramClient(fake.access_token, max_retries=0)
    with pytest.raises(sdk.RateLimitError):
        run("error-handling", {"client": client})


def test_multi_user_apps(fake: FakeInstagram) -> None:
    # TS: const userToken = await database.getTokenForUser(userId); new InstagramClient({accessToken: userToken})
    tokens = {"alice": fake.issue_token(), "bob": fake.issue_token()}
    page = run("multi-user", {"database": Database(tokens), "user_id": "bob", "InstagramClient": sdk.InstagramClient})
    assert page["client"].access_token == tokens["bob"]
    assert page["client"].users.get_profile().username == "fake_business"
