from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ListOf,
    Model,
    OneOf,
    Unset,
    parse_model,
)

T = TypeVar("T", bound="ShortLivedToken")


@_attrs_define(slots=False)
class ShortLivedToken(Model):
    access_token: str = _attrs_field(repr=False)
    user_id: int | str | Unset = UNSET
    """ The Instagram-scoped user ID; a string in the current docs, an integer in the older reference. """
    permissions: list[str] | str | Unset = UNSET
    """ Granted scopes, comma-separated (sometimes seen as a list). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        user_id: int | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        permissions: list[str] | str | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, list):
            permissions = self.permissions

        else:
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "access_token": ("access_token", str),
            "user_id": ("user_id", OneOf(str, int)),
            "permissions": ("permissions", OneOf(str, ListOf(str))),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
