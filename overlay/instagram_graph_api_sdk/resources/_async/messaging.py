"""`client.messaging`: the TypeScript SDK's send helpers, each one body for the Send API.

The bodies are built by pure functions (`.._message_bodies`); every helper ends in the generated
`send_message`, so the request is the spec's.
https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/messaging-api
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from instagram_graph_api_client.models.send_message_response import SendMessageResponse
from instagram_graph_api_client.params import GenericTemplateElementParam, QuickReplyParam, TemplateButtonParam
from instagram_graph_api_client.resources.messaging import AsyncMessagingResource as _AsyncMessaging

from .._message_bodies import (
    Body,
    MediaKind,
    like_heart_body,
    media_body,
    media_share_body,
    private_reply_body,
    quick_replies_body,
    reaction_body,
    reply_body,
    sender_action_body,
    template_body,
    text_body,
    thread_control_body,
)


class AsyncMessagingResource(_AsyncMessaging):
    """`client.messaging`: `send_message` plus one helper per kind of message."""

    __slots__ = ()

    async def _send(self, body: Body) -> SendMessageResponse:
        return await self.send_message(**body)

    async def send_text(self, igsid: str, text: str, *, human_agent: bool = False) -> SendMessageResponse:
        """Send a text message (UTF-8, at most 1000 bytes); `human_agent=True` adds the HUMAN_AGENT tag."""
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
        """Send a generic template (a carousel of up to 10 elements, each with up to 3 buttons)."""
        return await self._send(template_body(igsid, {"template_type": "generic", "elements": list(elements)}))

    async def send_button_template(
        self, igsid: str, text: str, buttons: Sequence[TemplateButtonParam | Mapping[str, Any]]
    ) -> SendMessageResponse:
        """Send a button template (text of at most 640 characters and up to 3 buttons)."""
        return await self._send(
            template_body(igsid, {"template_type": "button", "text": text, "buttons": list(buttons)})
        )

    async def send_quick_replies(
        self, igsid: str, text: str, replies: Sequence[QuickReplyParam | Mapping[str, Any]]
    ) -> SendMessageResponse:
        """Send text with up to 13 quick replies (`{"title", "payload"}`; text replies only)."""
        return await self._send(quick_replies_body(igsid, text, replies))

    async def send_private_reply(self, comment_id: str, text: str) -> SendMessageResponse:
        """Reply privately to a comment (once per comment, within 7 days of it)."""
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
        """Mark the conversation's last message as seen (missing from the TypeScript SDK)."""
        return await self._send(sender_action_body(igsid, "mark_seen"))

    async def pass_thread_control(
        self, igsid: str, text: str, *, app_id: str | None = None, metadata: str | None = None
    ) -> SendMessageResponse:
        """Send `text` and pass the conversation to `app_id` (the default app when None); needs
        Conversation Routing enabled for the account."""
        return await self._send(thread_control_body(igsid, text, "pass", app_id, metadata))

    async def take_thread_control(self, igsid: str, text: str, *, metadata: str | None = None) -> SendMessageResponse:
        """Send `text` and take the conversation back (primary behaviour only)."""
        return await self._send(thread_control_body(igsid, text, "take", None, metadata))

    async def reply_to_message(self, igsid: str, message_id: str, text: str) -> SendMessageResponse:
        """Reply to one message of the conversation (Message Replies; request shape unconfirmed)."""
        return await self._send(reply_body(igsid, message_id, text))
