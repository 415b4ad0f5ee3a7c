"""`client.comments` (sync and async): the classes are written once in `_async/comments.py` (the sync
one is generated into `_sync/comments.py` by scripts/unasync_overlay.py)."""

from ._async.comments import AsyncCommentsResource
from ._sync.comments import CommentsResource

__all__ = ["AsyncCommentsResource", "CommentsResource"]
