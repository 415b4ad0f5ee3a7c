from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.welcome_flow_request_eligible_platforms_item import (
    WelcomeFlowRequestEligiblePlatformsItem,
    check_welcome_flow_request_eligible_platforms_item,
)
from ..types import (
    UNSET,
    Custom,
    ListOf,
    Model,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.welcome_flow_step import WelcomeFlowStep


T = TypeVar("T", bound="WelcomeFlowRequest")


@_attrs_define(slots=False)
class WelcomeFlowRequest(Model):
    name: str
    welcome_message_flow: list[WelcomeFlowStep]
    eligible_platforms: list[WelcomeFlowRequestEligiblePlatformsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

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
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.welcome_flow_step import WelcomeFlowStep  # noqa: PLC0415

        return {
            "name": ("name", str),
            "welcome_message_flow": ("welcome_message_flow", ListOf(WelcomeFlowStep)),
            "eligible_platforms": (
                "eligible_platforms",
                Custom(WelcomeFlowRequest._parse_eligible_platforms),
            ),
        }

    @staticmethod
    def _parse_eligible_platforms(value: Any) -> Any:
        _eligible_platforms = value
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

        return eligible_platforms

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
