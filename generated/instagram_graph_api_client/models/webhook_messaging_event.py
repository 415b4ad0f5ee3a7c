from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.id_only import IdOnly
    from ..models.webhook_message import WebhookMessage
    from ..models.webhook_message_edit import WebhookMessageEdit
    from ..models.webhook_messaging_event_app_roles import WebhookMessagingEventAppRoles
    from ..models.webhook_postback import WebhookPostback
    from ..models.webhook_reaction import WebhookReaction
    from ..models.webhook_read import WebhookRead
    from ..models.webhook_referral import WebhookReferral
    from ..models.webhook_thread_control import WebhookThreadControl


T = TypeVar("T", bound="WebhookMessagingEvent")


@_attrs_define(slots=False)
class WebhookMessagingEvent(Model):
    sender: IdOnly | Unset = UNSET
    recipient: IdOnly | Unset = UNSET
    timestamp: int | Unset = UNSET
    is_self: bool | Unset = UNSET
    message: WebhookMessage | Unset = UNSET
    reaction: WebhookReaction | Unset = UNSET
    read: WebhookRead | Unset = UNSET
    postback: WebhookPostback | Unset = UNSET
    referral: WebhookReferral | Unset = UNSET
    message_edit: WebhookMessageEdit | Unset = UNSET
    pass_thread_control: WebhookThreadControl | Unset = UNSET
    """ A `messaging_handover` event: control passed to, taken from, or requested by an app
    (https://developers.facebook.com/documentation/business-messaging/messenger-platform/webhooks/webhook-
    events/messaging_handovers; Instagram: https://developers.facebook.com/documentation/business-
    messaging/instagram-messaging/features/conversation-routing/apis). """
    take_thread_control: WebhookThreadControl | Unset = UNSET
    """ A `messaging_handover` event: control passed to, taken from, or requested by an app
    (https://developers.facebook.com/documentation/business-messaging/messenger-platform/webhooks/webhook-
    events/messaging_handovers; Instagram: https://developers.facebook.com/documentation/business-
    messaging/instagram-messaging/features/conversation-routing/apis). """
    request_thread_control: WebhookThreadControl | Unset = UNSET
    """ A `messaging_handover` event: control passed to, taken from, or requested by an app
    (https://developers.facebook.com/documentation/business-messaging/messenger-platform/webhooks/webhook-
    events/messaging_handovers; Instagram: https://developers.facebook.com/documentation/business-
    messaging/instagram-messaging/features/conversation-routing/apis). """
    app_roles: WebhookMessagingEventAppRoles | Unset = UNSET
    """ App ID -> roles (`messaging_handover`). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender, Unset):
            sender = self.sender.to_dict()

        recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipient, Unset):
            recipient = self.recipient.to_dict()

        timestamp = self.timestamp

        is_self = self.is_self

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        reaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reaction, Unset):
            reaction = self.reaction.to_dict()

        read: dict[str, Any] | Unset = UNSET
        if not isinstance(self.read, Unset):
            read = self.read.to_dict()

        postback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postback, Unset):
            postback = self.postback.to_dict()

        referral: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referral, Unset):
            referral = self.referral.to_dict()

        message_edit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_edit, Unset):
            message_edit = self.message_edit.to_dict()

        pass_thread_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pass_thread_control, Unset):
            pass_thread_control = self.pass_thread_control.to_dict()

        take_thread_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.take_thread_control, Unset):
            take_thread_control = self.take_thread_control.to_dict()

        request_thread_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_thread_control, Unset):
            request_thread_control = self.request_thread_control.to_dict()

        app_roles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_roles, Unset):
            app_roles = self.app_roles.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender is not UNSET:
            field_dict["sender"] = sender
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if is_self is not UNSET:
            field_dict["is_self"] = is_self
        if message is not UNSET:
            field_dict["message"] = message
        if reaction is not UNSET:
            field_dict["reaction"] = reaction
        if read is not UNSET:
            field_dict["read"] = read
        if postback is not UNSET:
            field_dict["postback"] = postback
        if referral is not UNSET:
            field_dict["referral"] = referral
        if message_edit is not UNSET:
            field_dict["message_edit"] = message_edit
        if pass_thread_control is not UNSET:
            field_dict["pass_thread_control"] = pass_thread_control
        if take_thread_control is not UNSET:
            field_dict["take_thread_control"] = take_thread_control
        if request_thread_control is not UNSET:
            field_dict["request_thread_control"] = request_thread_control
        if app_roles is not UNSET:
            field_dict["app_roles"] = app_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.id_only import IdOnly  # noqa: PLC0415
        from ..models.webhook_message import WebhookMessage  # noqa: PLC0415
        from ..models.webhook_message_edit import WebhookMessageEdit  # noqa: PLC0415
        from ..models.webhook_messaging_event_app_roles import (
            WebhookMessagingEventAppRoles,  # noqa: PLC0415
        )
        from ..models.webhook_postback import WebhookPostback  # noqa: PLC0415
        from ..models.webhook_reaction import WebhookReaction  # noqa: PLC0415
        from ..models.webhook_read import WebhookRead  # noqa: PLC0415
        from ..models.webhook_referral import WebhookReferral  # noqa: PLC0415
        from ..models.webhook_thread_control import WebhookThreadControl  # noqa: PLC0415

        return {
            "sender": ("sender", IdOnly),
            "recipient": ("recipient", IdOnly),
            "timestamp": ("timestamp", int),
            "is_self": ("is_self", bool),
            "message": ("message", WebhookMessage),
            "reaction": ("reaction", WebhookReaction),
            "read": ("read", WebhookRead),
            "postback": ("postback", WebhookPostback),
            "referral": ("referral", WebhookReferral),
            "message_edit": ("message_edit", WebhookMessageEdit),
            "pass_thread_control": ("pass_thread_control", WebhookThreadControl),
            "take_thread_control": ("take_thread_control", WebhookThreadControl),
            "request_thread_control": ("request_thread_control", WebhookThreadControl),
            "app_roles": ("app_roles", WebhookMessagingEventAppRoles),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
