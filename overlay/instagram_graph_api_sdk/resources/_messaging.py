"""`client.messaging`: the TypeScript SDK's send helpers, each one body for the Send API.

The bodies are built by pure functions (`*_body`) shared by the sync and async classes; every
helper ends in the generated `send_message`, so the request is the spec's.
https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/messaging-api
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from instagram_graph_api_client.models.send_message_response import SendMessageResponse
from instagram_graph_api_client.params import GenericTemplateElementParam, QuickReplyParam, TemplateButtonParam
from instagram_graph_api_client.resources.messaging import AsyncMessagingResource as _AsyncMessaging
from instagram_graph_api_client.resources.messaging import MessagingResource as _Messaging

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
    return {"messaging_type": "RESPONSE", "recipient": {"id": igsid}, "thread_control": control,
            "message": {"text": text}}  # fmt: skip


def reply_body(igsid: str, message_id: str, text: str) -> Body:
    """A reply to one message (Message Replies; the `reply_to.mid` shape is unconfirmed, see the spec)."""
    return {"recipient": {"id": igsid}, "reply_to": {"mid": message_id}, "message": {"text": text}}


class MessagingResource(_Messaging):
    """`client.messaging`: `send_message` plus one helper per kind of message."""

    __slots__ = ()

    def _send(self, body: Body) -> SendMessageResponse:
        return self.send_message(**body)

    def send_text(self, igsid: str, text: str, *, human_agent: bool = False) -> SendMessageResponse:
        """Send a text message (UTF-8, at most 1000 bytes); `human_agent=True` adds the HUMAN_AGENT tag."""
        return self._send(text_body(igsid, text, human_agent=human_agent))

    def send_media(
        self, igsid: str, kind: MediaKind, url: str | None = None, *, attachment_id: str | None = None
    ) -> SendMessageResponse:
        """Send an image, video, audio or file by public URL, or an uploaded `attachment_id`."""
        return self._send(media_body(igsid, kind, url, attachment_id))

    def send_like_heart(self, igsid: str) -> SendMessageResponse:
        """Send the heart sticker."""
        return self._send(like_heart_body(igsid))

    def send_generic_template(
        self, igsid: str, elements: Sequence[GenericTemplateElementParam | Mapping[str, Any]]
    ) -> SendMessageResponse:
        """Send a generic template (a carousel of up to 10 elements, each with up to 3 buttons)."""
        return self._send(template_body(igsid, {"template_type": "generic", "elements": list(elements)}))

    def send_button_template(
        self, igsid: str, text: str, buttons: Sequence[TemplateButtonParam | Mapping[str, Any]]
    ) -> SendMessageResponse:
        """Send a button template (text of at most 640 characters and up to 3 buttons)."""
        return self._send(template_body(igsid, {"template_type": "button", "text": text, "buttons": list(buttons)}))

    def send_quick_replies(
        self, igsid: str, text: str, replies: Sequence[QuickReplyParam | Mapping[str, Any]]
    ) -> SendMessageResponse:
        """Send text with up to 13 quick replies (`{"title", "payload"}`; text replies only)."""
        return self._send(quick_replies_body(igsid, text, replies))

    def send_private_reply(self, comment_id: str, text: str) -> SendMessageResponse:
        """Reply privately to a comment (once per comment, within 7 days of it)."""
        return self._send(private_reply_body(comment_id, text))

    def send_media_share(self, igsid: str, media_id: str) -> SendMessageResponse:
        """Share one of the account's own posts."""
        return self._send(media_share_body(igsid, media_id))

    def react_to_message(self, igsid: str, message_id: str, reaction: str = "love") -> SendMessageResponse:
        """React to a message."""
        return self._send(reaction_body(igsid, message_id, reaction))

    def unreact_to_message(self, igsid: str, message_id: str) -> SendMessageResponse:
        """Remove a reaction."""
        return self._send(reaction_body(igsid, message_id, None))

    def send_typing_indicator(self, igsid: str, on: bool = True) -> SendMessageResponse:
        """Show (or hide) the typing indicator."""
        return self._send(sender_action_body(igsid, "typing_on" if on else "typing_off"))

    def mark_seen(self, igsid: str) -> SendMessageResponse:
        """Mark the conversation's last message as seen (missing from the TypeScript SDK)."""
        return self._send(sender_action_body(igsid, "mark_seen"))

    def pass_thread_control(
        self, igsid: str, text: str, *, app_id: str | None = None, metadata: str | None = None
    ) -> SendMessageResponse:
        """Send `text` and pass the conversation to `app_id` (the default app when None); needs
        Conversation Routing enabled for the account."""
        return self._send(thread_control_body(igsid, text, "pass", app_id, metadata))

    def take_thread_control(self, igsid: str, text: str, *, metadata: str | None = None) -> SendMessageResponse:
        """Send `text` and take the conversation back (primary behaviour only)."""
        return self._send(thread_control_body(igsid, text, "take", None, metadata))

    def reply_to_message(self, igsid: str, message_id: str, text: str) -> SendMessageResponse:
        """Reply to one message of the conversation (Message Replies; request shape unconfirmed)."""
        return self._send(reply_body(igsid, message_id, text))


class AsyncMessagingResource(_AsyncMessaging):
    """`client.messaging` (async)."""

    __slots__ = ()

    async def _send(self, body: Body) -> SendMessageResponse:
        return await self.send_message(**body)

    async def send_text(self, igsid: str, text: str, *, human_agent: bool = False) -> SendMessageResponse:
        """Send a text message; `human_agent=True` adds the HUMAN_AGENT tag."""
        return await self._send(text_body(igsid, text, human_agent=human_agent))

    async def send_media(
        self, igsid: str, kind: MediaKind, url: str | None = None, *, attachment_id: str | None = None
    ) -> SendMessageResponse:
        """Send an image, video, audio or file by public URL, or an uploaded `attachment_id`."""
        return await self._send(media_body(igsid, kind, url, attachment_id))

    async def send_like_heart(self, igsid: str) -> SendMessageResponse:
        """Send the heart sticker."""
        return await self._send(like_heart_body(igsid))

    async def send_generic_template(
        self, igsid: str, elements: Sequence[GenericTemplateElementParam | Mapping[str, Any]]
    ) -> SendMessageResponse:
        """Send a generic template."""
        return await self._send(template_body(igsid, {"template_type": "generic", "elements": list(elements)}))

    async def send_button_template(
        self, igsid: str, text: str, buttons: Sequence[TemplateButtonParam | Mapping[str, Any]]
    ) -> SendMessageResponse:
        """Send a button template."""
        return await self._send(
            template_body(igsid, {"template_type": "button", "text": text, "buttons": list(buttons)})
        )

    async def send_quick_replies(
        self, igsid: str, text: str, replies: Sequence[QuickReplyParam | Mapping[str, Any]]
    ) -> SendMessageResponse:
        """Send text with quick replies."""
        return await self._send(quick_replies_body(igsid, text, replies))

    async def send_private_reply(self, comment_id: str, text: str) -> SendMessageResponse:
        """Reply privately to a comment."""
        return await self._send(private_reply_body(comment_id, text))

    async def send_media_share(self, igsid: str, media_id: str) -> SendMessageResponse:
        """Share one of the account's own posts."""
        return await self._send(media_share_body(igsid, media_id))

    async def react_to_message(self, igsid: str, message_id: str, reaction: str = "love") -> SendMessageResponse:
        """React to a message."""
        return await self._send(reaction_body(igsid, message_id, reaction))

    async def unreact_to_message(self, igsid: str, message_id: str) -> SendMessageResponse:
        """Remove a reaction."""
        return await self._send(reaction_body(igsid, message_id, None))

    async def send_typing_indicator(self, igsid: str, on: bool = True) -> SendMessageResponse:
        """Show (or hide) the typing indicator."""
        return await self._send(sender_action_body(igsid, "typing_on" if on else "typing_off"))

    async def mark_seen(self, igsid: str) -> SendMessageResponse:
        """Mark the conversation's last message as seen."""
        return await self._send(sender_action_body(igsid, "mark_seen"))

    async def pass_thread_control(
        self, igsid: str, text: str, *, app_id: str | None = None, metadata: str | None = None
    ) -> SendMessageResponse:
        """Send `text` and pass the conversation to `app_id` (the default app when None)."""
        return await self._send(thread_control_body(igsid, text, "pass", app_id, metadata))

    async def take_thread_control(self, igsid: str, text: str, *, metadata: str | None = None) -> SendMessageResponse:
        """Send `text` and take the conversation back (primary behaviour only)."""
        return await self._send(thread_control_body(igsid, text, "take", None, metadata))

    async def reply_to_message(self, igsid: str, message_id: str, text: str) -> SendMessageResponse:
        """Reply to one message of the conversation (Message Replies; request shape unconfirmed)."""
        return await self._send(reply_body(igsid, message_id, text))
