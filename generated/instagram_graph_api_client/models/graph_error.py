from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ID,
    UNSET,
    Custom,
    Model,
    Unset,
    keep_json_keys,
    parse_model,
)

T = TypeVar("T", bound="GraphError")


@_attrs_define(slots=False)
class GraphError(Model):
    message: str | Unset = UNSET
    """ Human-readable; Meta changes the wording """
    type_: str | Unset = UNSET
    """ Almost always OAuthException """
    code: int | Unset = UNSET
    """ The error code (can be negative """
    error_subcode: int | Unset = UNSET
    error_user_title: str | Unset = UNSET
    """ Localized title to show the end user. """
    error_user_msg: str | Unset = UNSET
    """ Localized message to show the end user. """
    is_transient: bool | Unset = UNSET
    fbtrace_id: str | Unset = UNSET
    """ Support ID; quote it to Meta. """
    error_data: Any | Unset = UNSET
    """ Extra data; seen as an object, a JSON string, or an escaped string. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type_ = self.type_

        code = self.code

        error_subcode = self.error_subcode

        error_user_title = self.error_user_title

        error_user_msg = self.error_user_msg

        is_transient = self.is_transient

        fbtrace_id = self.fbtrace_id

        error_data = self.error_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if error_subcode is not UNSET:
            field_dict["error_subcode"] = error_subcode
        if error_user_title is not UNSET:
            field_dict["error_user_title"] = error_user_title
        if error_user_msg is not UNSET:
            field_dict["error_user_msg"] = error_user_msg
        if is_transient is not UNSET:
            field_dict["is_transient"] = is_transient
        if fbtrace_id is not UNSET:
            field_dict["fbtrace_id"] = fbtrace_id
        if error_data is not UNSET:
            field_dict["error_data"] = error_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "message": ("message", str),
            "type": ("type_", str),
            "code": ("code", int),
            "error_subcode": ("error_subcode", int),
            "error_user_title": ("error_user_title", str),
            "error_user_msg": ("error_user_msg", str),
            "is_transient": ("is_transient", bool),
            "fbtrace_id": ("fbtrace_id", ID),
            "error_data": ("error_data", Custom(GraphError._parse_error_data)),
        }

    @staticmethod
    def _parse_error_data(value: Any) -> Any:
        return value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


keep_json_keys(
    GraphError,
    {
        "type": "type_",
    },
)
