from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.webhook_change_value import WebhookChangeValue


T = TypeVar("T", bound="WebhookChange")


@_attrs_define(slots=False)
class WebhookChange(Model):
    field: str
    value: WebhookChangeValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.webhook_change_value import WebhookChangeValue  # noqa: PLC0415

        return {
            "field": ("field", str),
            "value": ("value", WebhookChangeValue),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
