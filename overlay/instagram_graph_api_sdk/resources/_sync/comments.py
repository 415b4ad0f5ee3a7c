# Generated from instagram_graph_api_sdk/resources/_async/comments.py by scripts/unasync_overlay.py; do not edit.
"""`client.comments`, plus `unhide` (TypeScript SDK parity)."""

from __future__ import annotations

from instagram_graph_api_client.models.success_response import SuccessResponse
from instagram_graph_api_client.resources.comments import CommentsResource as _Comments


class CommentsResource(_Comments):
    """`client.comments`, plus `unhide`."""

    __slots__ = ()

    def unhide(self, ig_comment_id: str) -> SuccessResponse:
        """Show a hidden comment again."""
        return self.hide(ig_comment_id, hide=False)
