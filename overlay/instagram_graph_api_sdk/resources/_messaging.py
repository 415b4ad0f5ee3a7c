"""`client.messaging` (sync and async): the classes are written once in `_async/messaging.py` (the
sync one is generated into `_sync/messaging.py`); the message bodies are in `_message_bodies.py`."""

from ._async.messaging import AsyncMessagingResource
from ._message_bodies import (
    Body,
    ControlType,
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
from ._sync.messaging import MessagingResource

__all__ = [
    "AsyncMessagingResource",
    "MessagingResource",
    "MediaKind",
    "ControlType",
    "Body",
    "like_heart_body",
    "media_body",
    "media_share_body",
    "private_reply_body",
    "quick_replies_body",
    "reaction_body",
    "reply_body",
    "sender_action_body",
    "template_body",
    "text_body",
    "thread_control_body",
]
