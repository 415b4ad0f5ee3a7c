from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    keep_json_keys,
    parse_model,
)

T = TypeVar("T", bound="MenuItem")


@_attrs_define(slots=False)
class MenuItem(Model):
    type_: str
    """ postback or web_url. """
    title: str
    payload: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        payload = self.payload

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "type": ("type_", str),
            "title": ("title", str),
            "payload": ("payload", str),
            "url": ("url", str),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


keep_json_keys(
    MenuItem,
    {
        "type": "type_",
    },
)
