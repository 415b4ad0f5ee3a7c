from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.welcome_flow_request_eligible_platforms_item import (
    WelcomeFlowRequestEligiblePlatformsItem,
    check_welcome_flow_request_eligible_platforms_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.welcome_flow_step import WelcomeFlowStep


T = TypeVar("T", bound="WelcomeFlowRequest")


@_attrs_define
class WelcomeFlowRequest:
    name: str
    welcome_message_flow: list[WelcomeFlowStep]
    eligible_platforms: list[WelcomeFlowRequestEligiblePlatformsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        welcome_message_flow = []
        for welcome_message_flow_item_data in self.welcome_message_flow:
            welcome_message_flow_item = welcome_message_flow_item_data.to_dict()
            welcome_message_flow.append(welcome_message_flow_item)

        eligible_platforms: list[str] | Unset = UNSET
        if not isinstance(self.eligible_platforms, Unset):
            eligible_platforms = []
            for eligible_platforms_item_data in self.eligible_platforms:
                eligible_platforms_item: str = eligible_platforms_item_data
                eligible_platforms.append(eligible_platforms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "welcome_message_flow": welcome_message_flow,
            }
        )
        if eligible_platforms is not UNSET:
            field_dict["eligible_platforms"] = eligible_platforms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.welcome_flow_step import WelcomeFlowStep  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        welcome_message_flow = []
        _welcome_message_flow = d.pop("welcome_message_flow")
        for welcome_message_flow_item_data in _welcome_message_flow:
            welcome_message_flow_item = WelcomeFlowStep.from_dict(
                welcome_message_flow_item_data
            )

            welcome_message_flow.append(welcome_message_flow_item)

        _eligible_platforms = d.pop("eligible_platforms", UNSET)
        eligible_platforms: list[WelcomeFlowRequestEligiblePlatformsItem] | Unset = (
            UNSET
        )
        if _eligible_platforms is not UNSET:
            eligible_platforms = []
            for eligible_platforms_item_data in _eligible_platforms:
                eligible_platforms_item = (
                    check_welcome_flow_request_eligible_platforms_item(
                        eligible_platforms_item_data
                    )
                )

                eligible_platforms.append(eligible_platforms_item)

        welcome_flow_request = cls(
            name=name,
            welcome_message_flow=welcome_message_flow,
            eligible_platforms=eligible_platforms,
        )

        welcome_flow_request.additional_properties = d
        return welcome_flow_request

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
