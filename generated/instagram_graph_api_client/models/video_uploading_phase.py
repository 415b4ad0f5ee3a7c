from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_uploading_phase_errors_item import VideoUploadingPhaseErrorsItem


T = TypeVar("T", bound="VideoUploadingPhase")


@_attrs_define
class VideoUploadingPhase:
    status: str | Unset = UNSET
    bytes_transferred: int | Unset = UNSET
    source_file_size: int | Unset = UNSET
    errors: list[VideoUploadingPhaseErrorsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        bytes_transferred = self.bytes_transferred

        source_file_size = self.source_file_size

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if bytes_transferred is not UNSET:
            field_dict["bytes_transferred"] = bytes_transferred
        if source_file_size is not UNSET:
            field_dict["source_file_size"] = source_file_size
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_uploading_phase_errors_item import (
            VideoUploadingPhaseErrorsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        bytes_transferred = d.pop("bytes_transferred", UNSET)

        source_file_size = d.pop("source_file_size", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[VideoUploadingPhaseErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = VideoUploadingPhaseErrorsItem.from_dict(errors_item_data)

                errors.append(errors_item)

        video_uploading_phase = cls(
            status=status,
            bytes_transferred=bytes_transferred,
            source_file_size=source_file_size,
            errors=errors,
        )

        video_uploading_phase.additional_properties = d
        return video_uploading_phase

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
