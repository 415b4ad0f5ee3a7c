from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.video_processing_phase import VideoProcessingPhase
    from ..models.video_uploading_phase import VideoUploadingPhase


T = TypeVar("T", bound="ContainerVideoStatus")


@_attrs_define(slots=False)
class ContainerVideoStatus(Model):
    """Resumable upload progress (request `fields=video_status`); resume an interrupted upload at
    `uploading_phase.bytes_transferred` (https://developers.facebook.com/docs/instagram-platform/content-
    publishing/resumable-uploads).

    """

    uploading_phase: VideoUploadingPhase | Unset = UNSET
    processing_phase: VideoProcessingPhase | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        uploading_phase: dict[str, Any] | Unset = UNSET
        if not isinstance(self.uploading_phase, Unset):
            uploading_phase = self.uploading_phase.to_dict()

        processing_phase: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing_phase, Unset):
            processing_phase = self.processing_phase.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uploading_phase is not UNSET:
            field_dict["uploading_phase"] = uploading_phase
        if processing_phase is not UNSET:
            field_dict["processing_phase"] = processing_phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.video_processing_phase import VideoProcessingPhase  # noqa: PLC0415
        from ..models.video_uploading_phase import VideoUploadingPhase  # noqa: PLC0415

        return {
            "uploading_phase": ("uploading_phase", VideoUploadingPhase),
            "processing_phase": ("processing_phase", VideoProcessingPhase),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
