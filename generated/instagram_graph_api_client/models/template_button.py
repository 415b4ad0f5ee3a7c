from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_button_type import TemplateButtonType, check_template_button_type
from ..types import (
    UNSET,
    Custom,
    Model,
    Unset,
    keep_json_keys,
    parse_model,
)

T = TypeVar("T", bound="TemplateButton")


@_attrs_define(slots=False)
class TemplateButton(Model):
    type_: TemplateButtonType
    title: str
    url: str | Unset = UNSET
    payload: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        title = self.title

        url = self.url

        payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "type": ("type_", Custom(TemplateButton._parse_type_)),
            "title": ("title", str),
            "url": ("url", str),
            "payload": ("payload", str),
        }

    @staticmethod
    def _parse_type_(value: Any) -> Any:
        type_ = check_template_button_type(value)

        return type_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


keep_json_keys(
    TemplateButton,
    {
        "type": "type_",
    },
)
