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

T = TypeVar("T", bound="WebhookAttachmentPayload")


@_attrs_define(slots=False)
class WebhookAttachmentPayload(Model):
    """The attachment's content; `url` is the CDN URL of the media (other keys are kept)."""

    url: str | Unset = UNSET
    title: str | Unset = UNSET
    reel_video_id: str | Unset = UNSET
    ig_post_media_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        title = self.title

        reel_video_id = self.reel_video_id

        ig_post_media_id = self.ig_post_media_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if title is not UNSET:
            field_dict["title"] = title
        if reel_video_id is not UNSET:
            field_dict["reel_video_id"] = reel_video_id
        if ig_post_media_id is not UNSET:
            field_dict["ig_post_media_id"] = ig_post_media_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "url": ("url", str),
            "title": ("title", str),
            "reel_video_id": ("reel_video_id", ID),
            "ig_post_media_id": ("ig_post_media_id", ID),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
