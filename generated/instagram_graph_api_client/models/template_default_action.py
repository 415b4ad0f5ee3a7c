from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_default_action_type import (
    TemplateDefaultActionType,
    check_template_default_action_type,
)
from ..types import (
    Custom,
    Model,
    keep_json_keys,
    parse_model,
)

T = TypeVar("T", bound="TemplateDefaultAction")


@_attrs_define(slots=False)
class TemplateDefaultAction(Model):
    type_: TemplateDefaultActionType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "type": ("type_", Custom(TemplateDefaultAction._parse_type_)),
            "url": ("url", str),
        }

    @staticmethod
    def _parse_type_(value: Any) -> Any:
        type_ = check_template_default_action_type(value)

        return type_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


keep_json_keys(
    TemplateDefaultAction,
    {
        "type": "type_",
    },
)
