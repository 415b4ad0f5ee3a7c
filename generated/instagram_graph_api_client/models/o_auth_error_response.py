from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthErrorResponse")


@_attrs_define
class OAuthErrorResponse:
    """api.instagram.com's flat envelope (https://developers.facebook.com/docs/instagram-platform/instagram-api-with-
    instagram-login/business-login).

    """

    error_type: str | Unset = UNSET
    code: int | Unset = UNSET
    """ The HTTP status. """
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        error_type = d.pop("error_type", UNSET)

        code = d.pop("code", UNSET)

        error_message = d.pop("error_message", UNSET)

        o_auth_error_response = cls(
            error_type=error_type,
            code=code,
            error_message=error_message,
        )

        o_auth_error_response.additional_properties = d
        return o_auth_error_response

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
