from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_message_request_messaging_type import (
    SendMessageRequestMessagingType,
    check_send_message_request_messaging_type,
)
from ..models.send_message_request_sender_action import (
    SendMessageRequestSenderAction,
    check_send_message_request_sender_action,
)
from ..models.send_message_request_tag import (
    SendMessageRequestTag,
    check_send_message_request_tag,
)
from ..types import (
    UNSET,
    Custom,
    Model,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.message_recipient import MessageRecipient
    from ..models.outgoing_message import OutgoingMessage
    from ..models.reaction_payload import ReactionPayload
    from ..models.reply_to_message import ReplyToMessage
    from ..models.thread_control import ThreadControl


T = TypeVar("T", bound="SendMessageRequest")


@_attrs_define(slots=False)
class SendMessageRequest(Model):
    """The Send API body (https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-
    login/messaging-api).

    """

    recipient: MessageRecipient
    """ Either `id` (an IGSID) or `comment_id` (a private reply). """
    message: OutgoingMessage | Unset = UNSET
    sender_action: SendMessageRequestSenderAction | Unset = UNSET
    """ A reaction or sender action; cannot be combined with `message`. """
    payload: ReactionPayload | Unset = UNSET
    messaging_type: SendMessageRequestMessagingType | Unset = UNSET
    tag: SendMessageRequestTag | Unset = UNSET
    """ HUMAN_AGENT extends the reply window to 7 days (needs the Human Agent feature). """
    thread_control: ThreadControl | Unset = UNSET
    """ Conversation Routing in the Send API (only when routing is enabled for the account): `pass` (to `app_id`, or
    to the default app when omitted), `release`, `take` (primary behaviour only), `extend` or `request` (default
    behaviour only). https://developers.facebook.com/documentation/business-messaging/instagram-
    messaging/features/conversation-routing/apis """
    reply_to: ReplyToMessage | Unset = UNSET
    """ The message being replied to (Message Replies API; Instagram Login support announced 2026-09-21 in
    https://developers.facebook.com/documentation/instagram-platform/changelog/rss/). Unconfirmed: the shape
    `{"mid": ...}` mirrors the `reply_to.mid` that message webhooks carry; Meta's request reference could not be
    read. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient.to_dict()

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        sender_action: str | Unset = UNSET
        if not isinstance(self.sender_action, Unset):
            sender_action = self.sender_action

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        messaging_type: str | Unset = UNSET
        if not isinstance(self.messaging_type, Unset):
            messaging_type = self.messaging_type

        tag: str | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = self.tag

        thread_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thread_control, Unset):
            thread_control = self.thread_control.to_dict()

        reply_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reply_to, Unset):
            reply_to = self.reply_to.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient": recipient,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if sender_action is not UNSET:
            field_dict["sender_action"] = sender_action
        if payload is not UNSET:
            field_dict["payload"] = payload
        if messaging_type is not UNSET:
            field_dict["messaging_type"] = messaging_type
        if tag is not UNSET:
            field_dict["tag"] = tag
        if thread_control is not UNSET:
            field_dict["thread_control"] = thread_control
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.message_recipient import MessageRecipient  # noqa: PLC0415
        from ..models.outgoing_message import OutgoingMessage  # noqa: PLC0415
        from ..models.reaction_payload import ReactionPayload  # noqa: PLC0415
        from ..models.reply_to_message import ReplyToMessage  # noqa: PLC0415
        from ..models.thread_control import ThreadControl  # noqa: PLC0415

        return {
            "recipient": ("recipient", MessageRecipient),
            "message": ("message", OutgoingMessage),
            "sender_action": (
                "sender_action",
                Custom(SendMessageRequest._parse_sender_action),
            ),
            "payload": ("payload", ReactionPayload),
            "messaging_type": (
                "messaging_type",
                Custom(SendMessageRequest._parse_messaging_type),
            ),
            "tag": ("tag", Custom(SendMessageRequest._parse_tag)),
            "thread_control": ("thread_control", ThreadControl),
            "reply_to": ("reply_to", ReplyToMessage),
        }

    @staticmethod
    def _parse_sender_action(value: Any) -> Any:
        _sender_action = value
        sender_action: SendMessageRequestSenderAction | Unset
        if isinstance(_sender_action, Unset):
            sender_action = UNSET
        else:
            sender_action = check_send_message_request_sender_action(_sender_action)

        return sender_action

    @staticmethod
    def _parse_messaging_type(value: Any) -> Any:
        _messaging_type = value
        messaging_type: SendMessageRequestMessagingType | Unset
        if isinstance(_messaging_type, Unset):
            messaging_type = UNSET
        else:
            messaging_type = check_send_message_request_messaging_type(_messaging_type)

        return messaging_type

    @staticmethod
    def _parse_tag(value: Any) -> Any:
        _tag = value
        tag: SendMessageRequestTag | Unset
        if isinstance(_tag, Unset):
            tag = UNSET
        else:
            tag = check_send_message_request_tag(_tag)

        return tag

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
