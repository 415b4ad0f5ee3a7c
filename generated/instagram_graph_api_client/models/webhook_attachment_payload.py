from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookAttachmentPayload")


@_attrs_define
class WebhookAttachmentPayload:
    """The attachment's content; `url` is the CDN URL of the media (other keys are kept)."""

    url: str | Unset = UNSET
    title: str | Unset = UNSET
    reel_video_id: str | Unset = UNSET
    ig_post_media_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        title = d.pop("title", UNSET)

        reel_video_id = d.pop("reel_video_id", UNSET)

        ig_post_media_id = d.pop("ig_post_media_id", UNSET)

        webhook_attachment_payload = cls(
            url=url,
            title=title,
            reel_video_id=reel_video_id,
            ig_post_media_id=ig_post_media_id,
        )

        webhook_attachment_payload.additional_properties = d
        return webhook_attachment_payload

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
