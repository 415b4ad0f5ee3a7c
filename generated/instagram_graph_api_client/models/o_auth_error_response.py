from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    parse_model,
)

T = TypeVar("T", bound="OAuthErrorResponse")


@_attrs_define(slots=False)
class OAuthErrorResponse(Model):
    """api.instagram.com's flat envelope (https://developers.facebook.com/docs/instagram-platform/instagram-api-with-
    instagram-login/business-login).

    """

    error_type: str | Unset = UNSET
    code: int | Unset = UNSET
    """ The HTTP status. """
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        error_type = self.error_type

        code = self.code

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if code is not UNSET:
            field_dict["code"] = code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "error_type": ("error_type", str),
            "code": ("code", int),
            "error_message": ("error_message", str),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
