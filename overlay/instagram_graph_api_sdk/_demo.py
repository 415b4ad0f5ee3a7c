"""`make demo` / `instagram-graph demo`: the Access Tokens story, end to end, offline.

Everything runs against FakeInstagram on a loopback port: authorization URL -> callback ->
code exchange -> long-lived token -> me -> refresh refused under 24 hours, then accepted once
the fake's clock moves on -> an expired token classified as an authentication error -> a media
list walked with pagination -> a reel published with wait_and_publish -> a signed webhook
verified by a receiver on another loopback port -> tokens stored encrypted, a refresh sweep,
and a client that refreshes its stored token before a call.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from . import (
    AccessToken,
    InstagramClient,
    InstagramOAuth,
    InstagramWebhooks,
    InvalidAuthorizationCodeError,
    ValidationError,
    is_authentication_error,
)
from .testing import FakeInstagram

EXAMPLE = "examples/access_tokens_demo.py"


class Story:
    def __init__(self) -> None:
        self.step = 0

    def say(self, title: str) -> None:
        self.step += 1
        print(f"\n{self.step:>2}. {title}")

    @staticmethod
    def ok(text: str) -> None:
        print(f"    ✓ {text}")

    @staticmethod
    def note(text: str) -> None:
        print(f"      {text}")


@contextmanager
def webhook_receiver(app_secret: str) -> Iterator[tuple[str, list[Any]]]:
    """Your app's webhook endpoint, in miniature: verify the signature over the raw body, parse."""
    received: list[Any] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("content-length") or 0))
            if not InstagramWebhooks.verify_signature(raw, self.headers.get("x-hub-signature-256"), app_secret):
                received.append("rejected")
                self.send_response(403)
            else:
                received.append(InstagramWebhooks.parse_payload(raw))
                self.send_response(200)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/webhooks/instagram", received
    finally:
        server.shutdown()
        server.server_close()


def log_in(fake: FakeInstagram, base_url: str, story: Story) -> tuple[AccessToken, str]:
    auth = InstagramOAuth.build_authorization_url(
        client_id=fake.client_id, redirect_uri=fake.redirect_uri, base_url=base_url
    )
    story.ok(f"authorization URL for scopes {', '.join(InstagramOAuth.get_default_scopes())}")
    story.note(auth.url.split("?")[0] + "?client_id=...&state=<random 256-bit value>")
    # The user consents in a browser; Instagram redirects back with ?code=...&state=...#_
    location = httpx.get(auth.url, follow_redirects=False).headers["location"]
    callback = InstagramOAuth.parse_callback(location, expected_state=auth.state)
    story.ok("callback parsed: state matches, trailing #_ stripped from the code")
    token = InstagramOAuth.exchange_code_for_token(
        client_id=fake.client_id,
        client_secret=fake.client_secret,
        redirect_uri=fake.redirect_uri,
        code=callback.code,
        base_url=base_url,
        clock=fake.clock,  # the fake's time, for expires_at
    )
    return token, callback.code


def run() -> int:
    story = Story()
    print("instagram-graph-api-sdk demo: the Access Tokens story against FakeInstagram (offline)")
    print(f"The code of these steps, to read and copy: {EXAMPLE} in the repository")
    fake = FakeInstagram(video_processing=1.0)
    persisted: list[AccessToken] = []
    with fake.serve() as server, webhook_receiver(fake.client_secret) as (hook_url, received):
        story.say(f"FakeInstagram is listening on {server.url}")
        story.ok(f"app {fake.client_id}, redirect URI {fake.redirect_uri}")

        story.say("Instagram Login: authorization URL -> callback -> code exchange")
        token, code = log_in(fake, server.url, story)
        story.ok(
            f"long-lived token for user {token.user_id}, expires in {token.expires_in} s "
            f"(at {token.expires_at:%Y-%m-%d %H:%M} UTC)"
        )
        story.note(f"permissions: {', '.join(token.permissions)}")
        story.note(f"repr() never shows the token: {repr(token)[:60]}...")

        client = InstagramClient(token.access_token, base_url=server.url, on_token_refresh=persisted.append)
        story.say("Checking token info: client.auth.me('id,user_id,username,account_type')")
        me = client.auth.me("id,user_id,username,account_type")
        story.ok(f"username {me.username}, account type {me.account_type}")
        story.note(f"two IDs: me.id {me.id} is the app-scoped user ID (unique to your app);")
        story.note(f"me.user_id {me.user_id} is the professional account ID: client.get_user_id(), webhooks' entry.id")

        story.say("Refreshing a token that is less than 24 hours old")
        try:
            client.auth.refresh_token()
        except ValidationError as error:
            story.ok(f"refused (Meta requires tokens to be 24 hours old): {error.message}")
        clock_before = fake.clock.now()
        fake.clock.advance(hours=25)
        moved = f"{clock_before:%Y-%m-%d %H:%M} -> {fake.clock.now():%Y-%m-%d %H:%M} UTC"
        story.note(f"the fake's clock moves 25 hours: {moved}")
        refreshed = client.auth.refresh_token()
        story.ok(f"refreshed: valid for {round((refreshed.expires_in or 0) / 86400)} more days")
        story.ok(f"the client switched tokens and on_token_refresh persisted it ({len(persisted)} saved)")

        story.say("An expired token")
        fake.clock.advance(days=61)
        try:
            client.users.get_profile()
        except Exception as error:  # the TS page's pattern: catch, then classify
            if not is_authentication_error(error):
                raise
            kind, number, sub = type(error).__name__, getattr(error, "code", None), getattr(error, "subcode", None)
            story.ok(f"is_authentication_error(error) is True: {kind}, code {number}, subcode {sub}")
            story.note("-> redirect the user to log in again")
        try:
            InstagramOAuth.get_short_lived_token(
                client_id=fake.client_id,
                client_secret=fake.client_secret,
                code=code,
                redirect_uri=fake.redirect_uri,
                base_url=server.url,
            )
        except InvalidAuthorizationCodeError as error:
            story.ok(f"the old authorization code is single-use: {error.message}")
        token, _ = log_in(fake, server.url, story)
        client.set_access_token(token.access_token)
        story.ok("logged in again; the client uses the new long-lived token")

        story.say("Walking the media list with pagination (10 per page)")
        before = sum(1 for e in fake.exchanges if e.operation_id == "get_user_media")
        count = sum(1 for _media in client.paginate(client.users.get_media, limit=10))
        pages = sum(1 for e in fake.exchanges if e.operation_id == "get_user_media") - before
        story.ok(f"{count} media over {pages} pages, fetched lazily with the `after` cursor")
        story.note("(paging.next URLs carry the token; the SDK never requests them)")

        story.say("Publishing a reel with wait_and_publish")
        container = client.publishing.create_video_container("https://www.example.com/reel.mp4", caption="Made offline")
        status_code = client.publishing.get_container_status(container.id).status_code
        story.ok(f"container {container.id} created; status {status_code}")
        published = client.publishing.wait_and_publish(container.id, interval=0.25, timeout=10)
        quota = client.publishing.check_publishing_quota()
        story.ok(f"published as media {published.media_id}; quota {quota.used}/{quota.total} in the rolling 24 hours")

        story.say("A signed webhook, verified by your endpoint")
        payload = fake.comment_event(published.media_id, "Love this reel!", "a_fan")
        status = fake.deliver_webhook(hook_url, payload).status_code
        event = received[-1].events[0]
        author = event.value.from_.username
        story.ok(f"HTTP {status}: signature valid; event {event.field!r} from @{author}: {event.value.text!r}")
        forged = fake.deliver_webhook(hook_url, payload, app_secret="not-the-app-secret").status_code
        story.ok(f"a forged signature is refused with HTTP {forged}")
        client.close()

        from . import _demo_tokens  # the store and the sweep (the `tokens` extra)

        _demo_tokens.run(fake, server.url, story, token)

    print("\nDone: every step ran offline against FakeInstagram. Next: `make test`, and docs/ for each topic.")
    return 0
