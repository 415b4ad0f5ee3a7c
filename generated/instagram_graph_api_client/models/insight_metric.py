from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ID,
    UNSET,
    ListOf,
    Model,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.insight_total_value import InsightTotalValue
    from ..models.insight_value import InsightValue


T = TypeVar("T", bound="InsightMetric")


@_attrs_define(slots=False)
class InsightMetric(Model):
    name: str | Unset = UNSET
    period: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    id: str | Unset = UNSET
    values: list[InsightValue] | Unset = UNSET
    total_value: InsightTotalValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

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
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.insight_total_value import InsightTotalValue  # noqa: PLC0415
        from ..models.insight_value import InsightValue  # noqa: PLC0415

        return {
            "name": ("name", str),
            "period": ("period", str),
            "title": ("title", str),
            "description": ("description", str),
            "id": ("id", ID),
            "values": ("values", ListOf(InsightValue)),
            "total_value": ("total_value", InsightTotalValue),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
