"""The bodies of `client.messaging`'s send helpers, as pure functions (one per kind of message).

The sync and async classes (`_async/messaging.py`) both send these through the generated
`send_message`, so the request is the spec's.
https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/messaging-api
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from instagram_graph_api_client.params import QuickReplyParam

from .._exceptions import InvalidArgumentError

MediaKind = Literal["image", "video", "audio", "file"]
ControlType = Literal["pass", "release", "take", "extend", "request"]
Body = dict[str, Any]


def text_body(igsid: str, text: str, *, human_agent: bool = False) -> Body:
    body: Body = {"recipient": {"id": igsid}, "message": {"text": text}}
    if human_agent:  # replies up to 7 days after the user's message (Human Agent feature)
        body.update(messaging_type="MESSAGE_TAG", tag="HUMAN_AGENT")
    return body


def media_body(igsid: str, kind: MediaKind, url: str | None = None, attachment_id: str | None = None) -> Body:
    if (url is None) == (attachment_id is None):
        raise InvalidArgumentError("send_media: pass exactly one of url= (a public URL) or attachment_id=")
    payload = {"url": url} if url is not None else {"attachment_id": attachment_id}
    return {"recipient": {"id": igsid}, "message": {"attachment": {"type": kind, "payload": payload}}}


def like_heart_body(igsid: str) -> Body:
    return {"recipient": {"id": igsid}, "message": {"attachment": {"type": "like_heart"}}}


def template_body(igsid: str, payload: Mapping[str, Any]) -> Body:
    return {"recipient": {"id": igsid}, "message": {"attachment": {"type": "template", "payload": dict(payload)}}}


def quick_replies_body(igsid: str, text: str, replies: Sequence[QuickReplyParam | Mapping[str, Any]]) -> Body:
    quick = []
    for reply in replies:
        item = {"content_type": "text", **reply}
        if item["content_type"] != "text":
            # Meta disabled phone-number and email quick replies on 2026-10-05 (changelog); the
            # TypeScript SDK still offers them.
            raise InvalidArgumentError(f"quick replies support content_type 'text' only, got {item['content_type']!r}")
        quick.append(item)
    return {"recipient": {"id": igsid}, "messaging_type": "RESPONSE", "message": {"text": text, "quick_replies": quick}}


def private_reply_body(comment_id: str, text: str) -> Body:
    return {"recipient": {"comment_id": comment_id}, "message": {"text": text}}


def media_share_body(igsid: str, media_id: str) -> Body:
    return {"recipient": {"id": igsid}, "message": {"attachment": {"type": "MEDIA_SHARE", "payload": {"id": media_id}}}}


def reaction_body(igsid: str, message_id: str, reaction: str | None) -> Body:
    payload = {"message_id": message_id} if reaction is None else {"message_id": message_id, "reaction": reaction}
    action = "unreact" if reaction is None else "react"
    return {"recipient": {"id": igsid}, "sender_action": action, "payload": payload}


def sender_action_body(igsid: str, action: Literal["typing_on", "typing_off", "mark_seen"]) -> Body:
    return {"recipient": {"id": igsid}, "sender_action": action}


def thread_control_body(
    igsid: str, text: str, control_type: ControlType, app_id: str | None = None, metadata: str | None = None
) -> Body:
    """A message that also moves the conversation (Conversation Routing, Send API `thread_control`):
    https://developers.facebook.com/documentation/business-messaging/instagram-messaging/features/conversation-routing/apis"""
    control: Body = {"control_type": control_type}
    if app_id is not None:
        control["app_id"] = app_id
    if metadata is not None:
        control["metadata"] = metadata
    return {
        "messaging_type": "RESPONSE",
        "recipient": {"id": igsid},
        "thread_control": control,
        "message": {"text": text},
    }


def reply_body(igsid: str, message_id: str, text: str) -> Body:
    """A reply to one message (Message Replies; the `reply_to.mid` shape is unconfirmed, see the spec)."""
    return {"recipient": {"id": igsid}, "reply_to": {"mid": message_id}, "message": {"text": text}}
