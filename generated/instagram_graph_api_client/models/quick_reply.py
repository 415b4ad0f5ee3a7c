from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quick_reply_content_type import (
    QuickReplyContentType,
    check_quick_reply_content_type,
)
from ..types import (
    Custom,
    Model,
    parse_model,
)

T = TypeVar("T", bound="QuickReply")


@_attrs_define(slots=False)
class QuickReply(Model):
    content_type: QuickReplyContentType
    title: str
    """ At most 20 characters. """
    payload: str
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        content_type: str = self.content_type

        title = self.title

        payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_type": content_type,
                "title": title,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "content_type": ("content_type", Custom(QuickReply._parse_content_type)),
            "title": ("title", str),
            "payload": ("payload", str),
        }

    @staticmethod
    def _parse_content_type(value: Any) -> Any:
        content_type = check_quick_reply_content_type(value)

        return content_type

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
