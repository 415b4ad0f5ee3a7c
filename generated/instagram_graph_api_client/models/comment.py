from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comment_author import CommentAuthor
    from ..models.comment_list import CommentList
    from ..models.comment_media import CommentMedia
    from ..models.id_only import IdOnly


T = TypeVar("T", bound="Comment")


@_attrs_define
class Comment:
    """A comment (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment)."""

    id: str | Unset = UNSET
    text: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    username: str | Unset = UNSET
    like_count: int | Unset = UNSET
    hidden: bool | Unset = UNSET
    from_: CommentAuthor | Unset = UNSET
    user: IdOnly | Unset = UNSET
    media: CommentMedia | Unset = UNSET
    parent_id: str | Unset = UNSET
    replies: CommentList | Unset = UNSET
    legacy_instagram_comment_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        username = self.username

        like_count = self.like_count

        hidden = self.hidden

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        parent_id = self.parent_id

        replies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.replies, Unset):
            replies = self.replies.to_dict()

        legacy_instagram_comment_id = self.legacy_instagram_comment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if text is not UNSET:
            field_dict["text"] = text
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if username is not UNSET:
            field_dict["username"] = username
        if like_count is not UNSET:
            field_dict["like_count"] = like_count
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if from_ is not UNSET:
            field_dict["from"] = from_
        if user is not UNSET:
            field_dict["user"] = user
        if media is not UNSET:
            field_dict["media"] = media
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if replies is not UNSET:
            field_dict["replies"] = replies
        if legacy_instagram_comment_id is not UNSET:
            field_dict["legacy_instagram_comment_id"] = legacy_instagram_comment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.comment_author import CommentAuthor  # noqa: PLC0415
        from ..models.comment_list import CommentList  # noqa: PLC0415
        from ..models.comment_media import CommentMedia  # noqa: PLC0415
        from ..models.id_only import IdOnly  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        text = d.pop("text", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        username = d.pop("username", UNSET)

        like_count = d.pop("like_count", UNSET)

        hidden = d.pop("hidden", UNSET)

        _from_ = d.pop("from", UNSET)
        from_: CommentAuthor | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = CommentAuthor.from_dict(_from_)

        _user = d.pop("user", UNSET)
        user: IdOnly | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = IdOnly.from_dict(_user)

        _media = d.pop("media", UNSET)
        media: CommentMedia | Unset
        if isinstance(_media, Unset):
            media = UNSET
        else:
            media = CommentMedia.from_dict(_media)

        parent_id = d.pop("parent_id", UNSET)

        _replies = d.pop("replies", UNSET)
        replies: CommentList | Unset
        if isinstance(_replies, Unset):
            replies = UNSET
        else:
            replies = CommentList.from_dict(_replies)

        legacy_instagram_comment_id = d.pop("legacy_instagram_comment_id", UNSET)

        comment = cls(
            id=id,
            text=text,
            timestamp=timestamp,
            username=username,
            like_count=like_count,
            hidden=hidden,
            from_=from_,
            user=user,
            media=media,
            parent_id=parent_id,
            replies=replies,
            legacy_instagram_comment_id=legacy_instagram_comment_id,
        )

        comment.additional_properties = d
        return comment

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
