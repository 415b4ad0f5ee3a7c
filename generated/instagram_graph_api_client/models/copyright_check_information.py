from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.copyright_check_information_copyright_matches_item import (
        CopyrightCheckInformationCopyrightMatchesItem,
    )
    from ..models.copyright_check_status import CopyrightCheckStatus


T = TypeVar("T", bound="CopyrightCheckInformation")


@_attrs_define
class CopyrightCheckInformation:
    status: CopyrightCheckStatus | Unset = UNSET
    copyright_matches: list[CopyrightCheckInformationCopyrightMatchesItem] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.copyright_check_information_copyright_matches_item import (
            CopyrightCheckInformationCopyrightMatchesItem,  # noqa: PLC0415
        )
        from ..models.copyright_check_status import CopyrightCheckStatus  # noqa: PLC0415

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: CopyrightCheckStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CopyrightCheckStatus.from_dict(_status)

        _copyright_matches = d.pop("copyright_matches", UNSET)
        copyright_matches: (
            list[CopyrightCheckInformationCopyrightMatchesItem] | Unset
        ) = UNSET
        if _copyright_matches is not UNSET:
            copyright_matches = []
            for copyright_matches_item_data in _copyright_matches:
                copyright_matches_item = (
                    CopyrightCheckInformationCopyrightMatchesItem.from_dict(
                        copyright_matches_item_data
                    )
                )

                copyright_matches.append(copyright_matches_item)

        copyright_check_information = cls(
            status=status,
            copyright_matches=copyright_matches,
        )

        copyright_check_information.additional_properties = d
        return copyright_check_information

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
