from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.content_publishing_limit_config import ContentPublishingLimitConfig


T = TypeVar("T", bound="ContentPublishingLimit")


@_attrs_define(slots=False)
class ContentPublishingLimit(Model):
    quota_usage: int | Unset = UNSET
    """ Posts published in the current window. """
    config: ContentPublishingLimitConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

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
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.content_publishing_limit_config import (
            ContentPublishingLimitConfig,  # noqa: PLC0415
        )

        return {
            "quota_usage": ("quota_usage", int),
            "config": ("config", ContentPublishingLimitConfig),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
