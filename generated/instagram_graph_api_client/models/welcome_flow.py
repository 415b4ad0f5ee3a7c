from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WelcomeFlow")


@_attrs_define
class WelcomeFlow:
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    eligible_platforms: list[str] | Unset = UNSET
    welcome_message_flow: str | Unset = UNSET
    """ The flow's steps as a JSON-encoded string. """
    last_update_time: datetime.datetime | Unset = UNSET
    is_used_in_ad: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        eligible_platforms = cast(list[str], d.pop("eligible_platforms", UNSET))

        welcome_message_flow = d.pop("welcome_message_flow", UNSET)

        _last_update_time = d.pop("last_update_time", UNSET)
        last_update_time: datetime.datetime | Unset
        if isinstance(_last_update_time, Unset):
            last_update_time = UNSET
        else:
            last_update_time = datetime.datetime.fromisoformat(_last_update_time)

        is_used_in_ad = d.pop("is_used_in_ad", UNSET)

        welcome_flow = cls(
            id=id,
            name=name,
            eligible_platforms=eligible_platforms,
            welcome_message_flow=welcome_message_flow,
            last_update_time=last_update_time,
            is_used_in_ad=is_used_in_ad,
        )

        welcome_flow.additional_properties = d
        return welcome_flow

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
