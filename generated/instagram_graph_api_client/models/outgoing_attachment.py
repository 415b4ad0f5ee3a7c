from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outgoing_attachment_type import (
    OutgoingAttachmentType,
    check_outgoing_attachment_type,
)
from ..types import (
    UNSET,
    Custom,
    Model,
    Unset,
    keep_json_keys,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.outgoing_attachment_payload import OutgoingAttachmentPayload


T = TypeVar("T", bound="OutgoingAttachment")


@_attrs_define(slots=False)
class OutgoingAttachment(Model):
    type_: OutgoingAttachmentType
    payload: OutgoingAttachmentPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.outgoing_attachment_payload import OutgoingAttachmentPayload  # noqa: PLC0415

        return {
            "type": ("type_", Custom(OutgoingAttachment._parse_type_)),
            "payload": ("payload", OutgoingAttachmentPayload),
        }

    @staticmethod
    def _parse_type_(value: Any) -> Any:
        type_ = check_outgoing_attachment_type(value)

        return type_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


keep_json_keys(
    OutgoingAttachment,
    {
        "type": "type_",
    },
)
