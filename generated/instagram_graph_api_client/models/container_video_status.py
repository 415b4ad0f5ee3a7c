from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_processing_phase import VideoProcessingPhase
    from ..models.video_uploading_phase import VideoUploadingPhase


T = TypeVar("T", bound="ContainerVideoStatus")


@_attrs_define
class ContainerVideoStatus:
    """Resumable upload progress (request `fields=video_status`); resume an interrupted upload at
    `uploading_phase.bytes_transferred` (https://developers.facebook.com/docs/instagram-platform/content-
    publishing/resumable-uploads).

    """

    uploading_phase: VideoUploadingPhase | Unset = UNSET
    processing_phase: VideoProcessingPhase | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.video_processing_phase import VideoProcessingPhase  # noqa: PLC0415
        from ..models.video_uploading_phase import VideoUploadingPhase  # noqa: PLC0415

        d = dict(src_dict)
        _uploading_phase = d.pop("uploading_phase", UNSET)
        uploading_phase: VideoUploadingPhase | Unset
        if isinstance(_uploading_phase, Unset):
            uploading_phase = UNSET
        else:
            uploading_phase = VideoUploadingPhase.from_dict(_uploading_phase)

        _processing_phase = d.pop("processing_phase", UNSET)
        processing_phase: VideoProcessingPhase | Unset
        if isinstance(_processing_phase, Unset):
            processing_phase = UNSET
        else:
            processing_phase = VideoProcessingPhase.from_dict(_processing_phase)

        container_video_status = cls(
            uploading_phase=uploading_phase,
            processing_phase=processing_phase,
        )

        container_video_status.additional_properties = d
        return container_video_status

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
