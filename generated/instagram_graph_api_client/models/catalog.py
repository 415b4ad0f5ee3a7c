from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Catalog")


@_attrs_define
class Catalog:
    catalog_id: str | Unset = UNSET
    catalog_name: str | Unset = UNSET
    shop_name: str | Unset = UNSET
    product_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        catalog_id = d.pop("catalog_id", UNSET)

        catalog_name = d.pop("catalog_name", UNSET)

        shop_name = d.pop("shop_name", UNSET)

        product_count = d.pop("product_count", UNSET)

        catalog = cls(
            catalog_id=catalog_id,
            catalog_name=catalog_name,
            shop_name=shop_name,
            product_count=product_count,
        )

        catalog.additional_properties = d
        return catalog

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
