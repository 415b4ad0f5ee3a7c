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
    OneOf,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.collaborator_list import CollaboratorList
    from ..models.comment_list import CommentList
    from ..models.copyright_check_information import CopyrightCheckInformation
    from ..models.id_only import IdOnly
    from ..models.insights_response import InsightsResponse
    from ..models.media_list import MediaList
    from ..models.product_tag_list import ProductTagList


T = TypeVar("T", bound="Media")


@_attrs_define(slots=False)
class Media(Model):
    """A media object (https://developers.facebook.com/docs/instagram-platform/reference/instagram-media). Only requested
    fields are returned.

    """

    id: str | Unset = UNSET
    caption: str | Unset = UNSET
    media_type: str | Unset = UNSET
    """ Open set (IMAGE, VIDEO, CAROUSEL_ALBUM; BROADCAST for live). """
    media_product_type: str | Unset = UNSET
    """ Open set (AD, FEED, STORY, REELS; LIVE for live). Tells reels and stories apart. """
    media_url: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    permalink: str | Unset = UNSET
    shortcode: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    """ ISO 8601 as Meta writes it, e.g. 2025-03-02T08:15:00+0000. """
    username: str | Unset = UNSET
    like_count: int | Unset = UNSET
    comments_count: int | Unset = UNSET
    view_count: int | Unset = UNSET
    is_comment_enabled: bool | Unset = UNSET
    is_shared_to_feed: bool | Unset = UNSET
    alt_text: str | Unset = UNSET
    legacy_instagram_media_id: str | Unset = UNSET
    is_ai_generated: bool | Unset = UNSET
    """ Labelled as AI-generated (both logins; changelog 2026-06-22). """
    media_audio_type: str | Unset = UNSET
    """ Open set: MUSIC or ORIGINAL_SOUND (changelog 2026-06-01). """
    ig_id: int | str | Unset = UNSET
    """ The legacy Instagram media ID (seen in real responses; a number or a string). """
    owner: IdOnly | Unset = UNSET
    children: MediaList | Unset = UNSET
    comments: CommentList | Unset = UNSET
    copyright_check_information: CopyrightCheckInformation | Unset = UNSET
    insights: InsightsResponse | Unset = UNSET
    collaborators: CollaboratorList | Unset = UNSET
    product_tags: ProductTagList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        caption = self.caption

        media_type = self.media_type

        media_product_type = self.media_product_type

        media_url = self.media_url

        thumbnail_url = self.thumbnail_url

        permalink = self.permalink

        shortcode = self.shortcode

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        username = self.username

        like_count = self.like_count

        comments_count = self.comments_count

        view_count = self.view_count

        is_comment_enabled = self.is_comment_enabled

        is_shared_to_feed = self.is_shared_to_feed

        alt_text = self.alt_text

        legacy_instagram_media_id = self.legacy_instagram_media_id

        is_ai_generated = self.is_ai_generated

        media_audio_type = self.media_audio_type

        ig_id: int | str | Unset
        if isinstance(self.ig_id, Unset):
            ig_id = UNSET
        else:
            ig_id = self.ig_id

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        children: dict[str, Any] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = self.children.to_dict()

        comments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comments, Unset):
            comments = self.comments.to_dict()

        copyright_check_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.copyright_check_information, Unset):
            copyright_check_information = self.copyright_check_information.to_dict()

        insights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.insights, Unset):
            insights = self.insights.to_dict()

        collaborators: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collaborators, Unset):
            collaborators = self.collaborators.to_dict()

        product_tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_tags, Unset):
            product_tags = self.product_tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if caption is not UNSET:
            field_dict["caption"] = caption
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if media_product_type is not UNSET:
            field_dict["media_product_type"] = media_product_type
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if permalink is not UNSET:
            field_dict["permalink"] = permalink
        if shortcode is not UNSET:
            field_dict["shortcode"] = shortcode
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if username is not UNSET:
            field_dict["username"] = username
        if like_count is not UNSET:
            field_dict["like_count"] = like_count
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if view_count is not UNSET:
            field_dict["view_count"] = view_count
        if is_comment_enabled is not UNSET:
            field_dict["is_comment_enabled"] = is_comment_enabled
        if is_shared_to_feed is not UNSET:
            field_dict["is_shared_to_feed"] = is_shared_to_feed
        if alt_text is not UNSET:
            field_dict["alt_text"] = alt_text
        if legacy_instagram_media_id is not UNSET:
            field_dict["legacy_instagram_media_id"] = legacy_instagram_media_id
        if is_ai_generated is not UNSET:
            field_dict["is_ai_generated"] = is_ai_generated
        if media_audio_type is not UNSET:
            field_dict["media_audio_type"] = media_audio_type
        if ig_id is not UNSET:
            field_dict["ig_id"] = ig_id
        if owner is not UNSET:
            field_dict["owner"] = owner
        if children is not UNSET:
            field_dict["children"] = children
        if comments is not UNSET:
            field_dict["comments"] = comments
        if copyright_check_information is not UNSET:
            field_dict["copyright_check_information"] = copyright_check_information
        if insights is not UNSET:
            field_dict["insights"] = insights
        if collaborators is not UNSET:
            field_dict["collaborators"] = collaborators
        if product_tags is not UNSET:
            field_dict["product_tags"] = product_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.collaborator_list import CollaboratorList  # noqa: PLC0415
        from ..models.comment_list import CommentList  # noqa: PLC0415
        from ..models.copyright_check_information import CopyrightCheckInformation  # noqa: PLC0415
        from ..models.id_only import IdOnly  # noqa: PLC0415
        from ..models.insights_response import InsightsResponse  # noqa: PLC0415
        from ..models.media_list import MediaList  # noqa: PLC0415
        from ..models.product_tag_list import ProductTagList  # noqa: PLC0415

        return {
            "id": ("id", ID),
            "caption": ("caption", str),
            "media_type": ("media_type", str),
            "media_product_type": ("media_product_type", str),
            "media_url": ("media_url", str),
            "thumbnail_url": ("thumbnail_url", str),
            "permalink": ("permalink", str),
            "shortcode": ("shortcode", str),
            "timestamp": ("timestamp", DATETIME),
            "username": ("username", str),
            "like_count": ("like_count", int),
            "comments_count": ("comments_count", int),
            "view_count": ("view_count", int),
            "is_comment_enabled": ("is_comment_enabled", bool),
            "is_shared_to_feed": ("is_shared_to_feed", bool),
            "alt_text": ("alt_text", str),
            "legacy_instagram_media_id": ("legacy_instagram_media_id", ID),
            "is_ai_generated": ("is_ai_generated", bool),
            "media_audio_type": ("media_audio_type", str),
            "ig_id": ("ig_id", OneOf(str, int)),
            "owner": ("owner", IdOnly),
            "children": ("children", MediaList),
            "comments": ("comments", CommentList),
            "copyright_check_information": (
                "copyright_check_information",
                CopyrightCheckInformation,
            ),
            "insights": ("insights", InsightsResponse),
            "collaborators": ("collaborators", CollaboratorList),
            "product_tags": ("product_tags", ProductTagList),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
