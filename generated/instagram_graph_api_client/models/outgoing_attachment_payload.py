from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outgoing_attachment_payload_template_type import (
    OutgoingAttachmentPayloadTemplateType,
    check_outgoing_attachment_payload_template_type,
)
from ..types import (
    ID,
    UNSET,
    Custom,
    ListOf,
    Model,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.generic_template_element import GenericTemplateElement
    from ..models.template_button import TemplateButton


T = TypeVar("T", bound="OutgoingAttachmentPayload")


@_attrs_define(slots=False)
class OutgoingAttachmentPayload(Model):
    url: str | Unset = UNSET
    """ Public URL of the media. """
    attachment_id: str | Unset = UNSET
    """ An ID from `messaging.upload_attachment`. """
    is_reusable: bool | Unset = UNSET
    id: str | Unset = UNSET
    """ The media ID to share (MEDIA_SHARE). """
    template_type: OutgoingAttachmentPayloadTemplateType | Unset = UNSET
    text: str | Unset = UNSET
    """ Button template text (at most 640 characters). """
    elements: list[GenericTemplateElement] | Unset = UNSET
    """ Generic template elements (at most 10). """
    buttons: list[TemplateButton] | Unset = UNSET
    """ Button template buttons (at most 3). """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        attachment_id = self.attachment_id

        is_reusable = self.is_reusable

        id = self.id

        template_type: str | Unset = UNSET
        if not isinstance(self.template_type, Unset):
            template_type = self.template_type

        text = self.text

        elements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.elements, Unset):
            elements = []
            for elements_item_data in self.elements:
                elements_item = elements_item_data.to_dict()
                elements.append(elements_item)

        buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buttons, Unset):
            buttons = []
            for buttons_item_data in self.buttons:
                buttons_item = buttons_item_data.to_dict()
                buttons.append(buttons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if attachment_id is not UNSET:
            field_dict["attachment_id"] = attachment_id
        if is_reusable is not UNSET:
            field_dict["is_reusable"] = is_reusable
        if id is not UNSET:
            field_dict["id"] = id
        if template_type is not UNSET:
            field_dict["template_type"] = template_type
        if text is not UNSET:
            field_dict["text"] = text
        if elements is not UNSET:
            field_dict["elements"] = elements
        if buttons is not UNSET:
            field_dict["buttons"] = buttons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.generic_template_element import GenericTemplateElement  # noqa: PLC0415
        from ..models.template_button import TemplateButton  # noqa: PLC0415

        return {
            "url": ("url", str),
            "attachment_id": ("attachment_id", ID),
            "is_reusable": ("is_reusable", bool),
            "id": ("id", ID),
            "template_type": (
                "template_type",
                Custom(OutgoingAttachmentPayload._parse_template_type),
            ),
            "text": ("text", str),
            "elements": ("elements", ListOf(GenericTemplateElement)),
            "buttons": ("buttons", ListOf(TemplateButton)),
        }

    @staticmethod
    def _parse_template_type(value: Any) -> Any:
        _template_type = value
        template_type: OutgoingAttachmentPayloadTemplateType | Unset
        if isinstance(_template_type, Unset):
            template_type = UNSET
        else:
            template_type = check_outgoing_attachment_payload_template_type(
                _template_type
            )

        return template_type

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
