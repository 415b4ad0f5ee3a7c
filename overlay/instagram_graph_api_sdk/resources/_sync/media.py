# Generated from instagram_graph_api_sdk/resources/_async/media.py by scripts/unasync_overlay.py; do not edit.
"""`client.media`, plus `get_insights` (TypeScript SDK parity)."""

from __future__ import annotations

from collections.abc import Sequence

from instagram_graph_api_client.models.insights_response import InsightsResponse
from instagram_graph_api_client.resources.insights import InsightsResource
from instagram_graph_api_client.resources.media import MediaResource as _Media


class MediaResource(_Media):
    """`client.media`, plus `get_insights` (the TypeScript SDK's alias of insights.get_media_insights)."""

    __slots__ = ()

    def get_insights(self, ig_media_id: str, metric: str | Sequence[str]) -> InsightsResponse:
        """A media object's insights; see `client.insights.get_media_insights` for the options."""
        return InsightsResource(self._runner).get_media_insights(ig_media_id, metric=metric)
