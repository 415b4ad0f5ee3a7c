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

T = TypeVar("T", bound="CommentMedia")


@_attrs_define(slots=False)
class CommentMedia(Model):
    id: str | Unset = UNSET
    media_product_type: str | Unset = UNSET
    ad_id: str | Unset = UNSET
    ad_title: str | Unset = UNSET
    original_media_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        media_product_type = self.media_product_type

        ad_id = self.ad_id

        ad_title = self.ad_title

        original_media_id = self.original_media_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if media_product_type is not UNSET:
            field_dict["media_product_type"] = media_product_type
        if ad_id is not UNSET:
            field_dict["ad_id"] = ad_id
        if ad_title is not UNSET:
            field_dict["ad_title"] = ad_title
        if original_media_id is not UNSET:
            field_dict["original_media_id"] = original_media_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "id": ("id", ID),
            "media_product_type": ("media_product_type", str),
            "ad_id": ("ad_id", ID),
            "ad_title": ("ad_title", str),
            "original_media_id": ("original_media_id", ID),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
