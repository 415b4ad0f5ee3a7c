from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DATETIME,
    ID,
    UNSET,
    ListOf,
    Model,
    Unset,
    parse_model,
)

T = TypeVar("T", bound="WelcomeFlow")


@_attrs_define(slots=False)
class WelcomeFlow(Model):
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    eligible_platforms: list[str] | Unset = UNSET
    welcome_message_flow: str | Unset = UNSET
    """ The flow's steps as a JSON-encoded string. """
    last_update_time: datetime.datetime | Unset = UNSET
    is_used_in_ad: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        eligible_platforms: list[str] | Unset = UNSET
        if not isinstance(self.eligible_platforms, Unset):
            eligible_platforms = self.eligible_platforms

        welcome_message_flow = self.welcome_message_flow

        last_update_time: str | Unset = UNSET
        if not isinstance(self.last_update_time, Unset):
            last_update_time = self.last_update_time.isoformat()

        is_used_in_ad = self.is_used_in_ad

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if eligible_platforms is not UNSET:
            field_dict["eligible_platforms"] = eligible_platforms
        if welcome_message_flow is not UNSET:
            field_dict["welcome_message_flow"] = welcome_message_flow
        if last_update_time is not UNSET:
            field_dict["last_update_time"] = last_update_time
        if is_used_in_ad is not UNSET:
            field_dict["is_used_in_ad"] = is_used_in_ad

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "id": ("id", ID),
            "name": ("name", str),
            "eligible_platforms": ("eligible_platforms", ListOf(str)),
            "welcome_message_flow": ("welcome_message_flow", str),
            "last_update_time": ("last_update_time", DATETIME),
            "is_used_in_ad": ("is_used_in_ad", bool),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
