"""Quickstart: profile, recent media, and the newest post's comments.

INSTAGRAM_ACCESS_TOKEN=... python examples/quickstart.py   # the real API
python examples/quickstart.py                              # FakeInstagram, offline
"""

from __future__ import annotations

import os

from instagram_graph_api_sdk import InstagramClient, is_authentication_error


def main(client: InstagramClient) -> None:
    me = client.users.get_profile(fields=["id", "username", "account_type", "media_count"])
    print(f"@{me.username} ({me.account_type}), {me.media_count} posts")

    recent = list(client.paginate(client.users.get_media, fields="id,caption,media_type,timestamp", max_items=5))
    for media in recent:
        print(f"  {media.timestamp:%Y-%m-%d} {media.media_type:<14} {media.caption or ''}")

    if recent:
        for comment in client.paginate(client.media.get_comments, recent[0].id, max_items=3):
            print(f"    @{comment.username}: {comment.text}")


if __name__ == "__main__":
    token = os.environ.get("INSTAGRAM_ACCESS_TOKEN")
    if token:
        client = InstagramClient(access_token=token)
    else:
        from instagram_graph_api_sdk.testing import FakeInstagram

        print("(no INSTAGRAM_ACCESS_TOKEN: using FakeInstagram)")
        client = FakeInstagram().client()
    with client:
        try:
            main(client)
        except Exception as error:
            if is_authentication_error(error):
                raise SystemExit("The token is invalid or expired: log in again.") from None
            raise
