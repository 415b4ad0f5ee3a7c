"""`client.conversations` (sync and async): the classes are written once in `_async/conversations.py` (the sync
one is generated into `_sync/conversations.py` by scripts/unasync_overlay.py)."""

from ._async.conversations import AsyncConversationsResource
from ._sync.conversations import ConversationsResource

__all__ = ["AsyncConversationsResource", "ConversationsResource"]
