"""The Access Tokens story, step by step: the code behind `make demo`, to read and to copy.

    python examples/access_tokens_demo.py

Everything runs offline against FakeInstagram on a loopback port. With a real app, drop
`base_url=` and use your Instagram app ID, secret and redirect URI (docs/getting-started.md).
"""

from __future__ import annotations

import httpx

from instagram_graph_api_sdk import (
    AccessToken,
    InstagramClient,
    InstagramOAuth,
    ValidationError,
    is_authentication_error,
)
from instagram_graph_api_sdk.testing import FakeInstagram


def main() -> None:
    fake = FakeInstagram()
    saved: list[AccessToken] = []  # your database; on_token_refresh below appends to it
    with fake.serve() as server:
        print(f"1. FakeInstagram is listening on {server.url}")

        print("2. Instagram Login: authorization URL -> callback -> code exchange")
        auth = InstagramOAuth.build_authorization_url(
            client_id=fake.client_id, redirect_uri=fake.redirect_uri, base_url=server.url
        )
        # In a web app the browser goes to auth.url, the user consents, and Instagram redirects
        # to your redirect URI with ?code=...&state=...#_ (the fake consents at once).
        redirected_to = httpx.get(auth.url).headers["location"]
        callback = InstagramOAuth.parse_callback(redirected_to, expected_state=auth.state)
        token = InstagramOAuth.exchange_code_for_token(
            client_id=fake.client_id, client_secret=fake.client_secret, redirect_uri=fake.redirect_uri,
            code=callback.code, base_url=server.url,
        )  # fmt: skip
        print(f"   long-lived token, valid for {round((token.expires_in or 0) / 86400)} days")

        client = InstagramClient(token.access_token, base_url=server.url, on_token_refresh=saved.append)

        print("3. Checking the token: client.auth.me('id,user_id,username,account_type')")
        me = client.auth.me("id,user_id,username,account_type")
        print(f"   @{me.username} ({me.account_type})")
        # Two IDs, easy to confuse: `id` is the app-scoped ID of the user (unique to your app);
        # `user_id` is the Instagram professional account ID: webhooks name the account by it
        # (entry.id), so key your database by it. client.get_user_id() returns it, cached.
        print(f"   me.id      = {me.id}  (app-scoped user ID)")
        print(f"   me.user_id = {me.user_id}  (professional account ID = client.get_user_id() = webhooks' entry.id)")

        print("4. Refreshing: Meta refuses tokens less than 24 hours old")
        try:
            client.auth.refresh_token()
        except ValidationError as error:
            print(f"   refused: {error.message}")
        before = fake.clock.now()
        fake.clock.advance(hours=25)  # the fake's clock; with Instagram you would wait a day
        print(f"   the fake's clock moved 25 hours: {before:%Y-%m-%d %H:%M} -> {fake.clock.now():%Y-%m-%d %H:%M} UTC")
        refreshed = client.auth.refresh_token()
        days = round((refreshed.expires_in or 0) / 86400)
        print(f"   refreshed: valid for {days} more days; on_token_refresh saved {len(saved)} token")

        print("5. An expired token")
        fake.clock.advance(days=61)
        try:
            client.users.get_profile()
        except Exception as error:
            if not is_authentication_error(error):
                raise
            print(f"   {type(error).__name__}: send the user through Instagram Login again")
        client.close()
    print("Done. More: docs/access-tokens.md, and `make test`.")


if __name__ == "__main__":
    main()
