from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messenger_profile_request_platform import (
    MessengerProfileRequestPlatform,
    check_messenger_profile_request_platform,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ice_breaker_locale import IceBreakerLocale
    from ..models.persistent_menu import PersistentMenu


T = TypeVar("T", bound="MessengerProfileRequest")


@_attrs_define
class MessengerProfileRequest:
    platform: MessengerProfileRequestPlatform
    ice_breakers: list[IceBreakerLocale] | Unset = UNSET
    persistent_menu: list[PersistentMenu] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform: str = self.platform

        ice_breakers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ice_breakers, Unset):
            ice_breakers = []
            for ice_breakers_item_data in self.ice_breakers:
                ice_breakers_item = ice_breakers_item_data.to_dict()
                ice_breakers.append(ice_breakers_item)

        persistent_menu: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.persistent_menu, Unset):
            persistent_menu = []
            for persistent_menu_item_data in self.persistent_menu:
                persistent_menu_item = persistent_menu_item_data.to_dict()
                persistent_menu.append(persistent_menu_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
            }
        )
        if ice_breakers is not UNSET:
            field_dict["ice_breakers"] = ice_breakers
        if persistent_menu is not UNSET:
            field_dict["persistent_menu"] = persistent_menu

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ice_breaker_locale import IceBreakerLocale  # noqa: PLC0415
        from ..models.persistent_menu import PersistentMenu  # noqa: PLC0415

        d = dict(src_dict)
        platform = check_messenger_profile_request_platform(d.pop("platform"))

        _ice_breakers = d.pop("ice_breakers", UNSET)
        ice_breakers: list[IceBreakerLocale] | Unset = UNSET
        if _ice_breakers is not UNSET:
            ice_breakers = []
            for ice_breakers_item_data in _ice_breakers:
                ice_breakers_item = IceBreakerLocale.from_dict(ice_breakers_item_data)

                ice_breakers.append(ice_breakers_item)

        _persistent_menu = d.pop("persistent_menu", UNSET)
        persistent_menu: list[PersistentMenu] | Unset = UNSET
        if _persistent_menu is not UNSET:
            persistent_menu = []
            for persistent_menu_item_data in _persistent_menu:
                persistent_menu_item = PersistentMenu.from_dict(
                    persistent_menu_item_data
                )

                persistent_menu.append(persistent_menu_item)

        messenger_profile_request = cls(
            platform=platform,
            ice_breakers=ice_breakers,
            persistent_menu=persistent_menu,
        )

        messenger_profile_request.additional_properties = d
        return messenger_profile_request

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
