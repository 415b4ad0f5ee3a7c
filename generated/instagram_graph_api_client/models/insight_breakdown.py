from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ListOf,
    Model,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.insight_breakdown_result import InsightBreakdownResult


T = TypeVar("T", bound="InsightBreakdown")


@_attrs_define(slots=False)
class InsightBreakdown(Model):
    dimension_keys: list[str] | Unset = UNSET
    results: list[InsightBreakdownResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        dimension_keys: list[str] | Unset = UNSET
        if not isinstance(self.dimension_keys, Unset):
            dimension_keys = self.dimension_keys

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dimension_keys is not UNSET:
            field_dict["dimension_keys"] = dimension_keys
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.insight_breakdown_result import InsightBreakdownResult  # noqa: PLC0415

        return {
            "dimension_keys": ("dimension_keys", ListOf(str)),
            "results": ("results", ListOf(InsightBreakdownResult)),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
