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
    Unset,
    keep_json_keys,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.message_attachments import MessageAttachments
    from ..models.message_party import MessageParty
    from ..models.message_party_list import MessagePartyList
    from ..models.message_reactions import MessageReactions
    from ..models.message_shares import MessageShares
    from ..models.message_story import MessageStory


T = TypeVar("T", bound="Message")


@_attrs_define(slots=False)
class Message(Model):
    id: str | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    from_: MessageParty | Unset = UNSET
    to: MessagePartyList | Unset = UNSET
    message: str | Unset = UNSET
    is_unsupported: bool | Unset = UNSET
    attachments: MessageAttachments | Unset = UNSET
    reactions: MessageReactions | Unset = UNSET
    shares: MessageShares | Unset = UNSET
    story: MessageStory | Unset = UNSET
    """ The story a message answers or mentions (Conversations API `story` field): `reply_to` for a story reply,
    `mention` for a story mention. Other keys are kept. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.to_dict()

        message = self.message

        is_unsupported = self.is_unsupported

        attachments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments.to_dict()

        reactions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reactions, Unset):
            reactions = self.reactions.to_dict()

        shares: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shares, Unset):
            shares = self.shares.to_dict()

        story: dict[str, Any] | Unset = UNSET
        if not isinstance(self.story, Unset):
            story = self.story.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if message is not UNSET:
            field_dict["message"] = message
        if is_unsupported is not UNSET:
            field_dict["is_unsupported"] = is_unsupported
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if reactions is not UNSET:
            field_dict["reactions"] = reactions
        if shares is not UNSET:
            field_dict["shares"] = shares
        if story is not UNSET:
            field_dict["story"] = story

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.message_attachments import MessageAttachments  # noqa: PLC0415
        from ..models.message_party import MessageParty  # noqa: PLC0415
        from ..models.message_party_list import MessagePartyList  # noqa: PLC0415
        from ..models.message_reactions import MessageReactions  # noqa: PLC0415
        from ..models.message_shares import MessageShares  # noqa: PLC0415
        from ..models.message_story import MessageStory  # noqa: PLC0415

        return {
            "id": ("id", ID),
            "created_time": ("created_time", DATETIME),
            "from": ("from_", MessageParty),
            "to": ("to", MessagePartyList),
            "message": ("message", str),
            "is_unsupported": ("is_unsupported", bool),
            "attachments": ("attachments", MessageAttachments),
            "reactions": ("reactions", MessageReactions),
            "shares": ("shares", MessageShares),
            "story": ("story", MessageStory),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


keep_json_keys(
    Message,
    {
        "from": "from_",
    },
)
