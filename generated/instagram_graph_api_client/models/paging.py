from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    keep_json_keys,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.paging_cursors import PagingCursors


T = TypeVar("T", bound="Paging")


@_attrs_define(slots=False)
class Paging(Model):
    """Cursor pagination. `next` and `previous` are full URLs that carry the access token: the SDK never requests them, it
    re-calls the operation with `after`.

    """

    cursors: PagingCursors | Unset = UNSET
    next_: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ Meta's URL of the next page; it carries the access token. """
    previous: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ Meta's URL of the previous page; it carries the access token. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        cursors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cursors, Unset):
            cursors = self.cursors.to_dict()

        next_ = self.next_

        previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursors is not UNSET:
            field_dict["cursors"] = cursors
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.paging_cursors import PagingCursors  # noqa: PLC0415

        return {
            "cursors": ("cursors", PagingCursors),
            "next": ("next_", str),
            "previous": ("previous", str),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


keep_json_keys(
    Paging,
    {
        "next": "next_",
    },
)
