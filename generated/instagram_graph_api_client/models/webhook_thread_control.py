from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookThreadControl")


@_attrs_define
class WebhookThreadControl:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)

        def _parse_previous_owner_app_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_owner_app_id = _parse_previous_owner_app_id(
            d.pop("previous_owner_app_id", UNSET)
        )

        new_owner_app_id = d.pop("new_owner_app_id", UNSET)

        requested_owner_app_id = d.pop("requested_owner_app_id", UNSET)

        metadata = d.pop("metadata", UNSET)

        webhook_thread_control = cls(
            previous_owner_app_id=previous_owner_app_id,
            new_owner_app_id=new_owner_app_id,
            requested_owner_app_id=requested_owner_app_id,
            metadata=metadata,
        )

        webhook_thread_control.additional_properties = d
        return webhook_thread_control

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
