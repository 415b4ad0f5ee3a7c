from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FLOAT,
    REPEATED_DATETIME,
    UNSET,
    Model,
    OneOf,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.insight_value_value_type_1 import InsightValueValueType1


T = TypeVar("T", bound="InsightValue")


@_attrs_define(slots=False)
class InsightValue(Model):
    value: float | InsightValueValueType1 | Unset = UNSET
    """ A number, or (legacy demographic metrics) an object keyed by dimension. """
    end_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.insight_value_value_type_1 import InsightValueValueType1  # noqa: PLC0415

        value: dict[str, Any] | float | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, InsightValueValueType1):
            value = self.value.to_dict()
        else:
            value = self.value

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.insight_value_value_type_1 import InsightValueValueType1  # noqa: PLC0415

        return {
            "value": ("value", OneOf(FLOAT, InsightValueValueType1)),
            "end_time": ("end_time", REPEATED_DATETIME),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
