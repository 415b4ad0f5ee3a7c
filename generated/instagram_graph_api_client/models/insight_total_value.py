from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FLOAT,
    UNSET,
    ListOf,
    Model,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.insight_breakdown import InsightBreakdown


T = TypeVar("T", bound="InsightTotalValue")


@_attrs_define(slots=False)
class InsightTotalValue(Model):
    value: float | Unset = UNSET
    breakdowns: list[InsightBreakdown] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        breakdowns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.breakdowns, Unset):
            breakdowns = []
            for breakdowns_item_data in self.breakdowns:
                breakdowns_item = breakdowns_item_data.to_dict()
                breakdowns.append(breakdowns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if breakdowns is not UNSET:
            field_dict["breakdowns"] = breakdowns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.insight_breakdown import InsightBreakdown  # noqa: PLC0415

        return {
            "value": ("value", FLOAT),
            "breakdowns": ("breakdowns", ListOf(InsightBreakdown)),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
