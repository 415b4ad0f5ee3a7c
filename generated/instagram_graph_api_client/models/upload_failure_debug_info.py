from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    keep_json_keys,
    parse_model,
)

T = TypeVar("T", bound="UploadFailureDebugInfo")


@_attrs_define(slots=False)
class UploadFailureDebugInfo(Model):
    retriable: bool | Unset = UNSET
    type_: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        retriable = self.retriable

        type_ = self.type_

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retriable is not UNSET:
            field_dict["retriable"] = retriable
        if type_ is not UNSET:
            field_dict["type"] = type_
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "retriable": ("retriable", bool),
            "type": ("type_", str),
            "message": ("message", str),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


keep_json_keys(
    UploadFailureDebugInfo,
    {
        "type": "type_",
    },
)
