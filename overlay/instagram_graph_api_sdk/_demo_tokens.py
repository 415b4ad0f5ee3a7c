"""The demo's token-store chapter: an encrypted store, a refresh sweep, a from_store client.

Needs the `tokens` extra (SQLAlchemy, cryptography); imported by `_demo` only when it runs.
"""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .testing import FakeInstagram


def run(fake: FakeInstagram, base_url: str, story: Any, token: Any) -> None:
    from cryptography.fernet import Fernet

    from ._client import InstagramClient
    from .tokens import TokenStore

    with tempfile.TemporaryDirectory(prefix="instagram-demo-") as folder:
        story.say("Storing tokens encrypted: TokenStore('sqlite:///instagram-tokens.db')")
        path = Path(folder) / "instagram-tokens.db"
        store = TokenStore(f"sqlite:///{path}", key=Fernet.generate_key(), clock=fake.clock)
        store.put(token.user_id, token)
        now = fake.clock()
        for i in range(24):  # a fleet of accounts logged in 55 days ago: due within the week
            issued = now - timedelta(days=55)
            value = fake.issue_token(age=timedelta(days=55))
            store.put(f"demo{i:03d}", value, issued_at=issued, expires_at=issued + timedelta(days=60))
        fake.revoke(store.get("demo007").access_token)  # one user changed their password
        stored = store.get(token.user_id)
        story.ok(f"{len(store.list())} accounts stored; yours is {stored.status}, expires {stored.expires_at:%Y-%m-%d}")
        story.note(f"repr() leaves the token out: {stored!r}"[:110] + "...")
        plain = token.access_token.encode() in path.read_bytes()
        story.ok(f"the database file holds only Fernet ciphertext (token bytes in it: {plain})")
        story.ok(f"{len(store.due())} tokens due (younger than 24 h: never; unknown expiry: always)")

        story.say("A refresh sweep: store.refresh_due(concurrency=8)")
        report = store.refresh_due(concurrency=8, base_url=base_url)
        story.ok(str(report))
        story.note(f"needs re-login: {', '.join(report.needs_reauth)} ({store.get('demo007').last_error})"[:150])
        story.ok(f"a second run finds {len(store.due())} due: each token was written with its new expiry")

        story.say("A client that refreshes its stored token when due: InstagramClient.from_store()")
        fake.clock.advance(days=54)  # the freshly refreshed tokens are now within a week of expiry
        with InstagramClient.from_store(store, "demo000", base_url=base_url) as client:
            before = store.get("demo000").expires_at
            client.users.get_profile()
            after = store.get("demo000").expires_at
        story.ok(f"refreshed before the call and written back: expiry {before:%Y-%m-%d} -> {after:%Y-%m-%d}")
        store.close()
