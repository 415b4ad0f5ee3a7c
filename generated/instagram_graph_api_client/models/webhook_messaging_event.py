from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_only import IdOnly
    from ..models.webhook_message import WebhookMessage
    from ..models.webhook_message_edit import WebhookMessageEdit
    from ..models.webhook_postback import WebhookPostback
    from ..models.webhook_reaction import WebhookReaction
    from ..models.webhook_read import WebhookRead
    from ..models.webhook_referral import WebhookReferral


T = TypeVar("T", bound="WebhookMessagingEvent")


@_attrs_define
class WebhookMessagingEvent:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_only import IdOnly  # noqa: PLC0415
        from ..models.webhook_message import WebhookMessage  # noqa: PLC0415
        from ..models.webhook_message_edit import WebhookMessageEdit  # noqa: PLC0415
        from ..models.webhook_postback import WebhookPostback  # noqa: PLC0415
        from ..models.webhook_reaction import WebhookReaction  # noqa: PLC0415
        from ..models.webhook_read import WebhookRead  # noqa: PLC0415
        from ..models.webhook_referral import WebhookReferral  # noqa: PLC0415

        d = dict(src_dict)
        _sender = d.pop("sender", UNSET)
        sender: IdOnly | Unset
        if isinstance(_sender, Unset):
            sender = UNSET
        else:
            sender = IdOnly.from_dict(_sender)

        _recipient = d.pop("recipient", UNSET)
        recipient: IdOnly | Unset
        if isinstance(_recipient, Unset):
            recipient = UNSET
        else:
            recipient = IdOnly.from_dict(_recipient)

        timestamp = d.pop("timestamp", UNSET)

        is_self = d.pop("is_self", UNSET)

        _message = d.pop("message", UNSET)
        message: WebhookMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = WebhookMessage.from_dict(_message)

        _reaction = d.pop("reaction", UNSET)
        reaction: WebhookReaction | Unset
        if isinstance(_reaction, Unset):
            reaction = UNSET
        else:
            reaction = WebhookReaction.from_dict(_reaction)

        _read = d.pop("read", UNSET)
        read: WebhookRead | Unset
        if isinstance(_read, Unset):
            read = UNSET
        else:
            read = WebhookRead.from_dict(_read)

        _postback = d.pop("postback", UNSET)
        postback: WebhookPostback | Unset
        if isinstance(_postback, Unset):
            postback = UNSET
        else:
            postback = WebhookPostback.from_dict(_postback)

        _referral = d.pop("referral", UNSET)
        referral: WebhookReferral | Unset
        if isinstance(_referral, Unset):
            referral = UNSET
        else:
            referral = WebhookReferral.from_dict(_referral)

        _message_edit = d.pop("message_edit", UNSET)
        message_edit: WebhookMessageEdit | Unset
        if isinstance(_message_edit, Unset):
            message_edit = UNSET
        else:
            message_edit = WebhookMessageEdit.from_dict(_message_edit)

        webhook_messaging_event = cls(
            sender=sender,
            recipient=recipient,
            timestamp=timestamp,
            is_self=is_self,
            message=message,
            reaction=reaction,
            read=read,
            postback=postback,
            referral=referral,
            message_edit=message_edit,
        )

        webhook_messaging_event.additional_properties = d
        return webhook_messaging_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
