from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ID,
    UNSET,
    Model,
    Unset,
    parse_model,
)

T = TypeVar("T", bound="WebhookStoryRef")


@_attrs_define(slots=False)
class WebhookStoryRef(Model):
    id: str | Unset = UNSET
    url: str | Unset = UNSET
    link_sticker_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        link_sticker_url = self.link_sticker_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url
        if link_sticker_url is not UNSET:
            field_dict["link_sticker_url"] = link_sticker_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "id": ("id", ID),
            "url": ("url", str),
            "link_sticker_url": ("link_sticker_url", str),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
