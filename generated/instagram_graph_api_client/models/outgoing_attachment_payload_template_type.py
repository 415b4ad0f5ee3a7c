from typing import Literal

OutgoingAttachmentPayloadTemplateType = Literal["button", "generic"]

OUTGOING_ATTACHMENT_PAYLOAD_TEMPLATE_TYPE_VALUES: set[
    OutgoingAttachmentPayloadTemplateType
] = {
    "button",
    "generic",
}


def check_outgoing_attachment_payload_template_type(
    value: str,
) -> OutgoingAttachmentPayloadTemplateType:
    if value in OUTGOING_ATTACHMENT_PAYLOAD_TEMPLATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTGOING_ATTACHMENT_PAYLOAD_TEMPLATE_TYPE_VALUES!r}"
    )
