from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quick_reply_content_type import (
    QuickReplyContentType,
    check_quick_reply_content_type,
)

T = TypeVar("T", bound="QuickReply")


@_attrs_define
class QuickReply:
    content_type: QuickReplyContentType
    title: str
    """ At most 20 characters. """
    payload: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        content_type = check_quick_reply_content_type(d.pop("content_type"))

        title = d.pop("title")

        payload = d.pop("payload")

        quick_reply = cls(
            content_type=content_type,
            title=title,
            payload=payload,
        )

        quick_reply.additional_properties = d
        return quick_reply

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
