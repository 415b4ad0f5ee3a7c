# Generated from instagram_graph_api_sdk/resources/_async/conversations.py by scripts/unasync_overlay.py; do not edit.
"""`client.conversations`, plus `find_by_user` (TypeScript SDK parity)."""

from __future__ import annotations

from collections.abc import Sequence

from instagram_graph_api_client.models.conversation_list import ConversationList
from instagram_graph_api_client.resources.conversations import ConversationsResource as _Conversations

CONVERSATION_FIELDS = "id,updated_time"


class ConversationsResource(_Conversations):
    """`client.conversations`, plus `find_by_user`."""

    __slots__ = ()

    def find_by_user(self, igsid: str, *, fields: str | Sequence[str] = CONVERSATION_FIELDS) -> ConversationList:
        """The conversation with one person (by Instagram-scoped ID)."""
        return self.list(user_id=igsid, fields=fields)
