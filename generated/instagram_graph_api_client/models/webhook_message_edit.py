from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookMessageEdit")


@_attrs_define
class WebhookMessageEdit:
    mid: str | Unset = UNSET
    text: str | Unset = UNSET
    num_edit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mid = self.mid

        text = self.text

        num_edit = self.num_edit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mid is not UNSET:
            field_dict["mid"] = mid
        if text is not UNSET:
            field_dict["text"] = text
        if num_edit is not UNSET:
            field_dict["num_edit"] = num_edit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mid = d.pop("mid", UNSET)

        text = d.pop("text", UNSET)

        num_edit = d.pop("num_edit", UNSET)

        webhook_message_edit = cls(
            mid=mid,
            text=text,
            num_edit=num_edit,
        )

        webhook_message_edit.additional_properties = d
        return webhook_message_edit

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
