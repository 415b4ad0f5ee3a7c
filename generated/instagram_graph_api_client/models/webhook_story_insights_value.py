from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookStoryInsightsValue")


@_attrs_define
class WebhookStoryInsightsValue:
    """The value of a `story_insights` change (Facebook Login only), sent when a story expires
    (https://developers.facebook.com/docs/instagram-platform/webhooks). Other keys are kept.

    """

    media_id: str | Unset = UNSET
    exits: int | Unset = UNSET
    replies: int | Unset = UNSET
    reach: int | Unset = UNSET
    taps_forward: int | Unset = UNSET
    taps_back: int | Unset = UNSET
    impressions: int | Unset = UNSET
    views: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        exits = self.exits

        replies = self.replies

        reach = self.reach

        taps_forward = self.taps_forward

        taps_back = self.taps_back

        impressions = self.impressions

        views = self.views

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_id is not UNSET:
            field_dict["media_id"] = media_id
        if exits is not UNSET:
            field_dict["exits"] = exits
        if replies is not UNSET:
            field_dict["replies"] = replies
        if reach is not UNSET:
            field_dict["reach"] = reach
        if taps_forward is not UNSET:
            field_dict["taps_forward"] = taps_forward
        if taps_back is not UNSET:
            field_dict["taps_back"] = taps_back
        if impressions is not UNSET:
            field_dict["impressions"] = impressions
        if views is not UNSET:
            field_dict["views"] = views

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        media_id = d.pop("media_id", UNSET)

        exits = d.pop("exits", UNSET)

        replies = d.pop("replies", UNSET)

        reach = d.pop("reach", UNSET)

        taps_forward = d.pop("taps_forward", UNSET)

        taps_back = d.pop("taps_back", UNSET)

        impressions = d.pop("impressions", UNSET)

        views = d.pop("views", UNSET)

        webhook_story_insights_value = cls(
            media_id=media_id,
            exits=exits,
            replies=replies,
            reach=reach,
            taps_forward=taps_forward,
            taps_back=taps_back,
            impressions=impressions,
            views=views,
        )

        webhook_story_insights_value.additional_properties = d
        return webhook_story_insights_value

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
