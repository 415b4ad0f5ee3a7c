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
    from ..models.webhook_attachment import WebhookAttachment
    from ..models.webhook_quick_reply import WebhookQuickReply
    from ..models.webhook_referral import WebhookReferral
    from ..models.webhook_reply_to import WebhookReplyTo


T = TypeVar("T", bound="WebhookMessage")


@_attrs_define(slots=False)
class WebhookMessage(Model):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

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
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.webhook_attachment import WebhookAttachment  # noqa: PLC0415
        from ..models.webhook_quick_reply import WebhookQuickReply  # noqa: PLC0415
        from ..models.webhook_referral import WebhookReferral  # noqa: PLC0415
        from ..models.webhook_reply_to import WebhookReplyTo  # noqa: PLC0415

        return {
            "mid": ("mid", str),
            "text": ("text", str),
            "attachments": ("attachments", ListOf(WebhookAttachment)),
            "is_echo": ("is_echo", bool),
            "is_self": ("is_self", bool),
            "is_deleted": ("is_deleted", bool),
            "is_unsupported": ("is_unsupported", bool),
            "reply_to": ("reply_to", WebhookReplyTo),
            "quick_reply": ("quick_reply", WebhookQuickReply),
            "referral": ("referral", WebhookReferral),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
