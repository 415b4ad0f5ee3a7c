from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    OneOf,
    Unset,
    keep_json_keys,
    parse_model,
)

T = TypeVar("T", bound="OEmbed")


@_attrs_define(slots=False)
class OEmbed(Model):
    version: str | Unset = UNSET
    provider_name: str | Unset = UNSET
    provider_url: str | Unset = UNSET
    type_: str | Unset = UNSET
    width: int | None | Unset = UNSET
    height: int | None | Unset = UNSET
    html: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        provider_name = self.provider_name

        provider_url = self.provider_url

        type_ = self.type_

        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        html = self.html

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if provider_url is not UNSET:
            field_dict["provider_url"] = provider_url
        if type_ is not UNSET:
            field_dict["type"] = type_
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if html is not UNSET:
            field_dict["html"] = html

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "version": ("version", str),
            "provider_name": ("provider_name", str),
            "provider_url": ("provider_url", str),
            "type": ("type_", str),
            "width": ("width", OneOf(int, None)),
            "height": ("height", OneOf(int, None)),
            "html": ("html", str),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


keep_json_keys(
    OEmbed,
    {
        "type": "type_",
    },
)
