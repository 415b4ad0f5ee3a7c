"""FakeInstagram's state: a controllable clock, the app, tokens, the account and its content.

Everything a route reads or changes lives here, behind one lock (the loopback server is
threaded). Seed data borrows its shapes and values from Meta's docs and Postman collection.
"""

from __future__ import annotations

import itertools
import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from .._constants import ALL_SCOPES, LONG_LIVED_TOKEN_LIFETIME, SHORT_LIVED_TOKEN_LIFETIME

EPOCH = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


class FakeClock:
    """The fake's time: a fixed start, moved by `advance()` (and by real time if `real_time`)."""

    def __init__(self, start: datetime = EPOCH, *, real_time: bool = True) -> None:
        import time

        self._start = start
        self._offset = timedelta()
        self._real_time = real_time
        self._monotonic = time.monotonic
        self._began = time.monotonic()

    def now(self) -> datetime:
        elapsed = timedelta(seconds=self._monotonic() - self._began) if self._real_time else timedelta()
        return self._start + self._offset + elapsed

    __call__ = now  # so `clock=fake.clock` plugs into the SDK (see instagram_graph_api_sdk._clock)

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        """Move time forward: `clock.advance(hours=25)` or `clock.advance(timedelta(days=61))`."""
        self._offset += delta if delta is not None else timedelta(**kwargs)
        return self.now()


def stamp(when: datetime) -> str:
    """Meta's timestamp format: 2026-03-02T08:00:00+0000."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


@dataclass
class Token:
    value: str
    kind: str  # "short" or "long"
    user_id: str
    scopes: tuple[str, ...]
    issued: datetime
    expires: datetime
    revoked: str | None = None  # None, "password_changed" or "logged_out"


@dataclass
class Code:
    value: str
    redirect_uri: str
    scopes: tuple[str, ...]
    issued: datetime
    used: bool = False


@dataclass
class Container:
    id: str
    params: dict[str, Any]
    created: datetime
    ready_at: datetime
    failure: str | None = None  # an error status text, e.g. a 2207052 download failure
    published_media: str | None = None
    file_size: int | None = None  # resumable uploads
    bytes_received: int = 0
    publishing_until: datetime | None = None  # a slow media_publish still running (faults.slow_publish)
    publishing_status: str = "FINISHED"  # what the container reads meanwhile (FINISHED or IN_PROGRESS)


@dataclass
class State:
    """All of one FakeInstagram's data."""

    clock: FakeClock
    client_id: str = "990602627938098"
    client_secret: str = "fake-app-secret"
    redirect_uris: list[str] = field(default_factory=lambda: ["http://127.0.0.1/instagram/callback"])
    user_id: str = "17841400000000001"  # the professional account ID (webhooks' entry.id)
    app_scoped_id: str = "7219012345678901"  # /me `id` under Instagram Login
    username: str = "fake_business"
    quota_total: int = 50
    video_processing: timedelta = timedelta(seconds=2)
    resumable_uploads: bool = False  # serve upload_type=resumable on graph.instagram.com (Meta does not)
    legacy_token_shape: bool = False  # answer get_short_lived_token in the older, flat shape
    thread_owners: dict[str, str] = field(default_factory=dict)  # IGSID -> app ID (Conversation Routing)
    tokens: dict[str, Token] = field(default_factory=dict)
    codes: dict[str, Code] = field(default_factory=dict)
    media: dict[str, dict[str, Any]] = field(default_factory=dict)  # insertion order: oldest first
    comments: dict[str, dict[str, Any]] = field(default_factory=dict)
    containers: dict[str, Container] = field(default_factory=dict)
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)
    conversations: dict[str, dict[str, Any]] = field(default_factory=dict)
    messages: dict[str, dict[str, Any]] = field(default_factory=dict)
    sent: list[dict[str, Any]] = field(default_factory=list)  # every Send API body, in order
    welcome_flows: dict[str, dict[str, Any]] = field(default_factory=dict)
    messenger_profile: dict[str, Any] = field(default_factory=dict)
    subscribed_fields: list[str] = field(default_factory=list)
    publishes: list[datetime] = field(default_factory=list)
    calls: list[datetime] = field(default_factory=list)
    lock: threading.RLock = field(default_factory=threading.RLock)
    _ids: Any = field(default_factory=lambda: itertools.count(17900000000000000))
    _deny_next: bool = False

    def deny_next_authorization(self) -> None:
        """The next visit to the authorization URL ends with error=access_denied."""
        self._deny_next = True

    def take_denial(self) -> bool:
        """Whether this authorization is to be denied (a denial is used once)."""
        deny, self._deny_next = self._deny_next, False
        return deny

    def new_id(self) -> str:
        return str(next(self._ids))

    def now(self) -> datetime:
        return self.clock.now()

    # --- tokens
    def issue_token(self, kind: str, scopes: tuple[str, ...] = ALL_SCOPES, *, issued: datetime | None = None) -> Token:
        issued = issued or self.now()
        lifetime = SHORT_LIVED_TOKEN_LIFETIME if kind == "short" else LONG_LIVED_TOKEN_LIFETIME
        prefix = "fake-short-lived-" if kind == "short" else "fake-long-lived-"
        token = Token(prefix + secrets.token_hex(12), kind, self.user_id, scopes, issued, issued + lifetime)
        self.tokens[token.value] = token
        return token

    def issue_code(self, redirect_uri: str, scopes: tuple[str, ...]) -> Code:
        code = Code("fake-code-" + secrets.token_hex(16), redirect_uri, scopes, self.now())
        self.codes[code.value] = code
        return code

    # --- seed data
    def seed(self) -> None:
        """One account with media, comments, a customer conversation: enough to page through."""
        start = self.now() - timedelta(days=40)
        kinds = ("IMAGE", "VIDEO", "CAROUSEL_ALBUM")
        for i in range(30):
            media_id = self.new_id()
            kind = kinds[i % 3]
            extension = "mp4" if kind == "VIDEO" else "jpg"
            self.media[media_id] = {
                "id": media_id,
                "caption": f"Post number {i + 1} #fake",
                "media_type": kind,
                "media_product_type": "REELS" if kind == "VIDEO" else "FEED",
                "media_url": f"https://scontent.cdninstagram.com/v/fake-{media_id}.{extension}",
                "permalink": f"https://www.instagram.com/p/FAKE{i:07d}/",
                "shortcode": f"FAKE{i:07d}",
                "timestamp": stamp(start + timedelta(days=i)),
                "username": self.username,
                "like_count": 10 + i,
                "comments_count": 0,
                "is_comment_enabled": True,
                "owner": {"id": self.user_id},
            }
            if kind == "VIDEO":
                self.media[media_id]["thumbnail_url"] = f"https://scontent.cdninstagram.com/v/fake-{media_id}-thumb.jpg"
            if kind == "CAROUSEL_ALBUM":
                children = []
                for _ in range(2):
                    child = self.new_id()
                    self.media[child] = {
                        "id": child,
                        "media_type": "IMAGE",
                        "media_product_type": "FEED",
                        "_child": True,
                        "media_url": f"https://scontent.cdninstagram.com/v/fake-{child}.jpg",
                        "timestamp": self.media[media_id]["timestamp"],
                        "username": self.username,
                    }
                    children.append(child)
                self.media[media_id]["children"] = children
        newest = [m for m in self.media if not self.media[m].get("_child")][-1]
        for i in range(60):
            self.add_comment(
                newest, f"Comment {i + 1}", "commenter_" + str(i % 7), when=start + timedelta(days=30, minutes=i)
            )
        first_comment = next(iter(self.comments))
        for i in range(3):
            self.add_comment(newest, f"Reply {i + 1}", self.username, parent=first_comment)
        customer = "819898670256713"  # Meta's Postman collection's recorded customer
        self.customers[customer] = {
            "id": customer,
            "name": "Stories Store",
            "username": "stories.in.store",
            "follower_count": 1,
            "profile_pic": "https://scontent.cdninstagram.com/v/fake-profile.jpg",
            "is_verified_user": False,
            "is_user_follow_business": False,
            "is_business_follow_user": False,
        }
        conversation = self.new_id()
        self.conversations[conversation] = {"id": conversation, "customer": customer, "messages": []}
        for i, text in enumerate(("hi", "is the summer sale still on?", "thanks!")):
            self.record_message(conversation, text, from_customer=i % 2 == 0, when=start + timedelta(days=35, hours=i))

    def add_comment(
        self, media_id: str, text: str, username: str, *, parent: str | None = None, when: datetime | None = None
    ) -> dict[str, Any]:
        comment_id = self.new_id()
        comment = {
            "id": comment_id,
            "text": text,
            "username": username,
            "timestamp": stamp(when or self.now()),
            "like_count": 0,
            "hidden": False,
            "from": {"id": self.new_id(), "username": username},
            "media": {"id": media_id, "media_product_type": self.media[media_id]["media_product_type"]},
        }
        if parent:
            comment["parent_id"] = parent
        self.comments[comment_id] = comment
        self.media[media_id]["comments_count"] += 1
        return comment

    def record_message(
        self, conversation: str, text: str, *, from_customer: bool, when: datetime | None = None
    ) -> dict[str, Any]:
        customer = self.customers[self.conversations[conversation]["customer"]]
        me = {"id": self.user_id, "username": self.username}
        them = {"id": customer["id"], "username": customer["username"]}
        mid = "fake-mid-" + secrets.token_hex(8)
        message = {
            "id": mid,
            "created_time": stamp(when or self.now()),
            "message": text,
            "is_unsupported": False,
            "from": them if from_customer else me,
            "to": {"data": [me if from_customer else them]},
        }
        self.messages[mid] = message
        self.conversations[conversation]["messages"].insert(0, mid)  # newest first
        self.conversations[conversation]["updated_time"] = message["created_time"]
        return message
