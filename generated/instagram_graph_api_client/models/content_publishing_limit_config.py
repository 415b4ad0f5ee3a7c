from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentPublishingLimitConfig")


@_attrs_define
class ContentPublishingLimitConfig:
    quota_total: int | Unset = UNSET
    quota_duration: int | Unset = UNSET
    """ Window length in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quota_total = self.quota_total

        quota_duration = self.quota_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quota_total is not UNSET:
            field_dict["quota_total"] = quota_total
        if quota_duration is not UNSET:
            field_dict["quota_duration"] = quota_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quota_total = d.pop("quota_total", UNSET)

        quota_duration = d.pop("quota_duration", UNSET)

        content_publishing_limit_config = cls(
            quota_total=quota_total,
            quota_duration=quota_duration,
        )

        content_publishing_limit_config.additional_properties = d
        return content_publishing_limit_config

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
