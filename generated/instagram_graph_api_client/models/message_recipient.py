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

T = TypeVar("T", bound="MessageRecipient")


@_attrs_define(slots=False)
class MessageRecipient(Model):
    """Either `id` (an IGSID) or `comment_id` (a private reply)."""

    id: str | Unset = UNSET
    comment_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        comment_id = self.comment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if comment_id is not UNSET:
            field_dict["comment_id"] = comment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "id": ("id", ID),
            "comment_id": ("comment_id", ID),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
