"""`client.media` (sync and async): the classes are written once in `_async/media.py` (the sync
one is generated into `_sync/media.py` by scripts/unasync_overlay.py)."""

from ._async.media import AsyncMediaResource
from ._sync.media import MediaResource

__all__ = ["AsyncMediaResource", "MediaResource"]
