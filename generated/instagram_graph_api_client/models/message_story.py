from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.webhook_story_ref import WebhookStoryRef


T = TypeVar("T", bound="MessageStory")


@_attrs_define(slots=False)
class MessageStory(Model):
    """The story a message answers or mentions (Conversations API `story` field): `reply_to` for a story reply, `mention`
    for a story mention. Other keys are kept.

    """

    reply_to: WebhookStoryRef | Unset = UNSET
    mention: WebhookStoryRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

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
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.webhook_story_ref import WebhookStoryRef  # noqa: PLC0415

        return {
            "reply_to": ("reply_to", WebhookStoryRef),
            "mention": ("mention", WebhookStoryRef),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
