from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_attachment_payload import WebhookAttachmentPayload


T = TypeVar("T", bound="WebhookAttachment")


@_attrs_define
class WebhookAttachment:
    type_: str | Unset = UNSET
    """ `share` is retired since 2026-02-01; shared posts carry `ig_post` (changelog 2025-11-03). """
    payload: WebhookAttachmentPayload | Unset = UNSET
    """ The attachment's content; `url` is the CDN URL of the media (other keys are kept). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.webhook_attachment_payload import WebhookAttachmentPayload  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _payload = d.pop("payload", UNSET)
        payload: WebhookAttachmentPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = WebhookAttachmentPayload.from_dict(_payload)

        webhook_attachment = cls(
            type_=type_,
            payload=payload,
        )

        webhook_attachment.additional_properties = d
        return webhook_attachment

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
