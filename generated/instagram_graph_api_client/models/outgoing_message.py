from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.outgoing_attachment import OutgoingAttachment
    from ..models.quick_reply import QuickReply


T = TypeVar("T", bound="OutgoingMessage")


@_attrs_define
class OutgoingMessage:
    text: str | Unset = UNSET
    """ UTF-8 """
    attachment: OutgoingAttachment | Unset = UNSET
    attachments: list[OutgoingAttachment] | Unset = UNSET
    """ Up to 10 images in one message, each by `url` or `attachment_id` (generally available since 2026-05-06). """
    quick_replies: list[QuickReply] | Unset = UNSET
    """ Up to 13 text quick replies (phone and email quick replies were disabled on 2026-10-05). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        quick_replies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quick_replies, Unset):
            quick_replies = []
            for quick_replies_item_data in self.quick_replies:
                quick_replies_item = quick_replies_item_data.to_dict()
                quick_replies.append(quick_replies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if quick_replies is not UNSET:
            field_dict["quick_replies"] = quick_replies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outgoing_attachment import OutgoingAttachment  # noqa: PLC0415
        from ..models.quick_reply import QuickReply  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text", UNSET)

        _attachment = d.pop("attachment", UNSET)
        attachment: OutgoingAttachment | Unset
        if isinstance(_attachment, Unset):
            attachment = UNSET
        else:
            attachment = OutgoingAttachment.from_dict(_attachment)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[OutgoingAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = OutgoingAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _quick_replies = d.pop("quick_replies", UNSET)
        quick_replies: list[QuickReply] | Unset = UNSET
        if _quick_replies is not UNSET:
            quick_replies = []
            for quick_replies_item_data in _quick_replies:
                quick_replies_item = QuickReply.from_dict(quick_replies_item_data)

                quick_replies.append(quick_replies_item)

        outgoing_message = cls(
            text=text,
            attachment=attachment,
            attachments=attachments,
            quick_replies=quick_replies,
        )

        outgoing_message.additional_properties = d
        return outgoing_message

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
