from typing import Literal

OutgoingAttachmentType = Literal[
    "audio", "file", "image", "like_heart", "MEDIA_SHARE", "template", "video"
]

OUTGOING_ATTACHMENT_TYPE_VALUES: set[OutgoingAttachmentType] = {
    "audio",
    "file",
    "image",
    "like_heart",
    "MEDIA_SHARE",
    "template",
    "video",
}


def check_outgoing_attachment_type(value: str) -> OutgoingAttachmentType:
    if value in OUTGOING_ATTACHMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTGOING_ATTACHMENT_TYPE_VALUES!r}"
    )
