from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ID,
    UNSET,
    Model,
    OneOf,
    Unset,
    parse_model,
)

T = TypeVar("T", bound="WebhookThreadControl")


@_attrs_define(slots=False)
class WebhookThreadControl(Model):
    """A `messaging_handover` event: control passed to, taken from, or requested by an app
    (https://developers.facebook.com/documentation/business-messaging/messenger-platform/webhooks/webhook-
    events/messaging_handovers; Instagram: https://developers.facebook.com/documentation/business-messaging/instagram-
    messaging/features/conversation-routing/apis).

    """

    previous_owner_app_id: None | str | Unset = UNSET
    """ null when the conversation was idle. """
    new_owner_app_id: str | Unset = UNSET
    requested_owner_app_id: str | Unset = UNSET
    metadata: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        previous_owner_app_id: None | str | Unset
        if isinstance(self.previous_owner_app_id, Unset):
            previous_owner_app_id = UNSET
        else:
            previous_owner_app_id = self.previous_owner_app_id

        new_owner_app_id = self.new_owner_app_id

        requested_owner_app_id = self.requested_owner_app_id

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if previous_owner_app_id is not UNSET:
            field_dict["previous_owner_app_id"] = previous_owner_app_id
        if new_owner_app_id is not UNSET:
            field_dict["new_owner_app_id"] = new_owner_app_id
        if requested_owner_app_id is not UNSET:
            field_dict["requested_owner_app_id"] = requested_owner_app_id
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
            "previous_owner_app_id": ("previous_owner_app_id", OneOf(str, None)),
            "new_owner_app_id": ("new_owner_app_id", ID),
            "requested_owner_app_id": ("requested_owner_app_id", ID),
            "metadata": ("metadata", str),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
