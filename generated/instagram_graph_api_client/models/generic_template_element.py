from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_button import TemplateButton
    from ..models.template_default_action import TemplateDefaultAction


T = TypeVar("T", bound="GenericTemplateElement")


@_attrs_define
class GenericTemplateElement:
    title: str
    """ At most 80 characters. """
    subtitle: str | Unset = UNSET
    """ At most 80 characters. """
    image_url: str | Unset = UNSET
    default_action: TemplateDefaultAction | Unset = UNSET
    buttons: list[TemplateButton] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.template_button import TemplateButton  # noqa: PLC0415
        from ..models.template_default_action import TemplateDefaultAction  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        subtitle = d.pop("subtitle", UNSET)

        image_url = d.pop("image_url", UNSET)

        _default_action = d.pop("default_action", UNSET)
        default_action: TemplateDefaultAction | Unset
        if isinstance(_default_action, Unset):
            default_action = UNSET
        else:
            default_action = TemplateDefaultAction.from_dict(_default_action)

        _buttons = d.pop("buttons", UNSET)
        buttons: list[TemplateButton] | Unset = UNSET
        if _buttons is not UNSET:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = TemplateButton.from_dict(buttons_item_data)

                buttons.append(buttons_item)

        generic_template_element = cls(
            title=title,
            subtitle=subtitle,
            image_url=image_url,
            default_action=default_action,
            buttons=buttons,
        )

        generic_template_element.additional_properties = d
        return generic_template_element

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
