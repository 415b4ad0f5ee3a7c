from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ID,
    UNSET,
    Model,
    OneOf,
    Unset,
    parse_model,
)

T = TypeVar("T", bound="MessagingUserProfile")


@_attrs_define(slots=False)
class MessagingUserProfile(Model):
    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    username: str | Unset = UNSET
    profile_pic: None | str | Unset = UNSET
    """ Expires after a few days. """
    follower_count: int | Unset = UNSET
    is_user_follow_business: bool | Unset = UNSET
    is_business_follow_user: bool | Unset = UNSET
    is_verified_user: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        username = self.username

        profile_pic: None | str | Unset
        if isinstance(self.profile_pic, Unset):
            profile_pic = UNSET
        else:
            profile_pic = self.profile_pic

        follower_count = self.follower_count

        is_user_follow_business = self.is_user_follow_business

        is_business_follow_user = self.is_business_follow_user

        is_verified_user = self.is_verified_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if username is not UNSET:
            field_dict["username"] = username
        if profile_pic is not UNSET:
            field_dict["profile_pic"] = profile_pic
        if follower_count is not UNSET:
            field_dict["follower_count"] = follower_count
        if is_user_follow_business is not UNSET:
            field_dict["is_user_follow_business"] = is_user_follow_business
        if is_business_follow_user is not UNSET:
            field_dict["is_business_follow_user"] = is_business_follow_user
        if is_verified_user is not UNSET:
            field_dict["is_verified_user"] = is_verified_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "id": ("id", ID),
            "name": ("name", OneOf(str, None)),
            "username": ("username", str),
            "profile_pic": ("profile_pic", OneOf(str, None)),
            "follower_count": ("follower_count", int),
            "is_user_follow_business": ("is_user_follow_business", bool),
            "is_business_follow_user": ("is_business_follow_user", bool),
            "is_verified_user": ("is_verified_user", bool),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
