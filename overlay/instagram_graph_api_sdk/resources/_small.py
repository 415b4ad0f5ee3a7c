"""Small TypeScript-SDK parity additions (sync and async): unhide, find_by_user, welcome flow
get/update, ice breakers and persistent menu, media.get_insights. The classes are written once in
`_async/small.py`; the sync ones are generated into `_sync/small.py` by scripts/unasync_overlay.py."""

from ._async.small import (
    AsyncCommentsResource,
    AsyncConversationsResource,
    AsyncMediaResource,
    AsyncMessengerProfileResource,
    AsyncWelcomeFlowsResource,
)
from ._sync.small import (
    CommentsResource,
    ConversationsResource,
    MediaResource,
    MessengerProfileResource,
    WelcomeFlowsResource,
)

__all__ = [
    "AsyncCommentsResource", "AsyncConversationsResource", "AsyncMediaResource", "AsyncMessengerProfileResource",
    "AsyncWelcomeFlowsResource", "CommentsResource", "ConversationsResource", "MediaResource",
    "MessengerProfileResource", "WelcomeFlowsResource",
]  # fmt: skip
