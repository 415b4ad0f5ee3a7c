from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outgoing_attachment_payload_template_type import (
    OutgoingAttachmentPayloadTemplateType,
    check_outgoing_attachment_payload_template_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generic_template_element import GenericTemplateElement
    from ..models.template_button import TemplateButton


T = TypeVar("T", bound="OutgoingAttachmentPayload")


@_attrs_define
class OutgoingAttachmentPayload:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.generic_template_element import GenericTemplateElement  # noqa: PLC0415
        from ..models.template_button import TemplateButton  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url", UNSET)

        attachment_id = d.pop("attachment_id", UNSET)

        is_reusable = d.pop("is_reusable", UNSET)

        id = d.pop("id", UNSET)

        _template_type = d.pop("template_type", UNSET)
        template_type: OutgoingAttachmentPayloadTemplateType | Unset
        if isinstance(_template_type, Unset):
            template_type = UNSET
        else:
            template_type = check_outgoing_attachment_payload_template_type(
                _template_type
            )

        text = d.pop("text", UNSET)

        _elements = d.pop("elements", UNSET)
        elements: list[GenericTemplateElement] | Unset = UNSET
        if _elements is not UNSET:
            elements = []
            for elements_item_data in _elements:
                elements_item = GenericTemplateElement.from_dict(elements_item_data)

                elements.append(elements_item)

        _buttons = d.pop("buttons", UNSET)
        buttons: list[TemplateButton] | Unset = UNSET
        if _buttons is not UNSET:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = TemplateButton.from_dict(buttons_item_data)

                buttons.append(buttons_item)

        outgoing_attachment_payload = cls(
            url=url,
            attachment_id=attachment_id,
            is_reusable=is_reusable,
            id=id,
            template_type=template_type,
            text=text,
            elements=elements,
            buttons=buttons,
        )

        outgoing_attachment_payload.additional_properties = d
        return outgoing_attachment_payload

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
