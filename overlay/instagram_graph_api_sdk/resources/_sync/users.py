# Generated from instagram_graph_api_sdk/resources/_async/users.py by scripts/unasync_overlay.py; do not edit.
"""`client.users`: mentions and Business Discovery as the field expansions Meta documents."""

from __future__ import annotations

from collections.abc import Sequence

from instagram_graph_api_client.models.comment import Comment
from instagram_graph_api_client.models.media import Media
from instagram_graph_api_client.models.user import User
from instagram_graph_api_client.resources.users import UsersResource as _Users

from .._expansions import DISCOVERY_FIELDS, MENTIONED_COMMENT_FIELDS, MENTIONED_MEDIA_FIELDS, expanded, expansion


class UsersResource(_Users):
    """`client.users`, plus `get_mentioned_media`, `get_mentioned_comment` and `get_business_discovery`."""

    __slots__ = ()

    def get_mentioned_media(
        self, media_id: str, *, fields: str | Sequence[str] = MENTIONED_MEDIA_FIELDS, ig_user_id: str | None = None
    ) -> Media:
        """A media object whose caption @mentions the account (field expansion `mentioned_media`).

        Meta documents it for Facebook Login; availability with Instagram Login is unconfirmed.
        See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/mentioned_media
        """
        fields_ = expansion("mentioned_media", "media_id", media_id, fields)
        user = self.get_profile(ig_user_id=ig_user_id, fields=fields_)
        return expanded(user.mentioned_media, "mentioned_media")

    def get_mentioned_comment(
        self, comment_id: str, *, fields: str | Sequence[str] = MENTIONED_COMMENT_FIELDS, ig_user_id: str | None = None
    ) -> Comment:
        """A comment that @mentions the account (field expansion `mentioned_comment`).

        See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/mentioned_comment
        """
        fields_ = expansion("mentioned_comment", "comment_id", comment_id, fields)
        user = self.get_profile(ig_user_id=ig_user_id, fields=fields_)
        return expanded(user.mentioned_comment, "mentioned_comment")

    def get_business_discovery(
        self, username: str, *, fields: str | Sequence[str] = DISCOVERY_FIELDS, ig_user_id: str | None = None
    ) -> User:
        """Another business or creator account's public data (Facebook Login only).

        See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/business-discovery
        """
        fields_ = expansion("business_discovery", "username", username, fields)
        user = self._get_business_discovery(instagram_business_account_id=ig_user_id, fields=fields_)
        return expanded(user.business_discovery, "business_discovery")
