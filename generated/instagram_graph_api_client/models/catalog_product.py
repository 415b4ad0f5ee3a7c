from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.catalog_product_product_variants_item import (
        CatalogProductProductVariantsItem,
    )


T = TypeVar("T", bound="CatalogProduct")


@_attrs_define
class CatalogProduct:
    product_id: int | Unset = UNSET
    merchant_id: int | Unset = UNSET
    product_name: str | Unset = UNSET
    image_url: str | Unset = UNSET
    retailer_id: str | Unset = UNSET
    review_status: str | Unset = UNSET
    is_checkout_flow: bool | Unset = UNSET
    product_variants: list[CatalogProductProductVariantsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        merchant_id = self.merchant_id

        product_name = self.product_name

        image_url = self.image_url

        retailer_id = self.retailer_id

        review_status = self.review_status

        is_checkout_flow = self.is_checkout_flow

        product_variants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_variants, Unset):
            product_variants = []
            for product_variants_item_data in self.product_variants:
                product_variants_item = product_variants_item_data.to_dict()
                product_variants.append(product_variants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if product_name is not UNSET:
            field_dict["product_name"] = product_name
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if retailer_id is not UNSET:
            field_dict["retailer_id"] = retailer_id
        if review_status is not UNSET:
            field_dict["review_status"] = review_status
        if is_checkout_flow is not UNSET:
            field_dict["is_checkout_flow"] = is_checkout_flow
        if product_variants is not UNSET:
            field_dict["product_variants"] = product_variants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalog_product_product_variants_item import (
            CatalogProductProductVariantsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        product_id = d.pop("product_id", UNSET)

        merchant_id = d.pop("merchant_id", UNSET)

        product_name = d.pop("product_name", UNSET)

        image_url = d.pop("image_url", UNSET)

        retailer_id = d.pop("retailer_id", UNSET)

        review_status = d.pop("review_status", UNSET)

        is_checkout_flow = d.pop("is_checkout_flow", UNSET)

        _product_variants = d.pop("product_variants", UNSET)
        product_variants: list[CatalogProductProductVariantsItem] | Unset = UNSET
        if _product_variants is not UNSET:
            product_variants = []
            for product_variants_item_data in _product_variants:
                product_variants_item = CatalogProductProductVariantsItem.from_dict(
                    product_variants_item_data
                )

                product_variants.append(product_variants_item)

        catalog_product = cls(
            product_id=product_id,
            merchant_id=merchant_id,
            product_name=product_name,
            image_url=image_url,
            retailer_id=retailer_id,
            review_status=review_status,
            is_checkout_flow=is_checkout_flow,
            product_variants=product_variants,
        )

        catalog_product.additional_properties = d
        return catalog_product

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
