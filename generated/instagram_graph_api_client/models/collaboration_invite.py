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

T = TypeVar("T", bound="CollaborationInvite")


@_attrs_define(slots=False)
class CollaborationInvite(Model):
    media_id: str | Unset = UNSET
    media_owner_username: str | Unset = UNSET
    caption: str | Unset = UNSET
    media_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        media_owner_username = self.media_owner_username

        caption = self.caption

        media_url = self.media_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_id is not UNSET:
            field_dict["media_id"] = media_id
        if media_owner_username is not UNSET:
            field_dict["media_owner_username"] = media_owner_username
        if caption is not UNSET:
            field_dict["caption"] = caption
        if media_url is not UNSET:
            field_dict["media_url"] = media_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "media_id": ("media_id", ID),
            "media_owner_username": ("media_owner_username", str),
            "caption": ("caption", str),
            "media_url": ("media_url", str),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
