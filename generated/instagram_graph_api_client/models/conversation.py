from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_list import MessageList
    from ..models.message_party_list import MessagePartyList


T = TypeVar("T", bound="Conversation")


@_attrs_define
class Conversation:
    id: str | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    participants: MessagePartyList | Unset = UNSET
    messages: MessageList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        updated_time: str | Unset = UNSET
        if not isinstance(self.updated_time, Unset):
            updated_time = self.updated_time.isoformat()

        participants: dict[str, Any] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = self.participants.to_dict()

        messages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if participants is not UNSET:
            field_dict["participants"] = participants
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_list import MessageList  # noqa: PLC0415
        from ..models.message_party_list import MessagePartyList  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _updated_time = d.pop("updated_time", UNSET)
        updated_time: datetime.datetime | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = datetime.datetime.fromisoformat(_updated_time)

        _participants = d.pop("participants", UNSET)
        participants: MessagePartyList | Unset
        if isinstance(_participants, Unset):
            participants = UNSET
        else:
            participants = MessagePartyList.from_dict(_participants)

        _messages = d.pop("messages", UNSET)
        messages: MessageList | Unset
        if isinstance(_messages, Unset):
            messages = UNSET
        else:
            messages = MessageList.from_dict(_messages)

        conversation = cls(
            id=id,
            updated_time=updated_time,
            participants=participants,
            messages=messages,
        )

        conversation.additional_properties = d
        return conversation

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
