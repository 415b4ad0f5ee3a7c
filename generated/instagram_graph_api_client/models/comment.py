from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DATETIME,
    ID,
    UNSET,
    Model,
    Unset,
    keep_json_keys,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.comment_author import CommentAuthor
    from ..models.comment_list import CommentList
    from ..models.comment_media import CommentMedia
    from ..models.id_only import IdOnly


T = TypeVar("T", bound="Comment")


@_attrs_define(slots=False)
class Comment(Model):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

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
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.comment_author import CommentAuthor  # noqa: PLC0415
        from ..models.comment_list import CommentList  # noqa: PLC0415
        from ..models.comment_media import CommentMedia  # noqa: PLC0415
        from ..models.id_only import IdOnly  # noqa: PLC0415

        return {
            "id": ("id", ID),
            "text": ("text", str),
            "timestamp": ("timestamp", DATETIME),
            "username": ("username", str),
            "like_count": ("like_count", int),
            "hidden": ("hidden", bool),
            "from": ("from_", CommentAuthor),
            "user": ("user", IdOnly),
            "media": ("media", CommentMedia),
            "parent_id": ("parent_id", ID),
            "replies": ("replies", CommentList),
            "legacy_instagram_comment_id": ("legacy_instagram_comment_id", ID),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


keep_json_keys(
    Comment,
    {
        "from": "from_",
    },
)
