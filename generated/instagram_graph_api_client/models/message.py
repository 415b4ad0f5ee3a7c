from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_attachments import MessageAttachments
    from ..models.message_party import MessageParty
    from ..models.message_party_list import MessagePartyList
    from ..models.message_reactions import MessageReactions
    from ..models.message_shares import MessageShares
    from ..models.message_story import MessageStory


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.message_attachments import MessageAttachments  # noqa: PLC0415
        from ..models.message_party import MessageParty  # noqa: PLC0415
        from ..models.message_party_list import MessagePartyList  # noqa: PLC0415
        from ..models.message_reactions import MessageReactions  # noqa: PLC0415
        from ..models.message_shares import MessageShares  # noqa: PLC0415
        from ..models.message_story import MessageStory  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _created_time = d.pop("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _from_ = d.pop("from", UNSET)
        from_: MessageParty | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = MessageParty.from_dict(_from_)

        _to = d.pop("to", UNSET)
        to: MessagePartyList | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = MessagePartyList.from_dict(_to)

        message = d.pop("message", UNSET)

        is_unsupported = d.pop("is_unsupported", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: MessageAttachments | Unset
        if isinstance(_attachments, Unset):
            attachments = UNSET
        else:
            attachments = MessageAttachments.from_dict(_attachments)

        _reactions = d.pop("reactions", UNSET)
        reactions: MessageReactions | Unset
        if isinstance(_reactions, Unset):
            reactions = UNSET
        else:
            reactions = MessageReactions.from_dict(_reactions)

        _shares = d.pop("shares", UNSET)
        shares: MessageShares | Unset
        if isinstance(_shares, Unset):
            shares = UNSET
        else:
            shares = MessageShares.from_dict(_shares)

        _story = d.pop("story", UNSET)
        story: MessageStory | Unset
        if isinstance(_story, Unset):
            story = UNSET
        else:
            story = MessageStory.from_dict(_story)

        message = cls(
            id=id,
            created_time=created_time,
            from_=from_,
            to=to,
            message=message,
            is_unsupported=is_unsupported,
            attachments=attachments,
            reactions=reactions,
            shares=shares,
            story=story,
        )

        message.additional_properties = d
        return message

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
