from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ID,
    UNSET,
    Model,
    Unset,
    keep_json_keys,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.comment_author import CommentAuthor
    from ..models.comment_media import CommentMedia


T = TypeVar("T", bound="WebhookCommentValue")


@_attrs_define(slots=False)
class WebhookCommentValue(Model):
    """The value of a `comments` or `live_comments` change."""

    id: str | Unset = UNSET
    comment_id: str | Unset = UNSET
    """ Older Facebook Login payloads use comment_id instead of id. """
    text: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    from_: CommentAuthor | Unset = UNSET
    media: CommentMedia | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

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
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.comment_author import CommentAuthor  # noqa: PLC0415
        from ..models.comment_media import CommentMedia  # noqa: PLC0415

        return {
            "id": ("id", ID),
            "comment_id": ("comment_id", ID),
            "text": ("text", str),
            "parent_id": ("parent_id", ID),
            "from": ("from_", CommentAuthor),
            "media": ("media", CommentMedia),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


keep_json_keys(
    WebhookCommentValue,
    {
        "from": "from_",
    },
)
