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


T = TypeVar("T", bound="IceBreakerLocale")


@_attrs_define(slots=False)
class IceBreakerLocale(Model):
    call_to_actions: list[IceBreaker]
    """ At most 4 questions. """
    locale: str | Unset = UNSET
    """ `default` or a locale such as en_US. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        call_to_actions = []
        for call_to_actions_item_data in self.call_to_actions:
            call_to_actions_item = call_to_actions_item_data.to_dict()
            call_to_actions.append(call_to_actions_item)

        locale = self.locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_to_actions": call_to_actions,
            }
        )
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.ice_breaker import IceBreaker  # noqa: PLC0415

        return {
            "call_to_actions": ("call_to_actions", ListOf(IceBreaker)),
            "locale": ("locale", str),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
