"""The webhook fields Meta added for Instagram Login: message_echoes, messaging_handover, standby,
and the typed story_insights value and attachment payload (spec: WebhookMessagingEvent,
WebhookThreadControl, WebhookStoryInsightsValue; https://developers.facebook.com/docs/instagram-platform/webhooks)."""

from __future__ import annotations

from typing import Any

from helpers import present

from instagram_graph_api_client.models.webhook_messaging_event import WebhookMessagingEvent
from instagram_graph_api_client.models.webhook_story_insights_value import WebhookStoryInsightsValue
from instagram_graph_api_sdk.webhooks import InstagramWebhooks, WebhookDeduplicator

ACCOUNT, CUSTOMER = "17841400000000001", "819898670256713"


def notification(**entry: Any) -> dict[str, Any]:
    return {"object": "instagram", "entry": [{"id": ACCOUNT, "time": 1743480368963, **entry}]}


def test_an_echo_is_a_message_echoes_event_and_a_plain_message_is_not() -> None:
    # Meta's Postman collection, "Self messaging echo webhook" (is_echo and is_self both true).
    echo = {
        "sender": {"id": ACCOUNT},
        "recipient": {"id": CUSTOMER},
        "timestamp": 1743480368714,
        "message": {"mid": "MID-ECHO", "text": "sent from the app", "is_echo": True, "is_self": True},
    }
    plain = {
        "sender": {"id": CUSTOMER},
        "recipient": {"id": ACCOUNT},
        "timestamp": 1743480368715,
        "message": {"mid": "MID-IN", "text": "hello", "is_echo": False},
    }
    events = InstagramWebhooks.parse_payload(notification(messaging=[echo, plain])).events
    assert [e.field for e in events] == ["message_echoes", "messages"]
    value = events[0].value
    assert isinstance(value, WebhookMessagingEvent)
    message = present(value.message)
    assert message.is_echo is True
    assert message.text == "sent from the app"


def test_handover_events_are_typed() -> None:
    passed = {
        "sender": {"id": CUSTOMER},
        "recipient": {"id": ACCOUNT},
        "timestamp": 1458692752478,
        "pass_thread_control": {
            "previous_owner_app_id": None,
            "new_owner_app_id": "123456789",
            "metadata": "Additional content",
        },
    }
    taken = {
        "sender": {"id": CUSTOMER},
        "recipient": {"id": ACCOUNT},
        "timestamp": 1458692752479,
        "take_thread_control": {"previous_owner_app_id": "123456789", "new_owner_app_id": "987654321"},
    }
    requested = {
        "sender": {"id": CUSTOMER},
        "recipient": {"id": ACCOUNT},
        "timestamp": 1458692752480,
        "request_thread_control": {"requested_owner_app_id": "555", "metadata": "please"},
    }
    events = InstagramWebhooks.parse_payload(notification(messaging=[passed, taken, requested])).events
    assert [e.field for e in events] == ["messaging_handover"] * 3
    assert events[0].value.pass_thread_control.new_owner_app_id == "123456789"
    assert events[0].value.pass_thread_control.previous_owner_app_id is None
    assert events[1].value.take_thread_control.previous_owner_app_id == "123456789"
    assert events[2].value.request_thread_control.requested_owner_app_id == "555"
    # Each handover is its own event for de-duplication (no mid: hashed).
    dedupe = WebhookDeduplicator()
    assert all(dedupe.first_time(e) for e in events)
    assert not any(dedupe.first_time(e) for e in events)


def test_standby_items_are_standby_events_even_when_they_are_messages() -> None:
    item = {
        "sender": {"id": CUSTOMER},
        "recipient": {"id": ACCOUNT},
        "timestamp": 1743480368714,
        "message": {"mid": "MID-STANDBY", "text": "for the other app"},
    }
    parsed = InstagramWebhooks.parse_payload(notification(standby=[item]))
    assert [e.field for e in parsed.events] == ["standby"]
    assert parsed.events[0].value.message.mid == "MID-STANDBY"
    entry = parsed.payload.entry[0]
    assert present(present(entry.standby)[0].message).text == "for the other app"  # typed on the payload too
    # The same message under messaging[] is a different event (another field, another key).
    both = InstagramWebhooks.parse_payload(notification(messaging=[item], standby=[item])).events
    assert [e.field for e in both] == ["messages", "standby"]
    assert both[0].key != both[1].key


def test_story_insights_value_is_typed() -> None:
    value = {
        "media_id": "17887498072083520",
        "exits": 1,
        "replies": 0,
        "reach": 44,
        "taps_forward": 3,
        "taps_back": 0,
        "impressions": 45,
    }
    event = InstagramWebhooks.parse_payload(notification(changes=[{"field": "story_insights", "value": value}])).events[
        0
    ]
    assert isinstance(event.value, WebhookStoryInsightsValue)
    assert (event.value.media_id, event.value.reach, event.value.taps_forward) == ("17887498072083520", 44, 3)


def test_attachment_payload_url_is_declared() -> None:
    item = {
        "sender": {"id": CUSTOMER},
        "recipient": {"id": ACCOUNT},
        "timestamp": 1,
        "message": {
            "mid": "MID-IMG",
            "attachments": [
                {"type": "image", "payload": {"url": "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=1"}},
                {
                    "type": "ig_post",
                    "payload": {
                        "url": "https://www.instagram.com/p/FAKE/",
                        "title": "a post",
                        "ig_post_media_id": "18000000000000001",
                    },
                },
            ],
        },
    }
    event = InstagramWebhooks.parse_payload(notification(messaging=[item])).events[0]
    first, second = event.value.message.attachments
    assert first.payload.url == "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=1"
    assert first.payload.additional_properties == {}  # url is a declared field now
    assert (second.type_, second.payload.ig_post_media_id) == ("ig_post", "18000000000000001")


def test_story_reply_webhook_keeps_link_sticker_url() -> None:
    item = {
        "sender": {"id": CUSTOMER},
        "recipient": {"id": ACCOUNT},
        "timestamp": 1,
        "message": {
            "mid": "MID-STORY",
            "text": "nice",
            "reply_to": {
                "story": {
                    "url": "https://lookaside.fbsbx.com/story",
                    "id": "18011111111111111",
                    "link_sticker_url": "https://www.example.com/sale",
                }
            },
        },
    }
    event = InstagramWebhooks.parse_payload(notification(messaging=[item])).events[0]
    story = event.value.message.reply_to.story
    assert (story.id, story.link_sticker_url) == ("18011111111111111", "https://www.example.com/sale")
