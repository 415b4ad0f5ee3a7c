from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollaborationInvite")


@_attrs_define
class CollaborationInvite:
    media_id: str | Unset = UNSET
    media_owner_username: str | Unset = UNSET
    caption: str | Unset = UNSET
    media_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        media_id = d.pop("media_id", UNSET)

        media_owner_username = d.pop("media_owner_username", UNSET)

        caption = d.pop("caption", UNSET)

        media_url = d.pop("media_url", UNSET)

        collaboration_invite = cls(
            media_id=media_id,
            media_owner_username=media_owner_username,
            caption=caption,
            media_url=media_url,
        )

        collaboration_invite.additional_properties = d
        return collaboration_invite

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
