from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_control_control_type import (
    ThreadControlControlType,
    check_thread_control_control_type,
)
from ..types import (
    ID,
    UNSET,
    Custom,
    Model,
    Unset,
    parse_model,
)

T = TypeVar("T", bound="ThreadControl")


@_attrs_define(slots=False)
class ThreadControl(Model):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

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
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "control_type": ("control_type", Custom(ThreadControl._parse_control_type)),
            "app_id": ("app_id", ID),
            "metadata": ("metadata", str),
        }

    @staticmethod
    def _parse_control_type(value: Any) -> Any:
        control_type = check_thread_control_control_type(value)

        return control_type

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
