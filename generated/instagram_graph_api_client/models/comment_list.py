from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ListOf,
    Model,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.comment import Comment
    from ..models.paging import Paging


T = TypeVar("T", bound="CommentList")


@_attrs_define(slots=False)
class CommentList(Model):
    data: list[Comment]
    paging: Paging | Unset = UNSET
    """ Cursor pagination. `next` and `previous` are full URLs that carry the access token: the SDK never requests
    them, it re-calls the operation with `after`. """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        paging: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paging, Unset):
            paging = self.paging.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if paging is not UNSET:
            field_dict["paging"] = paging

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.comment import Comment  # noqa: PLC0415
        from ..models.paging import Paging  # noqa: PLC0415

        return {
            "data": ("data", ListOf(Comment)),
            "paging": ("paging", Paging),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
