from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MentionReplyRequest")


@_attrs_define
class MentionReplyRequest:
    media_id: str
    """ The media whose caption (or comment) mentions the account. """
    message: str
    comment_id: str | Unset = UNSET
    """ Reply to this comment mention instead of the caption. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        message = self.message

        comment_id = self.comment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_id": media_id,
                "message": message,
            }
        )
        if comment_id is not UNSET:
            field_dict["comment_id"] = comment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        media_id = d.pop("media_id")

        message = d.pop("message")

        comment_id = d.pop("comment_id", UNSET)

        mention_reply_request = cls(
            media_id=media_id,
            message=message,
            comment_id=comment_id,
        )

        mention_reply_request.additional_properties = d
        return mention_reply_request

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
