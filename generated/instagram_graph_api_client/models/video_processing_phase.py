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
    from ..models.video_processing_phase_errors_item import (
        VideoProcessingPhaseErrorsItem,
    )


T = TypeVar("T", bound="VideoProcessingPhase")


@_attrs_define(slots=False)
class VideoProcessingPhase(Model):
    status: str | Unset = UNSET
    errors: list[VideoProcessingPhaseErrorsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

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
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.video_processing_phase_errors_item import (
            VideoProcessingPhaseErrorsItem,  # noqa: PLC0415
        )

        return {
            "status": ("status", str),
            "errors": ("errors", ListOf(VideoProcessingPhaseErrorsItem)),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
