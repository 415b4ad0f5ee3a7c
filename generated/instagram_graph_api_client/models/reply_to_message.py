from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReplyToMessage")


@_attrs_define
class ReplyToMessage:
    """The message being replied to (Message Replies API; Instagram Login support announced 2026-09-21 in
    https://developers.facebook.com/documentation/instagram-platform/changelog/rss/). Unconfirmed: the shape `{"mid":
    ...}` mirrors the `reply_to.mid` that message webhooks carry; Meta's request reference could not be read.

    """

    mid: str
    """ The ID of the message to reply to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mid = self.mid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mid": mid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mid = d.pop("mid")

        reply_to_message = cls(
            mid=mid,
        )

        reply_to_message.additional_properties = d
        return reply_to_message

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
