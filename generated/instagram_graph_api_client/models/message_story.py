from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_story_ref import WebhookStoryRef


T = TypeVar("T", bound="MessageStory")


@_attrs_define
class MessageStory:
    """The story a message answers or mentions (Conversations API `story` field): `reply_to` for a story reply, `mention`
    for a story mention. Other keys are kept.

    """

    reply_to: WebhookStoryRef | Unset = UNSET
    mention: WebhookStoryRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reply_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reply_to, Unset):
            reply_to = self.reply_to.to_dict()

        mention: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mention, Unset):
            mention = self.mention.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if mention is not UNSET:
            field_dict["mention"] = mention

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_story_ref import WebhookStoryRef  # noqa: PLC0415

        d = dict(src_dict)
        _reply_to = d.pop("reply_to", UNSET)
        reply_to: WebhookStoryRef | Unset
        if isinstance(_reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = WebhookStoryRef.from_dict(_reply_to)

        _mention = d.pop("mention", UNSET)
        mention: WebhookStoryRef | Unset
        if isinstance(_mention, Unset):
            mention = UNSET
        else:
            mention = WebhookStoryRef.from_dict(_mention)

        message_story = cls(
            reply_to=reply_to,
            mention=mention,
        )

        message_story.additional_properties = d
        return message_story

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
