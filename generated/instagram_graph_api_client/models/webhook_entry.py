from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ID,
    UNSET,
    ListOf,
    Model,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.webhook_change import WebhookChange
    from ..models.webhook_entry_value import WebhookEntryValue
    from ..models.webhook_messaging_event import WebhookMessagingEvent


T = TypeVar("T", bound="WebhookEntry")


@_attrs_define(slots=False)
class WebhookEntry(Model):
    id: str
    """ Your app user's Instagram professional account ID. """
    time: int | Unset = UNSET
    """ When Meta sent the notification (seconds or milliseconds). """
    messaging: list[WebhookMessagingEvent] | Unset = UNSET
    standby: list[WebhookMessagingEvent] | Unset = UNSET
    """ Messaging events for a conversation another app controls (the `standby` field; Conversation Routing). """
    changes: list[WebhookChange] | Unset = UNSET
    field: str | Unset = UNSET
    value: WebhookEntryValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        time = self.time

        messaging: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messaging, Unset):
            messaging = []
            for messaging_item_data in self.messaging:
                messaging_item = messaging_item_data.to_dict()
                messaging.append(messaging_item)

        standby: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.standby, Unset):
            standby = []
            for standby_item_data in self.standby:
                standby_item = standby_item_data.to_dict()
                standby.append(standby_item)

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        field = self.field

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if time is not UNSET:
            field_dict["time"] = time
        if messaging is not UNSET:
            field_dict["messaging"] = messaging
        if standby is not UNSET:
            field_dict["standby"] = standby
        if changes is not UNSET:
            field_dict["changes"] = changes
        if field is not UNSET:
            field_dict["field"] = field
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.webhook_change import WebhookChange  # noqa: PLC0415
        from ..models.webhook_entry_value import WebhookEntryValue  # noqa: PLC0415
        from ..models.webhook_messaging_event import WebhookMessagingEvent  # noqa: PLC0415

        return {
            "id": ("id", ID),
            "time": ("time", int),
            "messaging": ("messaging", ListOf(WebhookMessagingEvent)),
            "standby": ("standby", ListOf(WebhookMessagingEvent)),
            "changes": ("changes", ListOf(WebhookChange)),
            "field": ("field", str),
            "value": ("value", WebhookEntryValue),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
