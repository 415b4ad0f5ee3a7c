"""Webhook signatures (never raise), the subscription handshake, all three layouts, de-duplication."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import pytest
from helpers import present

import instagram_graph_api_sdk as sdk
from instagram_graph_api_client.models.webhook_comment_value import WebhookCommentValue
from instagram_graph_api_client.models.webhook_messaging_event import WebhookMessagingEvent
from instagram_graph_api_sdk.webhooks import InstagramWebhooks, WebhookDeduplicator, WebhookNotification

SECRET = "test-app-secret-0001"
BODY = '{"object":"instagram","entry":[{"id":"1784","time":1,"changes":[{"field":"comments","value":{"id":"C1","text":"äöå / < % @ 🎉"}}]}]}'.encode()


def sign(body: bytes, secret: str = SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def test_a_valid_signature_over_the_raw_bytes() -> None:
    assert InstagramWebhooks.verify_signature(BODY, sign(BODY), SECRET)
    assert InstagramWebhooks.verify_signature(bytearray(BODY), sign(BODY), SECRET)
    assert InstagramWebhooks.verify_signature(BODY.decode(), sign(BODY), SECRET)
    assert InstagramWebhooks.verify_signature(BODY, sign(BODY).upper().replace("SHA256=", "sha256="), SECRET)
    assert InstagramWebhooks.signature(BODY, SECRET) == sign(BODY)


def test_a_signature_over_reserialized_json_does_not_verify() -> None:
    reserialized = json.dumps(json.loads(BODY)).encode()  # escapes the non-ASCII characters
    assert reserialized != BODY
    assert not InstagramWebhooks.verify_signature(BODY, sign(reserialized), SECRET)


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "sha256=",
        "sha1=" + "0" * 40,
        "sha256",
        "sha256=zz" + "0" * 62,
        "sha256=" + "0" * 63,
        "sha256=" + "0" * 65,
        sign(BODY)[:-1],
        sign(BODY)[:40],
        "sha256=" + "0" * 64,
        sign(BODY, "another-secret"),
        "  " + sign(BODY),
        12345,
        b"sha256=abc",
    ],
)
def test_bad_missing_truncated_and_wrong_length_signatures_are_false_never_errors(header: Any) -> None:
    assert InstagramWebhooks.verify_signature(BODY, header, SECRET) is False


@pytest.mark.parametrize("secret", ["", None, 42, [], [""]])
def test_a_missing_secret_fails_closed(secret: Any) -> None:
    assert InstagramWebhooks.verify_signature(BODY, sign(BODY), secret) is False


def test_wrong_body_types_fail_closed() -> None:
    assert InstagramWebhooks.verify_signature(None, sign(BODY), SECRET) is False  # type: ignore[arg-type]
    assert InstagramWebhooks.verify_signature({"a": 1}, sign(BODY), SECRET) is False  # type: ignore[arg-type]


def test_several_secrets_for_rotation() -> None:
    assert InstagramWebhooks.verify_signature(BODY, sign(BODY, "new-secret"), ["old-secret", "new-secret"])
    assert InstagramWebhooks.verify_signature(BODY, sign(BODY, "old-secret"), ("old-secret", "new-secret"))
    assert not InstagramWebhooks.verify_signature(BODY, sign(BODY, "third"), ["old-secret", "new-secret"])


def test_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str]] = []
    real = hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    InstagramWebhooks.verify_signature(BODY, sign(BODY), ["one", SECRET])
    assert len(calls) == 2  # every secret is checked, no early exit


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"hub.mode": "subscribe", "hub.verify_token": "vt", "hub.challenge": "1158201444"}, "1158201444"),
        ({"hub.mode": ["subscribe"], "hub.verify_token": ["vt"], "hub.challenge": ["42"]}, "42"),
        ({"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "1"}, None),
        ({"hub.mode": "unsubscribe", "hub.verify_token": "vt", "hub.challenge": "1"}, None),
        ({"hub.mode": "subscribe", "hub.challenge": "1"}, None),
        ({"hub.mode": "subscribe", "hub.verify_token": "vt"}, None),
        ({}, None),
    ],
)
def test_verify_subscription(params: dict[str, Any], expected: str | None) -> None:
    assert InstagramWebhooks.verify_subscription(params, "vt") == expected
    assert InstagramWebhooks.verify_subscription(params, "") is None


MESSAGING = {
    "object": "instagram",
    "entry": [
        {
            "id": "1784",
            "time": 1743480368963,
            "messaging": [
                {
                    "sender": {"id": "U1"},
                    "recipient": {"id": "1784"},
                    "timestamp": 1743480368714,
                    "message": {"mid": "MID1", "text": "Hello"},
                },
                {
                    "sender": {"id": "U1"},
                    "recipient": {"id": "1784"},
                    "timestamp": 2,
                    "reaction": {"mid": "MID1", "action": "react", "reaction": "love", "emoji": "❤"},
                },
                {"sender": {"id": "U1"}, "recipient": {"id": "1784"}, "timestamp": 3, "read": {"mid": "MID1"}},
                {
                    "sender": {"id": "U1"},
                    "recipient": {"id": "1784"},
                    "timestamp": 4,
                    "postback": {"mid": "MID2", "title": "Start", "payload": "P"},
                },
                {
                    "sender": {"id": "U1"},
                    "recipient": {"id": "1784"},
                    "timestamp": 5,
                    "message_edit": {"mid": "MID1", "text": "Hi", "num_edit": 1},
                },
                {"sender": {"id": "U1"}, "recipient": {"id": "1784"}, "timestamp": 6, "brand_new_event": {"x": 1}},
            ],
        }
    ],
}
CHANGES = {
    "object": "instagram",
    "entry": [
        {
            "id": "1784",
            "time": 1743480368,
            "changes": [
                {
                    "field": "comments",
                    "value": {
                        "from": {"id": "U2", "username": "commenter"},
                        "id": "C1",
                        "text": "so cool!",
                        "media": {"id": "M1", "media_product_type": "FEED"},
                    },
                },
                {"field": "mentions", "value": {"media_id": "M2", "comment_id": "C2"}},
                {"field": "brand_new_field", "value": {"anything": True}},
            ],
        }
    ],
}
FIELD_VALUE = {
    "object": "instagram",
    "entry": [
        {
            "id": "1784",
            "time": 1,
            "field": "comments",
            "value": {
                "id": "C3",
                "from": {"username": "u"},
                "text": "hi",
                "media": {"id": "M3", "media_product_type": "REELS"},
            },
        }
    ],
}


def test_messaging_layout() -> None:
    parsed = InstagramWebhooks.parse_payload(json.dumps(MESSAGING).encode())
    assert isinstance(parsed, WebhookNotification)
    assert parsed.object == "instagram"
    fields = [e.field for e in parsed.events]
    assert fields == [
        "messages",
        "message_reactions",
        "messaging_seen",
        "messaging_postbacks",
        "message_edit",
        "unknown",
    ]
    first = parsed.events[0]
    assert isinstance(first.value, WebhookMessagingEvent)
    assert present(first.value.message).text == "Hello"
    assert first.account_id == "1784"
    assert first.layout == "messaging"
    assert first.time == 1743480368963
    assert parsed.events[-1].raw["brand_new_event"] == {"x": 1}  # unknown events are kept


def test_changes_layout() -> None:
    parsed = InstagramWebhooks.parse_payload(CHANGES)
    comment, mention, unknown = parsed.events
    assert isinstance(comment.value, WebhookCommentValue)
    assert comment.value.text == "so cool!"
    assert present(comment.value.from_).username == "commenter"
    assert mention.value.media_id == "M2"
    assert mention.layout == "changes"
    assert unknown.field == "brand_new_field"
    assert unknown.value == {"anything": True}


def test_field_value_layout() -> None:
    (event,) = InstagramWebhooks.parse_payload(json.dumps(FIELD_VALUE)).events
    assert event.layout == "field"
    assert event.field == "comments"
    assert isinstance(event.value, WebhookCommentValue)
    assert present(event.value.media).media_product_type == "REELS"


def test_unknown_keys_are_kept_in_the_payload() -> None:
    body = {**CHANGES, "surprise": 1}
    assert InstagramWebhooks.parse_payload(body).payload["surprise"] == 1


@pytest.mark.parametrize("body", [b"not json", b"[]", b'{"object": "instagram"}', b'{"entry": "nope"}', b"{" * 3000])
def test_bodies_that_are_not_notifications_raise_a_typed_error(body: bytes) -> None:
    with pytest.raises(sdk.WebhookPayloadError):
        InstagramWebhooks.parse_payload(body)


def test_deduplication() -> None:
    dedupe = WebhookDeduplicator(max_entries=3)
    events = InstagramWebhooks.parse_payload(MESSAGING).events
    redelivered = InstagramWebhooks.parse_payload(MESSAGING).events
    handled = [e.field for e in (*events[:2], *redelivered[:2]) if dedupe.first_time(e)]
    assert handled == ["messages", "message_reactions"]
    comments = InstagramWebhooks.parse_payload(CHANGES).events
    assert dedupe.first_time(comments[0])
    assert not dedupe.first_time(comments[0])
    assert len(dedupe) == 3  # bounded
    with pytest.raises(ValueError):
        WebhookDeduplicator(0)
