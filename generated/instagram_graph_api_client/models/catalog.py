from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ID,
    UNSET,
    Model,
    Unset,
    parse_model,
)

T = TypeVar("T", bound="Catalog")


@_attrs_define(slots=False)
class Catalog(Model):
    catalog_id: str | Unset = UNSET
    catalog_name: str | Unset = UNSET
    shop_name: str | Unset = UNSET
    product_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        catalog_id = self.catalog_id

        catalog_name = self.catalog_name

        shop_name = self.shop_name

        product_count = self.product_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if catalog_id is not UNSET:
            field_dict["catalog_id"] = catalog_id
        if catalog_name is not UNSET:
            field_dict["catalog_name"] = catalog_name
        if shop_name is not UNSET:
            field_dict["shop_name"] = shop_name
        if product_count is not UNSET:
            field_dict["product_count"] = product_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "catalog_id": ("catalog_id", ID),
            "catalog_name": ("catalog_name", str),
            "shop_name": ("shop_name", str),
            "product_count": ("product_count", int),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
