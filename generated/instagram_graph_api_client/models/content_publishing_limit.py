from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_publishing_limit_config import ContentPublishingLimitConfig


T = TypeVar("T", bound="ContentPublishingLimit")


@_attrs_define
class ContentPublishingLimit:
    quota_usage: int | Unset = UNSET
    """ Posts published in the current window. """
    config: ContentPublishingLimitConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quota_usage = self.quota_usage

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quota_usage is not UNSET:
            field_dict["quota_usage"] = quota_usage
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.content_publishing_limit_config import (
            ContentPublishingLimitConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        quota_usage = d.pop("quota_usage", UNSET)

        _config = d.pop("config", UNSET)
        config: ContentPublishingLimitConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = ContentPublishingLimitConfig.from_dict(_config)

        content_publishing_limit = cls(
            quota_usage=quota_usage,
            config=config,
        )

        content_publishing_limit.additional_properties = d
        return content_publishing_limit

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
