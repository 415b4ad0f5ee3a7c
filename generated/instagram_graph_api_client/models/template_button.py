from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_button_type import TemplateButtonType, check_template_button_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateButton")


@_attrs_define
class TemplateButton:
    type_: TemplateButtonType
    title: str
    url: str | Unset = UNSET
    payload: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        title = self.title

        url = self.url

        payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_template_button_type(d.pop("type"))

        title = d.pop("title")

        url = d.pop("url", UNSET)

        payload = d.pop("payload", UNSET)

        template_button = cls(
            type_=type_,
            title=title,
            url=url,
            payload=payload,
        )

        template_button.additional_properties = d
        return template_button

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
