from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_story_ref import WebhookStoryRef


T = TypeVar("T", bound="WebhookReplyTo")


@_attrs_define
class WebhookReplyTo:
    mid: str | Unset = UNSET
    story: WebhookStoryRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mid = self.mid

        story: dict[str, Any] | Unset = UNSET
        if not isinstance(self.story, Unset):
            story = self.story.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mid is not UNSET:
            field_dict["mid"] = mid
        if story is not UNSET:
            field_dict["story"] = story

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_story_ref import WebhookStoryRef  # noqa: PLC0415

        d = dict(src_dict)
        mid = d.pop("mid", UNSET)

        _story = d.pop("story", UNSET)
        story: WebhookStoryRef | Unset
        if isinstance(_story, Unset):
            story = UNSET
        else:
            story = WebhookStoryRef.from_dict(_story)

        webhook_reply_to = cls(
            mid=mid,
            story=story,
        )

        webhook_reply_to.additional_properties = d
        return webhook_reply_to

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
