"""InstagramClient and AsyncInstagramClient.

The namespaces (`client.users`, `client.media`, ...) are the generated resource classes (one per
spec tag), extended in `resources/` where the TypeScript SDK has helpers. They are created on
first use, so importing the SDK loads none of the generated modules. The sync client is in
`_sync_client.py`, the async one in `_async_client.py`, and what they share in `_client_base.py`.
"""

from ._async_client import AsyncInstagramClient
from ._client_base import HEADERS, USER_AGENT, user_id_of
from ._sync_client import InstagramClient

__all__ = ["HEADERS", "USER_AGENT", "AsyncInstagramClient", "InstagramClient", "user_id_of"]
