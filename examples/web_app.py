"""A complete web app with Flask: Instagram Login and a webhook endpoint.

- `/login` builds the authorization URL and keeps its `state` in the (signed) session cookie;
- `/callback` checks the state, exchanges the code for a long-lived token and stores it;
- `/me` calls the API with the stored token;
- `/webhooks/instagram` answers Meta's subscription handshake and receives signed notifications.

Run it (Meta needs a public https URL for the redirect and the webhook: a tunnel or a reverse
proxy in front of this port):

    pip install flask
    export INSTAGRAM_APP_ID=... INSTAGRAM_APP_SECRET=... INSTAGRAM_VERIFY_TOKEN=... FLASK_SECRET_KEY=...
    export INSTAGRAM_REDIRECT_URI=https://your-app.example/callback
    flask --app examples/web_app.py run --port 8000   # calls create_app()

Offline, against FakeInstagram on a loopback port (no Meta app needed):

    python examples/web_app.py --fake
"""

from __future__ import annotations

import os
import secrets
import sys
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, abort, redirect, request, session

from instagram_graph_api_sdk import (
    AccessToken,
    InstagramClient,
    InstagramOAuth,
    InstagramWebhooks,
    OAuthError,
    WebhookDeduplicator,
    WebhookEvent,
)


@dataclass
class TokenStore:
    """Where tokens live. Use a database in production (encrypt the tokens at rest)."""

    tokens: dict[str, AccessToken] = field(default_factory=dict)

    def save(self, user_id: str, token: AccessToken) -> None:
        self.tokens[user_id] = token

    def get(self, user_id: str) -> AccessToken | None:
        return self.tokens.get(user_id)


@dataclass(frozen=True)
class Settings:
    app_id: str
    app_secret: str
    redirect_uri: str
    verify_token: str
    secret_key: str
    base_url: str | None = None  # FakeInstagram's loopback URL in tests; None means Meta's hosts

    @classmethod
    def from_environment(cls) -> Settings:
        """The settings from INSTAGRAM_* and FLASK_SECRET_KEY; exits naming any that are missing."""
        names = ("INSTAGRAM_APP_ID", "INSTAGRAM_APP_SECRET", "INSTAGRAM_REDIRECT_URI", "INSTAGRAM_VERIFY_TOKEN")
        missing = [name for name in (*names, "FLASK_SECRET_KEY") if not os.environ.get(name)]
        if missing:
            raise SystemExit(f"set {', '.join(missing)} (see docs/getting-started.md)")
        app_id, app_secret, redirect_uri, verify_token = (os.environ[name] for name in names)
        return cls(app_id, app_secret, redirect_uri, verify_token, os.environ["FLASK_SECRET_KEY"])


def build_app(settings: Settings, store: TokenStore, on_event: Any = print) -> Flask:
    app = Flask(__name__)
    app.secret_key = settings.secret_key
    dedupe = WebhookDeduplicator()

    @app.get("/login")
    def login() -> Any:
        auth = InstagramOAuth.build_authorization_url(
            client_id=settings.app_id, redirect_uri=settings.redirect_uri, base_url=settings.base_url
        )
        session["oauth_state"] = auth.state  # checked in /callback: protects against CSRF
        return redirect(auth.url)

    @app.get("/callback")
    def callback() -> Any:
        expected_state = session.pop("oauth_state", None)
        if expected_state is None:  # no login started in this browser: never accept a code without a state
            return "Start at /login.", 400
        try:
            received = InstagramOAuth.parse_callback(request.url, expected_state=expected_state)
            token = InstagramOAuth.exchange_code_for_token(
                client_id=settings.app_id, client_secret=settings.app_secret,
                redirect_uri=settings.redirect_uri, code=received.code, base_url=settings.base_url,
            )  # fmt: skip
        except OAuthError as error:  # denied, stale tab, used code, wrong app settings: say so
            return f"Instagram Login did not complete: {error}", 400
        user_id = str(token.user_id)
        store.save(user_id, token)
        session["user_id"] = user_id
        return redirect("/me")

    @app.get("/me")
    def me() -> Any:
        token = store.get(session.get("user_id", ""))
        if token is None:
            return redirect("/login")
        with InstagramClient(token.access_token, base_url=settings.base_url) as client:
            profile = client.users.get_profile(fields="id,username,account_type")
        return {"id": profile.id, "username": profile.username, "account_type": profile.account_type}

    @app.get("/webhooks/instagram")
    def handshake() -> Any:
        challenge = InstagramWebhooks.verify_subscription(request.args, settings.verify_token)
        return (challenge, 200) if challenge is not None else ("verify token mismatch", 403)

    @app.post("/webhooks/instagram")
    def notification() -> Any:
        raw = request.get_data()  # the raw bytes: the signature covers them exactly
        if not InstagramWebhooks.verify_signature(raw, request.headers.get("X-Hub-Signature-256"), settings.app_secret):
            abort(403)
        for event in InstagramWebhooks.parse_payload(raw).events:
            if dedupe.first_time(event):  # Meta redelivers: handle each event once
                on_event(event)
        return "", 200

    return app


def print_event(event: WebhookEvent) -> None:
    print(f"webhook: {event.field} for account {event.account_id}")


def create_app() -> Flask:
    """What `flask --app examples/web_app.py run` calls: settings from the environment."""
    return build_app(Settings.from_environment(), TokenStore(), print_event)


def run_against_the_fake(port: int = 8000) -> None:
    """`python examples/web_app.py --fake`: the whole flow offline, FakeInstagram consenting for you."""
    from instagram_graph_api_sdk.testing import FakeInstagram

    redirect_uri = f"http://127.0.0.1:{port}/callback"
    fake = FakeInstagram(redirect_uris=[redirect_uri])
    with fake.serve() as server:
        settings = Settings(
            fake.client_id, fake.client_secret, redirect_uri, "verify-me", secrets.token_hex(16), base_url=server.url
        )
        print(f"open http://127.0.0.1:{port}/login")
        build_app(settings, TokenStore(), print_event).run(port=port)


if __name__ == "__main__":
    if "--fake" not in sys.argv:
        raise SystemExit("run it with `flask --app examples/web_app.py run`, or offline with --fake")
    run_against_the_fake()
