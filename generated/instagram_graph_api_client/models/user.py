from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comment import Comment
    from ..models.insights_response import InsightsResponse
    from ..models.media import Media
    from ..models.media_list import MediaList


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """An Instagram professional account (https://developers.facebook.com/docs/instagram-platform/instagram-graph-
    api/reference/ig-user). Only requested fields are returned.

    """

    id: str | Unset = UNSET
    """ App-scoped ID (Instagram Login) or the IG user ID (Facebook Login). """
    user_id: str | Unset = UNSET
    """ The professional account ID (equals webhook `entry.id`). """
    username: str | Unset = UNSET
    name: str | Unset = UNSET
    account_type: str | Unset = UNSET
    """ Open set. Documented as Business / Media_Creator; clients see BUSINESS / MEDIA_CREATOR. """
    profile_picture_url: str | Unset = UNSET
    followers_count: int | Unset = UNSET
    follows_count: int | Unset = UNSET
    media_count: int | Unset = UNSET
    biography: str | Unset = UNSET
    website: str | Unset = UNSET
    has_profile_pic: bool | Unset = UNSET
    is_published: bool | Unset = UNSET
    legacy_instagram_user_id: str | Unset = UNSET
    ig_id: int | str | Unset = UNSET
    """ The legacy Instagram user ID (seen in real responses; a number or a string). """
    media: MediaList | Unset = UNSET
    mentioned_media: Media | Unset = UNSET
    """ A media object (https://developers.facebook.com/docs/instagram-platform/reference/instagram-media). Only
    requested fields are returned. """
    mentioned_comment: Comment | Unset = UNSET
    """ A comment (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    comment). """
    business_discovery: User | Unset = UNSET
    """ An Instagram professional account (https://developers.facebook.com/docs/instagram-platform/instagram-graph-
    api/reference/ig-user). Only requested fields are returned. """
    stories: MediaList | Unset = UNSET
    tags: MediaList | Unset = UNSET
    live_media: MediaList | Unset = UNSET
    insights: InsightsResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        username = self.username

        name = self.name

        account_type = self.account_type

        profile_picture_url = self.profile_picture_url

        followers_count = self.followers_count

        follows_count = self.follows_count

        media_count = self.media_count

        biography = self.biography

        website = self.website

        has_profile_pic = self.has_profile_pic

        is_published = self.is_published

        legacy_instagram_user_id = self.legacy_instagram_user_id

        ig_id: int | str | Unset
        if isinstance(self.ig_id, Unset):
            ig_id = UNSET
        else:
            ig_id = self.ig_id

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        mentioned_media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mentioned_media, Unset):
            mentioned_media = self.mentioned_media.to_dict()

        mentioned_comment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mentioned_comment, Unset):
            mentioned_comment = self.mentioned_comment.to_dict()

        business_discovery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_discovery, Unset):
            business_discovery = self.business_discovery.to_dict()

        stories: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stories, Unset):
            stories = self.stories.to_dict()

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        live_media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.live_media, Unset):
            live_media = self.live_media.to_dict()

        insights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.insights, Unset):
            insights = self.insights.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if name is not UNSET:
            field_dict["name"] = name
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if profile_picture_url is not UNSET:
            field_dict["profile_picture_url"] = profile_picture_url
        if followers_count is not UNSET:
            field_dict["followers_count"] = followers_count
        if follows_count is not UNSET:
            field_dict["follows_count"] = follows_count
        if media_count is not UNSET:
            field_dict["media_count"] = media_count
        if biography is not UNSET:
            field_dict["biography"] = biography
        if website is not UNSET:
            field_dict["website"] = website
        if has_profile_pic is not UNSET:
            field_dict["has_profile_pic"] = has_profile_pic
        if is_published is not UNSET:
            field_dict["is_published"] = is_published
        if legacy_instagram_user_id is not UNSET:
            field_dict["legacy_instagram_user_id"] = legacy_instagram_user_id
        if ig_id is not UNSET:
            field_dict["ig_id"] = ig_id
        if media is not UNSET:
            field_dict["media"] = media
        if mentioned_media is not UNSET:
            field_dict["mentioned_media"] = mentioned_media
        if mentioned_comment is not UNSET:
            field_dict["mentioned_comment"] = mentioned_comment
        if business_discovery is not UNSET:
            field_dict["business_discovery"] = business_discovery
        if stories is not UNSET:
            field_dict["stories"] = stories
        if tags is not UNSET:
            field_dict["tags"] = tags
        if live_media is not UNSET:
            field_dict["live_media"] = live_media
        if insights is not UNSET:
            field_dict["insights"] = insights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.comment import Comment  # noqa: PLC0415
        from ..models.insights_response import InsightsResponse  # noqa: PLC0415
        from ..models.media import Media  # noqa: PLC0415
        from ..models.media_list import MediaList  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_id = d.pop("user_id", UNSET)

        username = d.pop("username", UNSET)

        name = d.pop("name", UNSET)

        account_type = d.pop("account_type", UNSET)

        profile_picture_url = d.pop("profile_picture_url", UNSET)

        followers_count = d.pop("followers_count", UNSET)

        follows_count = d.pop("follows_count", UNSET)

        media_count = d.pop("media_count", UNSET)

        biography = d.pop("biography", UNSET)

        website = d.pop("website", UNSET)

        has_profile_pic = d.pop("has_profile_pic", UNSET)

        is_published = d.pop("is_published", UNSET)

        legacy_instagram_user_id = d.pop("legacy_instagram_user_id", UNSET)

        def _parse_ig_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        ig_id = _parse_ig_id(d.pop("ig_id", UNSET))

        _media = d.pop("media", UNSET)
        media: MediaList | Unset
        if isinstance(_media, Unset):
            media = UNSET
        else:
            media = MediaList.from_dict(_media)

        _mentioned_media = d.pop("mentioned_media", UNSET)
        mentioned_media: Media | Unset
        if isinstance(_mentioned_media, Unset):
            mentioned_media = UNSET
        else:
            mentioned_media = Media.from_dict(_mentioned_media)

        _mentioned_comment = d.pop("mentioned_comment", UNSET)
        mentioned_comment: Comment | Unset
        if isinstance(_mentioned_comment, Unset):
            mentioned_comment = UNSET
        else:
            mentioned_comment = Comment.from_dict(_mentioned_comment)

        _business_discovery = d.pop("business_discovery", UNSET)
        business_discovery: User | Unset
        if isinstance(_business_discovery, Unset):
            business_discovery = UNSET
        else:
            business_discovery = User.from_dict(_business_discovery)

        _stories = d.pop("stories", UNSET)
        stories: MediaList | Unset
        if isinstance(_stories, Unset):
            stories = UNSET
        else:
            stories = MediaList.from_dict(_stories)

        _tags = d.pop("tags", UNSET)
        tags: MediaList | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = MediaList.from_dict(_tags)

        _live_media = d.pop("live_media", UNSET)
        live_media: MediaList | Unset
        if isinstance(_live_media, Unset):
            live_media = UNSET
        else:
            live_media = MediaList.from_dict(_live_media)

        _insights = d.pop("insights", UNSET)
        insights: InsightsResponse | Unset
        if isinstance(_insights, Unset):
            insights = UNSET
        else:
            insights = InsightsResponse.from_dict(_insights)

        user = cls(
            id=id,
            user_id=user_id,
            username=username,
            name=name,
            account_type=account_type,
            profile_picture_url=profile_picture_url,
            followers_count=followers_count,
            follows_count=follows_count,
            media_count=media_count,
            biography=biography,
            website=website,
            has_profile_pic=has_profile_pic,
            is_published=is_published,
            legacy_instagram_user_id=legacy_instagram_user_id,
            ig_id=ig_id,
            media=media,
            mentioned_media=mentioned_media,
            mentioned_comment=mentioned_comment,
            business_discovery=business_discovery,
            stories=stories,
            tags=tags,
            live_media=live_media,
            insights=insights,
        )

        user.additional_properties = d
        return user

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
