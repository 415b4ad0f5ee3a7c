from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InsightBreakdownResult")


@_attrs_define
class InsightBreakdownResult:
    dimension_values: list[str] | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimension_values: list[str] | Unset = UNSET
        if not isinstance(self.dimension_values, Unset):
            dimension_values = self.dimension_values

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dimension_values is not UNSET:
            field_dict["dimension_values"] = dimension_values
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dimension_values = cast(list[str], d.pop("dimension_values", UNSET))

        value = d.pop("value", UNSET)

        insight_breakdown_result = cls(
            dimension_values=dimension_values,
            value=value,
        )

        insight_breakdown_result.additional_properties = d
        return insight_breakdown_result

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
