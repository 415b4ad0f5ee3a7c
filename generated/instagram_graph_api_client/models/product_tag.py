from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FLOAT,
    UNSET,
    Model,
    Unset,
    parse_model,
)

T = TypeVar("T", bound="ProductTag")


@_attrs_define(slots=False)
class ProductTag(Model):
    product_id: int | Unset = UNSET
    merchant_id: int | Unset = UNSET
    name: str | Unset = UNSET
    price_string: str | Unset = UNSET
    image_url: str | Unset = UNSET
    review_status: str | Unset = UNSET
    is_checkout: bool | Unset = UNSET
    stripped_price_string: str | Unset = UNSET
    stripped_sale_price_string: str | Unset = UNSET
    """ The sale price without currency formatting (seen in real responses). """
    sale_price_string: str | Unset = UNSET
    x: float | Unset = UNSET
    y: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        merchant_id = self.merchant_id

        name = self.name

        price_string = self.price_string

        image_url = self.image_url

        review_status = self.review_status

        is_checkout = self.is_checkout

        stripped_price_string = self.stripped_price_string

        stripped_sale_price_string = self.stripped_sale_price_string

        sale_price_string = self.sale_price_string

        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if name is not UNSET:
            field_dict["name"] = name
        if price_string is not UNSET:
            field_dict["price_string"] = price_string
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if review_status is not UNSET:
            field_dict["review_status"] = review_status
        if is_checkout is not UNSET:
            field_dict["is_checkout"] = is_checkout
        if stripped_price_string is not UNSET:
            field_dict["stripped_price_string"] = stripped_price_string
        if stripped_sale_price_string is not UNSET:
            field_dict["stripped_sale_price_string"] = stripped_sale_price_string
        if sale_price_string is not UNSET:
            field_dict["sale_price_string"] = sale_price_string
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "product_id": ("product_id", int),
            "merchant_id": ("merchant_id", int),
            "name": ("name", str),
            "price_string": ("price_string", str),
            "image_url": ("image_url", str),
            "review_status": ("review_status", str),
            "is_checkout": ("is_checkout", bool),
            "stripped_price_string": ("stripped_price_string", str),
            "stripped_sale_price_string": ("stripped_sale_price_string", str),
            "sale_price_string": ("sale_price_string", str),
            "x": ("x", FLOAT),
            "y": ("y", FLOAT),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
