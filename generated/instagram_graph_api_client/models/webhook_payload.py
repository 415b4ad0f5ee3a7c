from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ListOf,
    Model,
    keep_json_keys,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.webhook_entry import WebhookEntry


T = TypeVar("T", bound="WebhookPayload")


@_attrs_define(slots=False)
class WebhookPayload(Model):
    """A webhook notification body (https://developers.facebook.com/docs/instagram-platform/webhooks). Entries carry
    `messaging[]`, `changes[]`, or a top-level `field`/`value` pair (the layout Meta's Instagram Login examples page
    shows). Unknown keys are kept.

    """

    object_: str
    """ `instagram`. """
    entry: list[WebhookEntry]
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

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
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.webhook_entry import WebhookEntry  # noqa: PLC0415

        return {
            "object": ("object_", str),
            "entry": ("entry", ListOf(WebhookEntry)),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


keep_json_keys(
    WebhookPayload,
    {
        "object": "object_",
    },
)
