from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ListOf,
    Model,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.subscribed_app import SubscribedApp


T = TypeVar("T", bound="SubscribedAppList")


@_attrs_define(slots=False)
class SubscribedAppList(Model):
    data: list[SubscribedApp]
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.subscribed_app import SubscribedApp  # noqa: PLC0415

        return {
            "data": ("data", ListOf(SubscribedApp)),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
