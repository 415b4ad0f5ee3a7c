"""`client.comments`, plus `unhide` (TypeScript SDK parity)."""

from __future__ import annotations

from instagram_graph_api_client.models.success_response import SuccessResponse
from instagram_graph_api_client.resources.comments import AsyncCommentsResource as _AsyncComments


class AsyncCommentsResource(_AsyncComments):
    """`client.comments`, plus `unhide`."""

    __slots__ = ()

    async def unhide(self, ig_comment_id: str) -> SuccessResponse:
        """Show a hidden comment again."""
        return await self.hide(ig_comment_id, hide=False)
