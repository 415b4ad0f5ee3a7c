from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_processing_phase_errors_item import (
        VideoProcessingPhaseErrorsItem,
    )


T = TypeVar("T", bound="VideoProcessingPhase")


@_attrs_define
class VideoProcessingPhase:
    status: str | Unset = UNSET
    errors: list[VideoProcessingPhaseErrorsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

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
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_processing_phase_errors_item import (
            VideoProcessingPhaseErrorsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[VideoProcessingPhaseErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = VideoProcessingPhaseErrorsItem.from_dict(errors_item_data)

                errors.append(errors_item)

        video_processing_phase = cls(
            status=status,
            errors=errors,
        )

        video_processing_phase.additional_properties = d
        return video_processing_phase

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
