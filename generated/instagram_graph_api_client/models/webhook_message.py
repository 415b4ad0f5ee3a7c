from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_attachment import WebhookAttachment
    from ..models.webhook_quick_reply import WebhookQuickReply
    from ..models.webhook_referral import WebhookReferral
    from ..models.webhook_reply_to import WebhookReplyTo


T = TypeVar("T", bound="WebhookMessage")


@_attrs_define
class WebhookMessage:
    mid: str | Unset = UNSET
    text: str | Unset = UNSET
    attachments: list[WebhookAttachment] | Unset = UNSET
    is_echo: bool | Unset = UNSET
    is_self: bool | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    is_unsupported: bool | Unset = UNSET
    reply_to: WebhookReplyTo | Unset = UNSET
    quick_reply: WebhookQuickReply | Unset = UNSET
    referral: WebhookReferral | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mid = self.mid

        text = self.text

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        is_echo = self.is_echo

        is_self = self.is_self

        is_deleted = self.is_deleted

        is_unsupported = self.is_unsupported

        reply_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reply_to, Unset):
            reply_to = self.reply_to.to_dict()

        quick_reply: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quick_reply, Unset):
            quick_reply = self.quick_reply.to_dict()

        referral: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referral, Unset):
            referral = self.referral.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mid is not UNSET:
            field_dict["mid"] = mid
        if text is not UNSET:
            field_dict["text"] = text
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if is_echo is not UNSET:
            field_dict["is_echo"] = is_echo
        if is_self is not UNSET:
            field_dict["is_self"] = is_self
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if is_unsupported is not UNSET:
            field_dict["is_unsupported"] = is_unsupported
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if quick_reply is not UNSET:
            field_dict["quick_reply"] = quick_reply
        if referral is not UNSET:
            field_dict["referral"] = referral

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_attachment import WebhookAttachment  # noqa: PLC0415
        from ..models.webhook_quick_reply import WebhookQuickReply  # noqa: PLC0415
        from ..models.webhook_referral import WebhookReferral  # noqa: PLC0415
        from ..models.webhook_reply_to import WebhookReplyTo  # noqa: PLC0415

        d = dict(src_dict)
        mid = d.pop("mid", UNSET)

        text = d.pop("text", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[WebhookAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = WebhookAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        is_echo = d.pop("is_echo", UNSET)

        is_self = d.pop("is_self", UNSET)

        is_deleted = d.pop("is_deleted", UNSET)

        is_unsupported = d.pop("is_unsupported", UNSET)

        _reply_to = d.pop("reply_to", UNSET)
        reply_to: WebhookReplyTo | Unset
        if isinstance(_reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = WebhookReplyTo.from_dict(_reply_to)

        _quick_reply = d.pop("quick_reply", UNSET)
        quick_reply: WebhookQuickReply | Unset
        if isinstance(_quick_reply, Unset):
            quick_reply = UNSET
        else:
            quick_reply = WebhookQuickReply.from_dict(_quick_reply)

        _referral = d.pop("referral", UNSET)
        referral: WebhookReferral | Unset
        if isinstance(_referral, Unset):
            referral = UNSET
        else:
            referral = WebhookReferral.from_dict(_referral)

        webhook_message = cls(
            mid=mid,
            text=text,
            attachments=attachments,
            is_echo=is_echo,
            is_self=is_self,
            is_deleted=is_deleted,
            is_unsupported=is_unsupported,
            reply_to=reply_to,
            quick_reply=quick_reply,
            referral=referral,
        )

        webhook_message.additional_properties = d
        return webhook_message

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
