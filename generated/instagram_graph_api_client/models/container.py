from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_video_status import ContainerVideoStatus
    from ..models.copyright_check_status import CopyrightCheckStatus


T = TypeVar("T", bound="Container")


@_attrs_define
class Container:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.container_video_status import ContainerVideoStatus  # noqa: PLC0415
        from ..models.copyright_check_status import CopyrightCheckStatus  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        status_code = d.pop("status_code", UNSET)

        status = d.pop("status", UNSET)

        _copyright_check_status = d.pop("copyright_check_status", UNSET)
        copyright_check_status: CopyrightCheckStatus | Unset
        if isinstance(_copyright_check_status, Unset):
            copyright_check_status = UNSET
        else:
            copyright_check_status = CopyrightCheckStatus.from_dict(
                _copyright_check_status
            )

        _video_status = d.pop("video_status", UNSET)
        video_status: ContainerVideoStatus | Unset
        if isinstance(_video_status, Unset):
            video_status = UNSET
        else:
            video_status = ContainerVideoStatus.from_dict(_video_status)

        container = cls(
            id=id,
            status_code=status_code,
            status=status,
            copyright_check_status=copyright_check_status,
            video_status=video_status,
        )

        container.additional_properties = d
        return container

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
