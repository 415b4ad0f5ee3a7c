from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Model,
    parse_model,
)

T = TypeVar("T", bound="ReplyToMessage")


@_attrs_define(slots=False)
class ReplyToMessage(Model):
    """The message being replied to (Message Replies API; Instagram Login support announced 2026-09-21 in
    https://developers.facebook.com/documentation/instagram-platform/changelog/rss/). Unconfirmed: the shape `{"mid":
    ...}` mirrors the `reply_to.mid` that message webhooks carry; Meta's request reference could not be read.

    """

    mid: str
    """ The ID of the message to reply to. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        mid = self.mid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mid": mid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "mid": ("mid", str),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
