from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comment_author import CommentAuthor
    from ..models.comment_media import CommentMedia


T = TypeVar("T", bound="WebhookCommentValue")


@_attrs_define
class WebhookCommentValue:
    """The value of a `comments` or `live_comments` change."""

    id: str | Unset = UNSET
    comment_id: str | Unset = UNSET
    """ Older Facebook Login payloads use comment_id instead of id. """
    text: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    from_: CommentAuthor | Unset = UNSET
    media: CommentMedia | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        comment_id = self.comment_id

        text = self.text

        parent_id = self.parent_id

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if comment_id is not UNSET:
            field_dict["comment_id"] = comment_id
        if text is not UNSET:
            field_dict["text"] = text
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if media is not UNSET:
            field_dict["media"] = media

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.comment_author import CommentAuthor  # noqa: PLC0415
        from ..models.comment_media import CommentMedia  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        comment_id = d.pop("comment_id", UNSET)

        text = d.pop("text", UNSET)

        parent_id = d.pop("parent_id", UNSET)

        _from_ = d.pop("from", UNSET)
        from_: CommentAuthor | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = CommentAuthor.from_dict(_from_)

        _media = d.pop("media", UNSET)
        media: CommentMedia | Unset
        if isinstance(_media, Unset):
            media = UNSET
        else:
            media = CommentMedia.from_dict(_media)

        webhook_comment_value = cls(
            id=id,
            comment_id=comment_id,
            text=text,
            parent_id=parent_id,
            from_=from_,
            media=media,
        )

        webhook_comment_value.additional_properties = d
        return webhook_comment_value

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
