from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    parse_model,
)

T = TypeVar("T", bound="WebhookReaction")


@_attrs_define(slots=False)
class WebhookReaction(Model):
    mid: str | Unset = UNSET
    action: str | Unset = UNSET
    reaction: str | Unset = UNSET
    emoji: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

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
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "mid": ("mid", str),
            "action": ("action", str),
            "reaction": ("reaction", str),
            "emoji": ("emoji", str),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
