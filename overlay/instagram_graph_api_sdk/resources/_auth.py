"""`client.auth` (sync and async): the classes are written once in `_async/auth.py`; the sync
one is generated into `_sync/auth.py` by scripts/unasync_overlay.py."""

from ._async.auth import AsyncAuthResource
from ._sync.auth import AuthResource

__all__ = ["AsyncAuthResource", "AuthResource"]
