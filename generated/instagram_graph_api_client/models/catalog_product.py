from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ID,
    UNSET,
    ListOf,
    Model,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.catalog_product_product_variants_item import (
        CatalogProductProductVariantsItem,
    )


T = TypeVar("T", bound="CatalogProduct")


@_attrs_define(slots=False)
class CatalogProduct(Model):
    product_id: int | Unset = UNSET
    merchant_id: int | Unset = UNSET
    product_name: str | Unset = UNSET
    image_url: str | Unset = UNSET
    retailer_id: str | Unset = UNSET
    review_status: str | Unset = UNSET
    is_checkout_flow: bool | Unset = UNSET
    product_variants: list[CatalogProductProductVariantsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

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
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.catalog_product_product_variants_item import (
            CatalogProductProductVariantsItem,  # noqa: PLC0415
        )

        return {
            "product_id": ("product_id", int),
            "merchant_id": ("merchant_id", int),
            "product_name": ("product_name", str),
            "image_url": ("image_url", str),
            "retailer_id": ("retailer_id", ID),
            "review_status": ("review_status", str),
            "is_checkout_flow": ("is_checkout_flow", bool),
            "product_variants": (
                "product_variants",
                ListOf(CatalogProductProductVariantsItem),
            ),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
