from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.insight_breakdown_result import InsightBreakdownResult


T = TypeVar("T", bound="InsightBreakdown")


@_attrs_define
class InsightBreakdown:
    dimension_keys: list[str] | Unset = UNSET
    results: list[InsightBreakdownResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.insight_breakdown_result import InsightBreakdownResult  # noqa: PLC0415

        d = dict(src_dict)
        dimension_keys = cast(list[str], d.pop("dimension_keys", UNSET))

        _results = d.pop("results", UNSET)
        results: list[InsightBreakdownResult] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = InsightBreakdownResult.from_dict(results_item_data)

                results.append(results_item)

        insight_breakdown = cls(
            dimension_keys=dimension_keys,
            results=results,
        )

        insight_breakdown.additional_properties = d
        return insight_breakdown

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
