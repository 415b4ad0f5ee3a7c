"""`client.users` (sync and async): the classes are written once in `_async/users.py` (the sync
one is generated into `_sync/users.py`); the expansion helpers are in `_expansions.py`."""

from ._async.users import AsyncUsersResource
from ._expansions import DISCOVERY_FIELDS, MENTIONED_COMMENT_FIELDS, MENTIONED_MEDIA_FIELDS, expanded, expansion
from ._sync.users import UsersResource

__all__ = [
    "AsyncUsersResource",
    "UsersResource",
    "DISCOVERY_FIELDS",
    "MENTIONED_COMMENT_FIELDS",
    "MENTIONED_MEDIA_FIELDS",
    "expanded",
    "expansion",
]
