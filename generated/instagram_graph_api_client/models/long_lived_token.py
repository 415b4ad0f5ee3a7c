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

T = TypeVar("T", bound="LongLivedToken")


@_attrs_define(slots=False)
class LongLivedToken(Model):
    access_token: str = _attrs_field(repr=False)
    token_type: str | Unset = UNSET
    """ `bearer`. """
    expires_in: int | Unset = UNSET
    """ Seconds until expiry (about 60 days). """
    permissions: list[str] | str | Unset = UNSET
    """ Granted scopes (seen on refresh responses). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        expires_in = self.expires_in

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
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
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
            "token_type": ("token_type", str),
            "expires_in": ("expires_in", int),
            "permissions": ("permissions", OneOf(str, ListOf(str))),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
