"""FakeInstagram's webhooks: the notifications its changes trigger, and their signed delivery to a
loopback receiver."""

from __future__ import annotations

import ipaddress
import json
from typing import Any
from urllib.parse import urlsplit

import httpx

from .._exceptions import ConfigurationError
from ._graph_routes import feed
from ._state import State


def comment_event(
    state: State, media_id: str | None, text: str, username: str, *, layout: str = "changes"
) -> dict[str, Any]:
    """Add a comment as another user would; the `comments` notification it triggers."""
    with state.lock:
        media_id = media_id or feed(state)[0]["id"]
        comment = state.add_comment(media_id, text, username)
        value = {"from": comment["from"], "id": comment["id"], "text": text, "media": comment["media"]}
        entry: dict[str, Any] = {"id": state.user_id, "time": int(state.now().timestamp())}
        if layout == "field":
            entry.update(field="comments", value=value)
        else:
            entry["changes"] = [{"field": "comments", "value": value}]
        return {"object": "instagram", "entry": [entry]}


def message_event(state: State, text: str, igsid: str) -> dict[str, Any]:
    """Record an incoming message from a customer; the `messaging` notification it triggers."""
    with state.lock:
        conversation = next(c for c in state.conversations.values() if c["customer"] == igsid)
        message = state.record_message(conversation["id"], text, from_customer=True)
        millis = int(state.now().timestamp() * 1000)
        event = {
            "sender": {"id": igsid},
            "recipient": {"id": state.user_id},
            "timestamp": millis,
            "message": {"mid": message["id"], "text": text},
        }
        return {"object": "instagram", "entry": [{"id": state.user_id, "time": millis, "messaging": [event]}]}


def deliver(url: str, payload: dict[str, Any], app_secret: str) -> httpx.Response:
    """POST `payload` signed with `app_secret` (X-Hub-Signature-256 over the raw bytes) to a loopback URL."""
    from ..webhooks import InstagramWebhooks

    host = urlsplit(url).hostname or ""
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        raise ConfigurationError(f"FakeInstagram only delivers webhooks to loopback addresses, not {host!r}")
    body = json.dumps(payload, ensure_ascii=False).encode()
    signature = InstagramWebhooks.signature(body, app_secret)
    headers = {"content-type": "application/json", "x-hub-signature-256": signature}
    return httpx.post(url, content=body, headers=headers, timeout=10)
