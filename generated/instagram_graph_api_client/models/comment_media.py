from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommentMedia")


@_attrs_define
class CommentMedia:
    id: str | Unset = UNSET
    media_product_type: str | Unset = UNSET
    ad_id: str | Unset = UNSET
    ad_title: str | Unset = UNSET
    original_media_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        media_product_type = d.pop("media_product_type", UNSET)

        ad_id = d.pop("ad_id", UNSET)

        ad_title = d.pop("ad_title", UNSET)

        original_media_id = d.pop("original_media_id", UNSET)

        comment_media = cls(
            id=id,
            media_product_type=media_product_type,
            ad_id=ad_id,
            ad_title=ad_title,
            original_media_id=original_media_id,
        )

        comment_media.additional_properties = d
        return comment_media

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
