"""The hand-written helpers on top of the generated namespaces send exactly Meta's shapes."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from helpers import FAKE_SECRET, FAKE_TOKEN, Recorder, json_response

import instagram_graph_api_sdk as sdk

SENT = {"recipient_id": "819898670256713", "message_id": "FAKE-MID"}


def body(request: httpx.Request) -> Any:
    return json.loads(request.content)


def form(request: httpx.Request) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(request.content.decode()).items()}


@pytest.mark.parametrize(
    ("send", "expected"),
    [
        (lambda m: m.send_text("U", "Hello"), {"recipient": {"id": "U"}, "message": {"text": "Hello"}}),
        (
            lambda m: m.send_text("U", "Hi", human_agent=True),
            {
                "recipient": {"id": "U"},
                "message": {"text": "Hi"},
                "messaging_type": "MESSAGE_TAG",
                "tag": "HUMAN_AGENT",
            },
        ),
        (
            lambda m: m.send_media("U", "image", "https://x/i.jpg"),
            {
                "recipient": {"id": "U"},
                "message": {"attachment": {"type": "image", "payload": {"url": "https://x/i.jpg"}}},
            },
        ),
        (
            lambda m: m.send_media("U", "audio", attachment_id="A1"),
            {
                "recipient": {"id": "U"},
                "message": {"attachment": {"type": "audio", "payload": {"attachment_id": "A1"}}},
            },
        ),
        (
            lambda m: m.send_like_heart("U"),
            {"recipient": {"id": "U"}, "message": {"attachment": {"type": "like_heart"}}},
        ),
        (
            lambda m: m.send_generic_template("U", [{"title": "T", "subtitle": "S"}]),
            {
                "recipient": {"id": "U"},
                "message": {
                    "attachment": {
                        "type": "template",
                        "payload": {"template_type": "generic", "elements": [{"title": "T", "subtitle": "S"}]},
                    }
                },
            },
        ),
        (
            lambda m: m.send_button_template("U", "Pick", [{"type": "postback", "title": "A", "payload": "P"}]),
            {
                "recipient": {"id": "U"},
                "message": {
                    "attachment": {
                        "type": "template",
                        "payload": {
                            "template_type": "button",
                            "text": "Pick",
                            "buttons": [{"type": "postback", "title": "A", "payload": "P"}],
                        },
                    }
                },
            },
        ),
        (
            lambda m: m.send_quick_replies("U", "Color?", [{"title": "Red", "payload": "R"}]),
            {
                "recipient": {"id": "U"},
                "messaging_type": "RESPONSE",
                "message": {
                    "text": "Color?",
                    "quick_replies": [{"content_type": "text", "title": "Red", "payload": "R"}],
                },
            },
        ),
        (
            lambda m: m.send_private_reply("C1", "Thanks"),
            {"recipient": {"comment_id": "C1"}, "message": {"text": "Thanks"}},
        ),
        (
            lambda m: m.send_media_share("U", "M1"),
            {"recipient": {"id": "U"}, "message": {"attachment": {"type": "MEDIA_SHARE", "payload": {"id": "M1"}}}},
        ),
        (
            lambda m: m.react_to_message("U", "MID"),
            {"recipient": {"id": "U"}, "sender_action": "react", "payload": {"message_id": "MID", "reaction": "love"}},
        ),
        (
            lambda m: m.unreact_to_message("U", "MID"),
            {"recipient": {"id": "U"}, "sender_action": "unreact", "payload": {"message_id": "MID"}},
        ),
        (lambda m: m.send_typing_indicator("U"), {"recipient": {"id": "U"}, "sender_action": "typing_on"}),
        (lambda m: m.send_typing_indicator("U", on=False), {"recipient": {"id": "U"}, "sender_action": "typing_off"}),
        (lambda m: m.mark_seen("U"), {"recipient": {"id": "U"}, "sender_action": "mark_seen"}),
    ],
)
def test_messaging_helpers_send_meta_shapes(make_client: Any, send: Any, expected: Any) -> None:
    handler = Recorder(json_response(SENT))
    result = send(make_client(handler).messaging)
    assert result.message_id == "FAKE-MID"
    assert handler.last.method == "POST"
    assert handler.last.url.path == "/v25.0/me/messages"
    assert handler.last.headers["content-type"] == "application/json"
    assert body(handler.last) == expected


def test_disabled_quick_replies_and_ambiguous_media_are_refused(make_client: Any) -> None:
    handler = Recorder(json_response(SENT))
    messaging = make_client(handler).messaging
    with pytest.raises(sdk.InvalidArgumentError, match=r"text' only"):
        messaging.send_quick_replies(
            "U", "Phone?", [{"content_type": "user_phone_number", "title": "x", "payload": "p"}]
        )
    with pytest.raises(sdk.InvalidArgumentError, match="exactly one"):
        messaging.send_media("U", "image")
    assert handler.requests == []


async def test_async_messaging_helpers(make_async_client: Any) -> None:
    handler = Recorder(json_response(SENT))
    async with make_async_client(handler) as ig:
        await ig.messaging.mark_seen("U")
        assert body(handler.last) == {"recipient": {"id": "U"}, "sender_action": "mark_seen"}
        await ig.messaging.send_private_reply("C1", "hey")
        assert body(handler.last)["recipient"] == {"comment_id": "C1"}


def test_refresh_token_switches_the_client_and_calls_back(make_client: Any) -> None:
    refreshed: list[sdk.AccessToken] = []
    handler = Recorder(
        json_response({"access_token": "test-access-token-0002", "token_type": "bearer", "expires_in": 5183944}),
        json_response({"id": "1"}),
    )
    ig = make_client(handler, on_token_refresh=refreshed.append)
    token = ig.auth.refresh_token()
    request = handler.requests[0]
    assert str(request.url).startswith("https://graph.instagram.com/refresh_access_token?")  # unversioned
    assert request.url.params["grant_type"] == "ig_refresh_token"
    assert request.url.params["access_token"] == FAKE_TOKEN
    assert "authorization" not in request.headers
    assert token.access_token == "test-access-token-0002"
    assert token.expires_in == 5183944
    assert token.expires_at is not None
    assert refreshed == [token]
    ig.users.get_profile()
    assert handler.last.headers["authorization"] == "Bearer test-access-token-0002"


def test_exchange_token_sends_the_token_it_is_given(make_client: Any) -> None:
    # The TypeScript SDK's interceptor replaces it with the client's own token (a bug).
    handler = Recorder(
        json_response({"access_token": "test-long-lived-token-0003", "token_type": "bearer", "expires_in": 5184000})
    )
    token = make_client(handler).auth.exchange_token("short-lived-token", FAKE_SECRET)
    params = handler.last.url.params
    assert handler.last.url.path == "/access_token"
    assert (params["access_token"], params["client_secret"], params["grant_type"]) == (
        "short-lived-token",
        FAKE_SECRET,
        "ig_exchange_token",
    )
    assert token.access_token == "test-long-lived-token-0003"


def test_comments_hide_and_unhide(make_client: Any) -> None:
    handler = Recorder(json_response({"success": True}))
    comments = make_client(handler).comments
    assert comments.hide("C1").success is True
    assert form(handler.last) == {"hide": "true"}
    assert handler.last.url.path == "/v25.0/C1"
    comments.unhide("C1")
    assert form(handler.last) == {"hide": "false"}
    comments.delete("C1")
    assert handler.last.method == "DELETE"


def test_conversations_find_by_user(make_client: Any) -> None:
    handler = Recorder(json_response({"data": [{"id": "FAKE-CONVERSATION-1"}]}))
    found = make_client(handler).conversations.find_by_user("U1")
    assert found.data[0].id == "FAKE-CONVERSATION-1"
    assert dict(handler.last.url.params) == {"platform": "instagram", "user_id": "U1", "fields": "id,updated_time"}


def test_welcome_flows_get_and_update(make_client: Any) -> None:
    flow = {"id": "F1", "name": "Intake", "welcome_message_flow": "[]"}
    handler = Recorder(json_response({"data": [flow]}), json_response({"success": True}))
    flows = make_client(handler).welcome_flows
    assert flows.get("F1").name == "Intake"
    assert handler.last.url.params["flow_id"] == "F1"
    flows.update("F1", name="Winter", welcome_message_flow=[{"message": {"text": "Hi"}}])
    assert handler.last.url.params["flow_id"] == "F1"
    assert body(handler.last) == {"name": "Winter", "welcome_message_flow": [{"message": {"text": "Hi"}}]}


def test_messenger_profile_helpers(make_client: Any) -> None:
    handler = Recorder(json_response({"result": "success"}))
    profile = make_client(handler).messenger_profile
    profile.set_ice_breakers([{"call_to_actions": [{"question": "Q?", "payload": "P"}], "locale": "default"}])
    assert body(handler.last) == {
        "platform": "instagram",
        "ice_breakers": [{"call_to_actions": [{"question": "Q?", "payload": "P"}], "locale": "default"}],
    }
    profile.delete_ice_breakers()
    assert handler.last.method == "DELETE"
    assert handler.last.url.params["fields"] == '["ice_breakers"]'
    profile.delete_persistent_menu()
    assert handler.last.url.params["fields"] == '["persistent_menu"]'


def test_media_get_insights_is_the_insights_operation(make_client: Any) -> None:
    handler = Recorder(json_response({"data": []}))
    make_client(handler).media.get_insights("M1", ["reach", "shares"])
    assert handler.last.url.path == "/v25.0/M1/insights"
    assert handler.last.url.params["metric"] == "reach,shares"


def test_mentions_are_field_expansions(make_client: Any) -> None:
    handler = Recorder(json_response({"mentioned_media": {"id": "M9", "caption": "hi @fake"}, "id": "1"}))
    users = make_client(handler).users
    assert users.get_mentioned_media("M9", fields="caption").caption == "hi @fake"
    assert handler.last.url.params["fields"] == "mentioned_media.media_id(M9){caption}"
    with pytest.raises(sdk.InvalidArgumentError):
        users.get_mentioned_media("M9){id}&x=(")
    with pytest.raises(sdk.ResponseValidationError, match="mentioned_comment"):
        users.get_mentioned_comment("C9")


def test_business_discovery_on_a_facebook_login_client(make_client: Any) -> None:
    handler = Recorder(json_response({"business_discovery": {"followers_count": 267793, "id": "178"}, "id": "1"}))
    ig = make_client(handler, login="facebook", ig_user_id="17841405309211844")
    found = ig.users.get_business_discovery("bluebottle", fields=["followers_count"])
    assert found.followers_count == 267793
    assert str(handler.last.url).startswith("https://graph.facebook.com/v25.0/17841405309211844?")
    assert handler.last.url.params["fields"] == "business_discovery.username(bluebottle){followers_count}"


def test_webhook_subscriptions(make_client: Any) -> None:
    handler = Recorder(json_response({"success": True}))
    webhooks = make_client(handler).webhooks
    webhooks.subscribe(["comments", "messages"])
    assert handler.last.method == "POST"
    assert handler.last.url.params["subscribed_fields"] == "comments,messages"
    webhooks.unsubscribe()
    assert handler.last.method == "DELETE"
    assert handler.last.url.path == "/v25.0/me/subscribed_apps"
