from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookReaction")


@_attrs_define
class WebhookReaction:
    mid: str | Unset = UNSET
    action: str | Unset = UNSET
    reaction: str | Unset = UNSET
    emoji: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mid = self.mid

        action = self.action

        reaction = self.reaction

        emoji = self.emoji

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mid is not UNSET:
            field_dict["mid"] = mid
        if action is not UNSET:
            field_dict["action"] = action
        if reaction is not UNSET:
            field_dict["reaction"] = reaction
        if emoji is not UNSET:
            field_dict["emoji"] = emoji

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mid = d.pop("mid", UNSET)

        action = d.pop("action", UNSET)

        reaction = d.pop("reaction", UNSET)

        emoji = d.pop("emoji", UNSET)

        webhook_reaction = cls(
            mid=mid,
            action=action,
            reaction=reaction,
            emoji=emoji,
        )

        webhook_reaction.additional_properties = d
        return webhook_reaction

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
