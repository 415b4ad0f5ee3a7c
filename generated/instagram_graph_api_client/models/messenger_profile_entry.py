from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ListOf,
    Model,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.ice_breaker import IceBreaker
    from ..models.ice_breaker_locale import IceBreakerLocale
    from ..models.persistent_menu import PersistentMenu


T = TypeVar("T", bound="MessengerProfileEntry")


@_attrs_define(slots=False)
class MessengerProfileEntry(Model):
    """One entry of GET messenger_profile (ice breakers come back per locale, the menu under persistent_menu)."""

    call_to_actions: list[IceBreaker] | Unset = UNSET
    locale: str | Unset = UNSET
    ice_breakers: list[IceBreakerLocale] | Unset = UNSET
    persistent_menu: list[PersistentMenu] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        call_to_actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.call_to_actions, Unset):
            call_to_actions = []
            for call_to_actions_item_data in self.call_to_actions:
                call_to_actions_item = call_to_actions_item_data.to_dict()
                call_to_actions.append(call_to_actions_item)

        locale = self.locale

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
        field_dict.update({})
        if call_to_actions is not UNSET:
            field_dict["call_to_actions"] = call_to_actions
        if locale is not UNSET:
            field_dict["locale"] = locale
        if ice_breakers is not UNSET:
            field_dict["ice_breakers"] = ice_breakers
        if persistent_menu is not UNSET:
            field_dict["persistent_menu"] = persistent_menu

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.ice_breaker import IceBreaker  # noqa: PLC0415
        from ..models.ice_breaker_locale import IceBreakerLocale  # noqa: PLC0415
        from ..models.persistent_menu import PersistentMenu  # noqa: PLC0415

        return {
            "call_to_actions": ("call_to_actions", ListOf(IceBreaker)),
            "locale": ("locale", str),
            "ice_breakers": ("ice_breakers", ListOf(IceBreakerLocale)),
            "persistent_menu": ("persistent_menu", ListOf(PersistentMenu)),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
