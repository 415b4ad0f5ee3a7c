from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_entry import WebhookEntry


T = TypeVar("T", bound="WebhookPayload")


@_attrs_define
class WebhookPayload:
    """A webhook notification body (https://developers.facebook.com/docs/instagram-platform/webhooks). Entries carry
    `messaging[]`, `changes[]`, or a top-level `field`/`value` pair (the layout Meta's Instagram Login examples page
    shows). Unknown keys are kept.

    """

    object_: str
    """ `instagram`. """
    entry: list[WebhookEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        entry = []
        for entry_item_data in self.entry:
            entry_item = entry_item_data.to_dict()
            entry.append(entry_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "entry": entry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_entry import WebhookEntry  # noqa: PLC0415

        d = dict(src_dict)
        object_ = d.pop("object")

        entry = []
        _entry = d.pop("entry")
        for entry_item_data in _entry:
            entry_item = WebhookEntry.from_dict(entry_item_data)

            entry.append(entry_item)

        webhook_payload = cls(
            object_=object_,
            entry=entry,
        )

        webhook_payload.additional_properties = d
        return webhook_payload

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
