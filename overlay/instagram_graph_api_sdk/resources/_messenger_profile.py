"""`client.messenger_profile` (sync and async): the classes are written once in `_async/messenger_profile.py` (the sync
one is generated into `_sync/messenger_profile.py` by scripts/unasync_overlay.py)."""

from ._async.messenger_profile import AsyncMessengerProfileResource
from ._sync.messenger_profile import MessengerProfileResource

__all__ = ["AsyncMessengerProfileResource", "MessengerProfileResource"]
