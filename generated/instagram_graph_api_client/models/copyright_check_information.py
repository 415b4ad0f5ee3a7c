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
    from ..models.copyright_check_information_copyright_matches_item import (
        CopyrightCheckInformationCopyrightMatchesItem,
    )
    from ..models.copyright_check_status import CopyrightCheckStatus


T = TypeVar("T", bound="CopyrightCheckInformation")


@_attrs_define(slots=False)
class CopyrightCheckInformation(Model):
    status: CopyrightCheckStatus | Unset = UNSET
    copyright_matches: list[CopyrightCheckInformationCopyrightMatchesItem] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        copyright_matches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.copyright_matches, Unset):
            copyright_matches = []
            for copyright_matches_item_data in self.copyright_matches:
                copyright_matches_item = copyright_matches_item_data.to_dict()
                copyright_matches.append(copyright_matches_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if copyright_matches is not UNSET:
            field_dict["copyright_matches"] = copyright_matches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.copyright_check_information_copyright_matches_item import (
            CopyrightCheckInformationCopyrightMatchesItem,  # noqa: PLC0415
        )
        from ..models.copyright_check_status import CopyrightCheckStatus  # noqa: PLC0415

        return {
            "status": ("status", CopyrightCheckStatus),
            "copyright_matches": (
                "copyright_matches",
                ListOf(CopyrightCheckInformationCopyrightMatchesItem),
            ),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
