from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.insight_total_value import InsightTotalValue
    from ..models.insight_value import InsightValue


T = TypeVar("T", bound="InsightMetric")


@_attrs_define
class InsightMetric:
    name: str | Unset = UNSET
    period: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    id: str | Unset = UNSET
    values: list[InsightValue] | Unset = UNSET
    total_value: InsightTotalValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        period = self.period

        title = self.title

        description = self.description

        id = self.id

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        total_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_value, Unset):
            total_value = self.total_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if period is not UNSET:
            field_dict["period"] = period
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if values is not UNSET:
            field_dict["values"] = values
        if total_value is not UNSET:
            field_dict["total_value"] = total_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.insight_total_value import InsightTotalValue  # noqa: PLC0415
        from ..models.insight_value import InsightValue  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        period = d.pop("period", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        _values = d.pop("values", UNSET)
        values: list[InsightValue] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = InsightValue.from_dict(values_item_data)

                values.append(values_item)

        _total_value = d.pop("total_value", UNSET)
        total_value: InsightTotalValue | Unset
        if isinstance(_total_value, Unset):
            total_value = UNSET
        else:
            total_value = InsightTotalValue.from_dict(_total_value)

        insight_metric = cls(
            name=name,
            period=period,
            title=title,
            description=description,
            id=id,
            values=values,
            total_value=total_value,
        )

        insight_metric.additional_properties = d
        return insight_metric

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
