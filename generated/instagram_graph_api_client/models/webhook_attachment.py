from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    keep_json_keys,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.webhook_attachment_payload import WebhookAttachmentPayload


T = TypeVar("T", bound="WebhookAttachment")


@_attrs_define(slots=False)
class WebhookAttachment(Model):
    type_: str | Unset = UNSET
    """ `share` is retired since 2026-02-01; shared posts carry `ig_post` (changelog 2025-11-03). """
    payload: WebhookAttachmentPayload | Unset = UNSET
    """ The attachment's content; `url` is the CDN URL of the media (other keys are kept). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.webhook_attachment_payload import WebhookAttachmentPayload  # noqa: PLC0415

        return {
            "type": ("type_", str),
            "payload": ("payload", WebhookAttachmentPayload),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


keep_json_keys(
    WebhookAttachment,
    {
        "type": "type_",
    },
)
