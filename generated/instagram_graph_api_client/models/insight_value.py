from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.insight_value_value_type_1 import InsightValueValueType1


T = TypeVar("T", bound="InsightValue")


@_attrs_define
class InsightValue:
    value: float | InsightValueValueType1 | Unset = UNSET
    """ A number, or (legacy demographic metrics) an object keyed by dimension. """
    end_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.insight_value_value_type_1 import InsightValueValueType1  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_value(data: object) -> float | InsightValueValueType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_1 = InsightValueValueType1.from_dict(data)

                return value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | InsightValueValueType1 | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        insight_value = cls(
            value=value,
            end_time=end_time,
        )

        insight_value.additional_properties = d
        return insight_value

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
