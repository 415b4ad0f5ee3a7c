from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ListOf,
    Model,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.outgoing_attachment import OutgoingAttachment
    from ..models.quick_reply import QuickReply


T = TypeVar("T", bound="OutgoingMessage")


@_attrs_define(slots=False)
class OutgoingMessage(Model):
    text: str | Unset = UNSET
    """ UTF-8 """
    attachment: OutgoingAttachment | Unset = UNSET
    attachments: list[OutgoingAttachment] | Unset = UNSET
    """ Up to 10 images in one message, each by `url` or `attachment_id` (generally available since 2026-05-06). """
    quick_replies: list[QuickReply] | Unset = UNSET
    """ Up to 13 text quick replies (phone and email quick replies were disabled on 2026-10-05). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

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
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.outgoing_attachment import OutgoingAttachment  # noqa: PLC0415
        from ..models.quick_reply import QuickReply  # noqa: PLC0415

        return {
            "text": ("text", str),
            "attachment": ("attachment", OutgoingAttachment),
            "attachments": ("attachments", ListOf(OutgoingAttachment)),
            "quick_replies": ("quick_replies", ListOf(QuickReply)),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
