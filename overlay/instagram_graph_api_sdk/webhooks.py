"""Webhooks: verify the signature, answer the subscription handshake, parse events, drop repeats.

Meta signs each notification with `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret,
raw body)>`, computed over the raw bytes (never re-serialized JSON). Which secret signs
Instagram Login apps' notifications (the Instagram app secret or the Meta app secret) is not
settled in Meta's docs, so `verify_signature` accepts several secrets, which also covers rotation.
Meta signs no timestamp and retries deliveries for up to 36 hours, so a receiver must expect
duplicates: `WebhookDeduplicator` remembers what it has seen, and with `max_age=` also refuses
events whose `entry.time` is older than a window (a replay after the dedupe memory forgot it).
https://developers.facebook.com/docs/instagram-platform/webhooks
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from instagram_graph_api_client.models.webhook_comment_value import WebhookCommentValue
from instagram_graph_api_client.models.webhook_mention_value import WebhookMentionValue
from instagram_graph_api_client.models.webhook_messaging_event import WebhookMessagingEvent
from instagram_graph_api_client.models.webhook_payload import WebhookPayload
from instagram_graph_api_client.models.webhook_story_insights_value import WebhookStoryInsightsValue
from instagram_graph_api_client.types import Unset

from ._exceptions import ConfigurationError, WebhookPayloadError
from ._redact import register_secret
from ._webhook_dedupe import WebhookDeduplicator

__all__ = ["InstagramWebhooks", "WebhookDeduplicator", "WebhookEvent", "WebhookNotification"]

Secret = str | bytes | bytearray | memoryview
MAX_DEPTH = 32  # nesting Meta's notifications never approach (they are about 6 levels deep)
Layout = Literal["messaging", "changes", "field"]
_PREFIX = "sha256="
_HEX = frozenset("0123456789abcdef")
# Which messaging event a `messaging[]` item is, by the key it carries (webhook field names).
_MESSAGING_FIELDS = (
    ("message", "messages"),
    ("reaction", "message_reactions"),
    ("read", "messaging_seen"),
    ("postback", "messaging_postbacks"),
    ("referral", "messaging_referral"),
    ("message_edit", "message_edit"),
    ("pass_thread_control", "messaging_handover"),
    ("take_thread_control", "messaging_handover"),
    ("request_thread_control", "messaging_handover"),
    ("app_roles", "messaging_handover"),
)


def _messaging_field(item: Mapping[str, Any], standby: bool) -> str:
    """The webhook field of a `messaging[]` (or `standby[]`) item. A message the account sent
    itself (`is_echo`) is a `message_echoes` event; anything in `standby[]` is `standby`
    (https://developers.facebook.com/docs/instagram-platform/webhooks)."""
    if standby:
        return "standby"
    message = item.get("message")
    if isinstance(message, Mapping) and message.get("is_echo") is True:
        return "message_echoes"
    return next((f for key, f in _MESSAGING_FIELDS if key in item), "unknown")


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """One event from a notification, whichever layout it came in.

    `field` is the webhook field (messages, message_echoes, message_reactions, messaging_handover,
    standby, comments, mentions, story_insights, ...; "unknown" for a messaging item the SDK does
    not recognize). `value` is a typed model for the fields it knows (WebhookMessagingEvent,
    WebhookCommentValue, WebhookMentionValue, WebhookStoryInsightsValue) and the raw dict
    otherwise; `raw` is always the item as received, unknown keys included.
    """

    account_id: str
    field: str
    layout: Layout
    time: int | None
    value: Any
    raw: Mapping[str, Any] = dataclasses.field(repr=False)

    @property
    def key(self) -> str:
        """A stable identity for de-duplication (message mid, comment id, or a hash of the item).

        A JSON array of its parts, so no choice of IDs can make two different events collide
        (`"a:b" + ":" + "c"` and `"a" + ":" + "b:c"` stay distinct)."""
        parts = [self.account_id, self.field, *_identity(self.raw)]
        return json.dumps(parts, ensure_ascii=False, separators=(",", ":"))

    def seconds(self) -> float | None:
        """`time` in seconds (Meta sends milliseconds in messaging notifications, seconds elsewhere)."""
        if self.time is None:
            return None
        return self.time / 1000 if self.time > 100_000_000_000 else float(self.time)


@dataclass(frozen=True, slots=True)
class WebhookNotification:
    """A parsed notification: the typed payload and its events in order."""

    object: str
    payload: WebhookPayload
    events: tuple[WebhookEvent, ...]


def _identity(item: Mapping[str, Any]) -> list[str]:
    for outer in ("message", "message_edit", "reaction", "read", "postback"):
        inner = item.get(outer)
        if isinstance(inner, Mapping) and inner.get("mid"):
            extra = [str(inner.get("action")), str(inner.get("reaction"))] if outer == "reaction" else []
            return [outer, str(inner["mid"]), *extra, str(item.get("timestamp", ""))]
    value = item.get("value") if isinstance(item.get("value"), Mapping) else item
    for key in ("id", "comment_id", "media_id"):
        if isinstance(value, Mapping) and value.get(key):
            return [key, str(value[key]), str(value.get("comment_id", ""))]
    _check_depth(item)
    canonical = json.dumps(item, sort_keys=True, separators=(",", ":"), default=str)
    return ["sha256", hashlib.sha256(canonical.encode()).hexdigest()]


def _check_depth(value: Any, limit: int = MAX_DEPTH) -> None:
    """WebhookPayloadError when `value` nests dicts/lists deeper than `limit` (checked without
    recursion, so a pathological payload cannot raise RecursionError inside a web framework)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, Mapping):
            children: Iterable[Any] = node.values()
        elif isinstance(node, list | tuple):
            children = node
        else:
            continue
        if depth >= limit:
            raise WebhookPayloadError(
                f"the webhook body nests deeper than {limit} levels; Instagram notifications never do"
            )
        stack.extend((child, depth + 1) for child in children)


def _key_bytes(secret: object) -> bytes | None:
    """A usable HMAC key, or None (empty, or not text/bytes). The app secret is pinned in the
    redaction registry (never evicted, whatever else a multi-tenant process registers)."""
    if isinstance(secret, str):
        key = secret.encode()
    elif isinstance(secret, bytes | bytearray | memoryview):
        key = bytes(secret)
    else:
        return None
    if key:
        register_secret(key.decode("utf-8", "replace"), pin=True)
    return key or None


def _typed_change(field_name: str, value: Any) -> Any:
    if not isinstance(value, Mapping):
        return value
    try:
        if field_name in ("comments", "live_comments"):
            return WebhookCommentValue.from_dict(value)
        if field_name == "mentions":
            return WebhookMentionValue.from_dict(value)
        if field_name == "story_insights":
            return WebhookStoryInsightsValue.from_dict(value)
    except (KeyError, TypeError, ValueError):
        return dict(value)
    return dict(value)


def _time(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class InstagramWebhooks:
    """Static helpers for an app's webhook endpoint."""

    @staticmethod
    def signature(raw_body: bytes | bytearray | memoryview | str, app_secret: Secret) -> str:
        """The `X-Hub-Signature-256` value Meta would send for `raw_body` (for tests and fakes)."""
        body = raw_body.encode() if isinstance(raw_body, str) else bytes(raw_body)
        key = _key_bytes(app_secret)
        if key is None:
            raise ConfigurationError("app_secret must be a non-empty str or bytes-like value")
        return _PREFIX + hmac.new(key, body, hashlib.sha256).hexdigest()

    @staticmethod
    def verify_signature(
        raw_body: bytes | bytearray | memoryview | str,
        signature_header: str | None,
        app_secret: Secret | Iterable[Secret],
    ) -> bool:
        """True when `signature_header` is a valid `sha256=<hex>` HMAC of the raw body under any secret.

        Never raises: a missing, malformed, truncated or wrong-length header, an empty secret or
        a body of the wrong type all give False. Comparisons are constant-time.
        """
        try:
            if not isinstance(signature_header, str) or not signature_header.startswith(_PREFIX):
                return False
            provided = signature_header[len(_PREFIX) :].strip().lower()
            if len(provided) != 64 or not set(provided) <= _HEX:
                return False
            body = raw_body.encode("utf-8") if isinstance(raw_body, str) else bytes(raw_body)
            # A bytes-like secret is one secret, never an iterable of ints.
            single = isinstance(app_secret, str | bytes | bytearray | memoryview)
            secrets = [app_secret] if single else list(app_secret)
            valid = False
            for secret in secrets:
                key = _key_bytes(secret)
                if key is None:
                    continue
                expected = hmac.new(key, body, hashlib.sha256).hexdigest()
                valid |= hmac.compare_digest(expected, provided)  # check every secret: no early exit
            return valid
        except Exception:  # verification must fail closed, never crash the endpoint
            return False

    @staticmethod
    def verify_subscription(params: Mapping[str, Any], verify_token: str) -> str | None:
        """The `hub.challenge` to echo (HTTP 200, plain text) when the handshake is genuine, else None
        (answer 403). Accepts a plain mapping or a multi-dict (lists of values)."""

        def first(name: str) -> str | None:
            value = params.get(name)
            if isinstance(value, Sequence) and not isinstance(value, str):
                value = value[0] if value else None
            return value if isinstance(value, str) else None

        token = first("hub.verify_token")
        challenge = first("hub.challenge")
        if first("hub.mode") != "subscribe" or token is None or challenge is None or not verify_token:
            return None
        return challenge if hmac.compare_digest(token.encode(), verify_token.encode()) else None

    @staticmethod
    def parse_payload(body: bytes | str | Mapping[str, Any]) -> WebhookNotification:
        """Parse a notification (raw bytes, text or an already-decoded dict) into typed events.

        All three layouts Meta uses are read: `entry[].messaging[]`, `entry[].changes[]`, and a
        top-level `field`/`value` pair in the entry. Unknown keys and events are kept, not
        dropped. Raises WebhookPayloadError when the body is not a notification at all.
        """
        if isinstance(body, bytes | str):
            try:
                data = json.loads(body)
            except (ValueError, RecursionError):
                raise WebhookPayloadError("the webhook body is not JSON") from None
        else:
            data = body
        if not isinstance(data, Mapping) or not isinstance(data.get("entry"), list):
            raise WebhookPayloadError("the webhook body has no entry[] list; is it an Instagram notification?")
        _check_depth(data)
        try:
            payload = WebhookPayload.from_dict(data)
        except (KeyError, TypeError, ValueError, RecursionError) as error:
            raise WebhookPayloadError(f"the webhook body does not have the documented shape ({error})") from None
        events: list[WebhookEvent] = []
        for entry in data["entry"]:
            if not isinstance(entry, Mapping):
                continue
            account = str(entry.get("id", ""))
            when = _time(entry.get("time"))
            items = [(i, False) for i in entry.get("messaging") or []]
            items += [(i, True) for i in entry.get("standby") or []]
            for item, standby in items:
                if not isinstance(item, Mapping):
                    continue
                name = _messaging_field(item, standby)
                try:
                    value: Any = WebhookMessagingEvent.from_dict(item)
                except (KeyError, TypeError, ValueError):
                    value = dict(item)
                events.append(WebhookEvent(account, name, "messaging", when, value, dict(item)))
            for change in entry.get("changes") or []:
                if isinstance(change, Mapping):
                    name = str(change.get("field", "unknown"))
                    value = _typed_change(name, change.get("value"))
                    events.append(WebhookEvent(account, name, "changes", when, value, dict(change)))
            if "field" in entry:
                name = str(entry["field"])
                raw = {"field": name, "value": entry.get("value")}
                events.append(WebhookEvent(account, name, "field", when, _typed_change(name, entry.get("value")), raw))
        kind = payload.object_ if not isinstance(payload.object_, Unset) else ""
        return WebhookNotification(object=kind, payload=payload, events=tuple(events))
