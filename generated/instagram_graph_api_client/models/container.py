from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ID,
    UNSET,
    Model,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.container_video_status import ContainerVideoStatus
    from ..models.copyright_check_status import CopyrightCheckStatus


T = TypeVar("T", bound="Container")


@_attrs_define(slots=False)
class Container(Model):
    """An IG container (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-
    container).

    """

    id: str | Unset = UNSET
    status_code: str | Unset = UNSET
    """ Open set; see ContainerStatusCode for the documented values. """
    status: str | Unset = UNSET
    """ Human-readable status; on ERROR it includes the error subcode. """
    copyright_check_status: CopyrightCheckStatus | Unset = UNSET
    video_status: ContainerVideoStatus | Unset = UNSET
    """ Resumable upload progress (request `fields=video_status`); resume an interrupted upload at
    `uploading_phase.bytes_transferred` (https://developers.facebook.com/docs/instagram-platform/content-
    publishing/resumable-uploads). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status_code = self.status_code

        status = self.status

        copyright_check_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.copyright_check_status, Unset):
            copyright_check_status = self.copyright_check_status.to_dict()

        video_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_status, Unset):
            video_status = self.video_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if status is not UNSET:
            field_dict["status"] = status
        if copyright_check_status is not UNSET:
            field_dict["copyright_check_status"] = copyright_check_status
        if video_status is not UNSET:
            field_dict["video_status"] = video_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.container_video_status import ContainerVideoStatus  # noqa: PLC0415
        from ..models.copyright_check_status import CopyrightCheckStatus  # noqa: PLC0415

        return {
            "id": ("id", ID),
            "status_code": ("status_code", str),
            "status": ("status", str),
            "copyright_check_status": ("copyright_check_status", CopyrightCheckStatus),
            "video_status": ("video_status", ContainerVideoStatus),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
