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
    parse_model,
)

if TYPE_CHECKING:
    from ..models.message_list import MessageList
    from ..models.message_party_list import MessagePartyList


T = TypeVar("T", bound="Conversation")


@_attrs_define(slots=False)
class Conversation(Model):
    id: str | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    participants: MessagePartyList | Unset = UNSET
    messages: MessageList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

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
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.message_list import MessageList  # noqa: PLC0415
        from ..models.message_party_list import MessagePartyList  # noqa: PLC0415

        return {
            "id": ("id", ID),
            "updated_time": ("updated_time", DATETIME),
            "participants": ("participants", MessagePartyList),
            "messages": ("messages", MessageList),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
