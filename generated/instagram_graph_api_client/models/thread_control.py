from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_control_control_type import (
    ThreadControlControlType,
    check_thread_control_control_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadControl")


@_attrs_define
class ThreadControl:
    """Conversation Routing in the Send API (only when routing is enabled for the account): `pass` (to `app_id`, or to the
    default app when omitted), `release`, `take` (primary behaviour only), `extend` or `request` (default behaviour
    only). https://developers.facebook.com/documentation/business-messaging/instagram-messaging/features/conversation-
    routing/apis

    """

    control_type: ThreadControlControlType
    app_id: str | Unset = UNSET
    """ The app to pass the conversation to (for `pass`). """
    metadata: str | Unset = UNSET
    """ Passed to the receiving app in its `messaging_handover` webhook. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        control_type: str = self.control_type

        app_id = self.app_id

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "control_type": control_type,
            }
        )
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        control_type = check_thread_control_control_type(d.pop("control_type"))

        app_id = d.pop("app_id", UNSET)

        metadata = d.pop("metadata", UNSET)

        thread_control = cls(
            control_type=control_type,
            app_id=app_id,
            metadata=metadata,
        )

        thread_control.additional_properties = d
        return thread_control

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
