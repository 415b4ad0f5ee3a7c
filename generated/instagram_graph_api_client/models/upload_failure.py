from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.graph_error import GraphError
    from ..models.upload_failure_debug_info import UploadFailureDebugInfo


T = TypeVar("T", bound="UploadFailure")


@_attrs_define
class UploadFailure:
    debug_info: UploadFailureDebugInfo | Unset = UNSET
    error: GraphError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        debug_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug_info, Unset):
            debug_info = self.debug_info.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if debug_info is not UNSET:
            field_dict["debug_info"] = debug_info
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.graph_error import GraphError  # noqa: PLC0415
        from ..models.upload_failure_debug_info import UploadFailureDebugInfo  # noqa: PLC0415

        d = dict(src_dict)
        _debug_info = d.pop("debug_info", UNSET)
        debug_info: UploadFailureDebugInfo | Unset
        if isinstance(_debug_info, Unset):
            debug_info = UNSET
        else:
            debug_info = UploadFailureDebugInfo.from_dict(_debug_info)

        _error = d.pop("error", UNSET)
        error: GraphError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = GraphError.from_dict(_error)

        upload_failure = cls(
            debug_info=debug_info,
            error=error,
        )

        upload_failure.additional_properties = d
        return upload_failure

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
