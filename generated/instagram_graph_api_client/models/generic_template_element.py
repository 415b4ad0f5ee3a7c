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
    from ..models.template_button import TemplateButton
    from ..models.template_default_action import TemplateDefaultAction


T = TypeVar("T", bound="GenericTemplateElement")


@_attrs_define(slots=False)
class GenericTemplateElement(Model):
    title: str
    """ At most 80 characters. """
    subtitle: str | Unset = UNSET
    """ At most 80 characters. """
    image_url: str | Unset = UNSET
    default_action: TemplateDefaultAction | Unset = UNSET
    buttons: list[TemplateButton] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        subtitle = self.subtitle

        image_url = self.image_url

        default_action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_action, Unset):
            default_action = self.default_action.to_dict()

        buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buttons, Unset):
            buttons = []
            for buttons_item_data in self.buttons:
                buttons_item = buttons_item_data.to_dict()
                buttons.append(buttons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if default_action is not UNSET:
            field_dict["default_action"] = default_action
        if buttons is not UNSET:
            field_dict["buttons"] = buttons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.template_button import TemplateButton  # noqa: PLC0415
        from ..models.template_default_action import TemplateDefaultAction  # noqa: PLC0415

        return {
            "title": ("title", str),
            "subtitle": ("subtitle", str),
            "image_url": ("image_url", str),
            "default_action": ("default_action", TemplateDefaultAction),
            "buttons": ("buttons", ListOf(TemplateButton)),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
