from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_container_request_media_type import (
    CreateContainerRequestMediaType,
    check_create_container_request_media_type,
)
from ..models.create_container_request_upload_type import (
    CreateContainerRequestUploadType,
    check_create_container_request_upload_type,
)
from ..types import (
    ID,
    UNSET,
    Custom,
    Model,
    Unset,
    parse_model,
)

T = TypeVar("T", bound="CreateContainerRequest")


@_attrs_define(slots=False)
class CreateContainerRequest(Model):
    """Container parameters (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    user/media).

    """

    image_url: str | Unset = UNSET
    """ Public JPEG URL (image """
    video_url: str | Unset = UNSET
    """ Public video URL (video """
    media_type: CreateContainerRequestMediaType | Unset = UNSET
    """ Omit for a single image (Meta does not document `IMAGE`; it is kept for the TypeScript SDK's callers). VIDEO
    is for carousel videos and resumable uploads. """
    is_carousel_item: bool | Unset = UNSET
    children: str | Unset = UNSET
    """ Comma-separated child container IDs (2 to 10). """
    caption: str | Unset = UNSET
    """ At most 2200 characters, 30 hashtags and 20 @-tags. """
    alt_text: str | Unset = UNSET
    """ Images only """
    location_id: str | Unset = UNSET
    """ A Facebook Page ID that has location data. """
    user_tags: str | Unset = UNSET
    """ JSON array of `{"username","x","y"}` (x and y from 0.0 to 1.0; optional for stories). """
    collaborators: str | Unset = UNSET
    """ Comma-separated usernames (up to 3). """
    share_to_feed: bool | Unset = UNSET
    """ Reels only. """
    cover_url: str | Unset = UNSET
    """ Reel cover image URL. """
    thumb_offset: int | Unset = UNSET
    """ Thumbnail position in milliseconds. """
    audio_name: str | Unset = UNSET
    """ Reels only; can be renamed once. """
    upload_type: CreateContainerRequestUploadType | Unset = UNSET
    """ Facebook Login only per Meta's resumable-upload guide (updated 2026-03-15); a live Instagram Login call
    answered 400, code 100, "The parameter video_url is required". """
    trial_params: str | Unset = UNSET
    """ Reels only: JSON `{"graduation_strategy":"MANUAL"|"SS_PERFORMANCE"}`. """
    is_ai_generated: bool | Unset = UNSET
    """ Label the post as AI-generated (both logins; changelog 2026-06-22). """
    is_paid_partnership: bool | Unset = UNSET
    """ Add the "Paid partnership" label (changelog 2026-04-22). """
    branded_content_sponsor_ids: str | Unset = UNSET
    """ Comma-separated Instagram user IDs of up to 2 sponsors for the paid-partnership label (changelog
    2026-04-22). """
    product_tags: str | Unset = UNSET
    """ JSON array of product tags (Facebook Login only). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        video_url = self.video_url

        media_type: str | Unset = UNSET
        if not isinstance(self.media_type, Unset):
            media_type = self.media_type

        is_carousel_item = self.is_carousel_item

        children = self.children

        caption = self.caption

        alt_text = self.alt_text

        location_id = self.location_id

        user_tags = self.user_tags

        collaborators = self.collaborators

        share_to_feed = self.share_to_feed

        cover_url = self.cover_url

        thumb_offset = self.thumb_offset

        audio_name = self.audio_name

        upload_type: str | Unset = UNSET
        if not isinstance(self.upload_type, Unset):
            upload_type = self.upload_type

        trial_params = self.trial_params

        is_ai_generated = self.is_ai_generated

        is_paid_partnership = self.is_paid_partnership

        branded_content_sponsor_ids = self.branded_content_sponsor_ids

        product_tags = self.product_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if is_carousel_item is not UNSET:
            field_dict["is_carousel_item"] = is_carousel_item
        if children is not UNSET:
            field_dict["children"] = children
        if caption is not UNSET:
            field_dict["caption"] = caption
        if alt_text is not UNSET:
            field_dict["alt_text"] = alt_text
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if user_tags is not UNSET:
            field_dict["user_tags"] = user_tags
        if collaborators is not UNSET:
            field_dict["collaborators"] = collaborators
        if share_to_feed is not UNSET:
            field_dict["share_to_feed"] = share_to_feed
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if thumb_offset is not UNSET:
            field_dict["thumb_offset"] = thumb_offset
        if audio_name is not UNSET:
            field_dict["audio_name"] = audio_name
        if upload_type is not UNSET:
            field_dict["upload_type"] = upload_type
        if trial_params is not UNSET:
            field_dict["trial_params"] = trial_params
        if is_ai_generated is not UNSET:
            field_dict["is_ai_generated"] = is_ai_generated
        if is_paid_partnership is not UNSET:
            field_dict["is_paid_partnership"] = is_paid_partnership
        if branded_content_sponsor_ids is not UNSET:
            field_dict["branded_content_sponsor_ids"] = branded_content_sponsor_ids
        if product_tags is not UNSET:
            field_dict["product_tags"] = product_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "image_url": ("image_url", str),
            "video_url": ("video_url", str),
            "media_type": (
                "media_type",
                Custom(CreateContainerRequest._parse_media_type),
            ),
            "is_carousel_item": ("is_carousel_item", bool),
            "children": ("children", str),
            "caption": ("caption", str),
            "alt_text": ("alt_text", str),
            "location_id": ("location_id", ID),
            "user_tags": ("user_tags", str),
            "collaborators": ("collaborators", str),
            "share_to_feed": ("share_to_feed", bool),
            "cover_url": ("cover_url", str),
            "thumb_offset": ("thumb_offset", int),
            "audio_name": ("audio_name", str),
            "upload_type": (
                "upload_type",
                Custom(CreateContainerRequest._parse_upload_type),
            ),
            "trial_params": ("trial_params", str),
            "is_ai_generated": ("is_ai_generated", bool),
            "is_paid_partnership": ("is_paid_partnership", bool),
            "branded_content_sponsor_ids": ("branded_content_sponsor_ids", str),
            "product_tags": ("product_tags", str),
        }

    @staticmethod
    def _parse_media_type(value: Any) -> Any:
        _media_type = value
        media_type: CreateContainerRequestMediaType | Unset
        if isinstance(_media_type, Unset):
            media_type = UNSET
        else:
            media_type = check_create_container_request_media_type(_media_type)

        return media_type

    @staticmethod
    def _parse_upload_type(value: Any) -> Any:
        _upload_type = value
        upload_type: CreateContainerRequestUploadType | Unset
        if isinstance(_upload_type, Unset):
            upload_type = UNSET
        else:
            upload_type = check_create_container_request_upload_type(_upload_type)

        return upload_type

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
