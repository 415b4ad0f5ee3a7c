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
    from ..models.graph_error import GraphError
    from ..models.upload_failure_debug_info import UploadFailureDebugInfo


T = TypeVar("T", bound="UploadFailure")


@_attrs_define(slots=False)
class UploadFailure(Model):
    debug_info: UploadFailureDebugInfo | Unset = UNSET
    error: GraphError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

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
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.graph_error import GraphError  # noqa: PLC0415
        from ..models.upload_failure_debug_info import UploadFailureDebugInfo  # noqa: PLC0415

        return {
            "debug_info": ("debug_info", UploadFailureDebugInfo),
            "error": ("error", GraphError),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
