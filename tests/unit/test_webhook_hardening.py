"""Webhooks against hostile or odd input: bytes-like secrets, colliding IDs, deep payloads, replays."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import pytest
from helpers import FakeTime

import instagram_graph_api_sdk as sdk
from instagram_graph_api_sdk.webhooks import MAX_DEPTH, InstagramWebhooks, WebhookDeduplicator, WebhookEvent

SECRET = ("0123456789abcdef" * 2).encode()  # a 32-hex-digit app secret, as bytes (built: no literal)
BODY = b'{"object":"instagram","entry":[{"id":"1784","time":1700000000,"changes":[{"field":"comments","value":{"id":"C1"}}]}]}'


def sign(body: bytes, secret: bytes = SECRET) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


@pytest.mark.parametrize("secret", [SECRET, bytearray(SECRET), memoryview(SECRET), SECRET.decode()], ids=repr)
def test_bytes_like_secrets_verify(secret: Any) -> None:
    header = sign(BODY)
    assert InstagramWebhooks.verify_signature(BODY, header, secret) is True
    assert InstagramWebhooks.verify_signature(BODY, header, [b"old-secret", secret]) is True
    assert InstagramWebhooks.signature(BODY, secret) == header


def test_a_bytearray_secret_is_one_secret_not_a_list_of_ints() -> None:
    wrong = sign(BODY, b"another-secret")
    assert InstagramWebhooks.verify_signature(BODY, wrong, bytearray(SECRET)) is False


def test_signature_refuses_an_unusable_secret() -> None:
    unusable: tuple[Any, ...] = ("", b"", None, 42)  # wrong on purpose: what a caller might pass
    for secret in unusable:
        with pytest.raises(sdk.ConfigurationError):
            InstagramWebhooks.signature(BODY, secret)


def change(account: str, field: str, value: dict[str, Any]) -> WebhookEvent:
    return WebhookEvent(account, field, "changes", 1, value, {"field": field, "value": value})


def test_dedupe_keys_do_not_collide_when_ids_hold_separators() -> None:
    pairs = [
        (change("a:b", "comments", {"id": "c"}), change("a", "b:comments", {"id": "c"})),
        (
            change("1", "comments", {"id": "x:y", "comment_id": ""}),
            change("1", "comments", {"id": "x", "comment_id": "y"}),
        ),
        (change("1", "comments", {"id": 'x","y'}), change("1", "comments", {"id": "x", "comment_id": "y"})),
    ]
    for first, second in pairs:
        assert first.key != second.key
        dedupe = WebhookDeduplicator()
        assert dedupe.first_time(first)
        assert dedupe.first_time(second)  # a different event, not a repeat
        assert not dedupe.first_time(first)


def nested(depth: int) -> dict[str, Any]:
    node: dict[str, Any] = {"leaf": True}
    for _ in range(depth):
        node = {"n": node}
    return node


def test_a_pathologically_deep_payload_is_a_typed_error_not_recursion_error() -> None:
    deep = {
        "object": "instagram",
        "entry": [{"id": "1", "time": 1, "changes": [{"field": "x", "value": nested(50_000)}]}],
    }
    with pytest.raises(sdk.WebhookPayloadError, match="nests deeper"):
        InstagramWebhooks.parse_payload(deep)
    event = WebhookEvent("1", "x", "changes", 1, None, {"field": "x", "value": nested(50_000)})
    with pytest.raises(sdk.WebhookPayloadError):
        _ = event.key
    text = (
        '{"object":"instagram","entry":[{"id":"1","changes":[{"field":"x","value":'
        + "[" * 50_000
        + "]" * 50_000
        + "}]}]}"
    )
    with pytest.raises(sdk.WebhookPayloadError):
        InstagramWebhooks.parse_payload(text.encode())


def test_ordinary_nesting_still_hashes() -> None:
    payload = {
        "object": "instagram",
        "entry": [{"id": "1", "time": 1, "changes": [{"field": "x", "value": nested(MAX_DEPTH - 8)}]}],
    }
    (event,) = InstagramWebhooks.parse_payload(payload).events
    assert json.loads(event.key)[2] == "sha256"


def test_max_age_refuses_replays_past_the_window() -> None:
    clock = FakeTime()
    clock.now = 1_700_000_000.0
    dedupe = WebhookDeduplicator(max_entries=1, max_age=300, clock=clock)
    fresh = change("1", "comments", {"id": "A"})
    fresh = WebhookEvent("1", "comments", "changes", 1_700_000_000 - 10, None, fresh.raw)
    assert dedupe.first_time(fresh)
    other = WebhookEvent("1", "comments", "changes", 1_700_000_000, None, {"field": "comments", "value": {"id": "B"}})
    assert dedupe.first_time(other)  # pushes A out of the one-entry memory
    clock.sleep(600)
    assert not dedupe.first_time(fresh)  # forgotten by the memory, refused by the window
    millis = WebhookEvent("1", "messages", "messaging", int((clock.now - 5) * 1000), None, {"message": {"mid": "m1"}})
    assert dedupe.first_time(millis)  # messaging entries carry milliseconds
    undated = WebhookEvent("1", "comments", "changes", None, None, {"field": "comments", "value": {"id": "C"}})
    assert not dedupe.first_time(undated)
    future = WebhookEvent(
        "1", "comments", "changes", int(clock.now) + 3600, None, {"field": "comments", "value": {"id": "D"}}
    )
    assert not dedupe.first_time(future)


def test_without_max_age_old_events_are_still_handled_once() -> None:
    dedupe = WebhookDeduplicator()
    old = WebhookEvent("1", "comments", "changes", 1, None, {"field": "comments", "value": {"id": "A"}})
    assert dedupe.first_time(old)
    assert not dedupe.first_time(old)


@pytest.mark.parametrize("max_age", [0, -1])
def test_max_age_must_be_positive(max_age: float) -> None:
    with pytest.raises(sdk.ConfigurationError):
        WebhookDeduplicator(max_age=max_age)


def test_the_webhook_app_secret_is_pinned_in_the_redaction_registry() -> None:
    # A multi-tenant process registers many tokens; the app secret that signs webhooks must stay
    # redacted however many come after it (issue 8 item 9: pinned, not evicted).
    from instagram_graph_api_sdk._redact import KNOWN_LIMIT, redact, register_secret

    app_secret = "9c" * 16  # 32 hex characters, not a Meta token shape
    InstagramWebhooks.verify_signature(b"{}", "sha256=" + "0" * 64, app_secret)
    for index in range(KNOWN_LIMIT + 50):
        register_secret(f"tenant-token-{index:05d}-x|y")
    assert app_secret not in redact(f"signing with {app_secret}")
