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

T = TypeVar("T", bound="WebhookStoryInsightsValue")


@_attrs_define(slots=False)
class WebhookStoryInsightsValue(Model):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

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
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "media_id": ("media_id", ID),
            "exits": ("exits", int),
            "replies": ("replies", int),
            "reach": ("reach", int),
            "taps_forward": ("taps_forward", int),
            "taps_back": ("taps_back", int),
            "impressions": ("impressions", int),
            "views": ("views", int),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
