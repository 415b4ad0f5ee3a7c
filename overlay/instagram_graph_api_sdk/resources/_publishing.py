"""`client.publishing` (sync): the class is generated into `_sync/publishing.py` from its async
source `_async/publishing.py` by scripts/unasync_overlay.py; the shared helpers are in `_containers.py`."""

from ._containers import (
    STATUS_FIELDS,
    UPLOAD_STATUS_FIELDS,
    Source,
    VideoType,
    image_fields,
    max_retries,
    read_source,
    video_fields,
)
from ._sync.publishing import PublishingResource

__all__ = [
    "PublishingResource",
    "STATUS_FIELDS",
    "UPLOAD_STATUS_FIELDS",
    "Source",
    "VideoType",
    "image_fields",
    "max_retries",
    "read_source",
    "video_fields",
]
