"""`client.users`: mentions and Business Discovery as the field expansions Meta documents."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from instagram_graph_api_client.models.comment import Comment
from instagram_graph_api_client.models.media import Media
from instagram_graph_api_client.models.user import User
from instagram_graph_api_client.resources.users import AsyncUsersResource as _AsyncUsers
from instagram_graph_api_client.resources.users import UsersResource as _Users
from instagram_graph_api_client.types import Unset

from .._exceptions import InvalidArgumentError, ResponseValidationError
from .._fields import checked_fields
from .._ids import path_id

# Usernames are spliced into a field expansion: allow nothing that could end it (fullmatch:
# `$` would let a trailing newline through). IDs follow the path-ID rule (`_ids.path_id`).
_USERNAME = re.compile(r"[A-Za-z0-9_.]{1,30}")
MENTIONED_MEDIA_FIELDS = "id,caption,media_type,media_url,permalink,timestamp,username,like_count,comments_count"
MENTIONED_COMMENT_FIELDS = "id,text,timestamp,like_count,media{id,media_url}"
DISCOVERY_FIELDS = "id,username,name,biography,followers_count,follows_count,media_count,profile_picture_url,website"
T = TypeVar("T")


def expansion(edge: str, key: str, value: str, fields: str | Sequence[str]) -> str:
    """`edge.key(value){fields}`, e.g. mentioned_media.media_id(17...){caption}; the value and
    the fields are both checked, so neither can end the expansion early."""
    if key == "username":
        if not isinstance(value, str) or _USERNAME.fullmatch(value) is None:
            shown = repr(value[:40]) if isinstance(value, str) else type(value).__name__
            raise InvalidArgumentError(
                f"username must be an Instagram username (up to 30 letters, digits, '.', '_'), got {shown}"
            )
    else:
        value = path_id(key, value)
    return f"{edge}.{key}({value}){{{checked_fields(fields)}}}"


def expanded(value: T | Unset, edge: str) -> T:
    if isinstance(value, Unset):
        raise ResponseValidationError(f"users: Instagram did not return `{edge}` (check the ID and the permissions)")
    return value


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
        user = self.get_profile(
            ig_user_id=ig_user_id, fields=expansion("mentioned_media", "media_id", media_id, fields)
        )
        return expanded(user.mentioned_media, "mentioned_media")

    def get_mentioned_comment(
        self, comment_id: str, *, fields: str | Sequence[str] = MENTIONED_COMMENT_FIELDS, ig_user_id: str | None = None
    ) -> Comment:
        """A comment that @mentions the account (field expansion `mentioned_comment`).

        See: https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/mentioned_comment
        """
        fields_ = expansion("mentioned_comment", "comment_id", comment_id, fields)
        return expanded(self.get_profile(ig_user_id=ig_user_id, fields=fields_).mentioned_comment, "mentioned_comment")

    def get_business_discovery(
        self, username: str, *, fields: str | Sequence[str] = DISCOVERY_FIELDS, ig_user_id: str | None = None
    ) -> User:
        """Another business or creator account's public data (Facebook Login only).

        See: https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/business-discovery
        """
        fields_ = expansion("business_discovery", "username", username, fields)
        user = self._get_business_discovery(instagram_business_account_id=ig_user_id, fields=fields_)
        return expanded(user.business_discovery, "business_discovery")


class AsyncUsersResource(_AsyncUsers):
    """`client.users` (async)."""

    __slots__ = ()

    async def get_mentioned_media(
        self, media_id: str, *, fields: str | Sequence[str] = MENTIONED_MEDIA_FIELDS, ig_user_id: str | None = None
    ) -> Media:
        """A media object whose caption @mentions the account (field expansion `mentioned_media`)."""
        fields_ = expansion("mentioned_media", "media_id", media_id, fields)
        return expanded(
            (await self.get_profile(ig_user_id=ig_user_id, fields=fields_)).mentioned_media, "mentioned_media"
        )

    async def get_mentioned_comment(
        self, comment_id: str, *, fields: str | Sequence[str] = MENTIONED_COMMENT_FIELDS, ig_user_id: str | None = None
    ) -> Comment:
        """A comment that @mentions the account (field expansion `mentioned_comment`)."""
        fields_ = expansion("mentioned_comment", "comment_id", comment_id, fields)
        user = await self.get_profile(ig_user_id=ig_user_id, fields=fields_)
        return expanded(user.mentioned_comment, "mentioned_comment")

    async def get_business_discovery(
        self, username: str, *, fields: str | Sequence[str] = DISCOVERY_FIELDS, ig_user_id: str | None = None
    ) -> User:
        """Another business or creator account's public data (Facebook Login only)."""
        fields_ = expansion("business_discovery", "username", username, fields)
        user = await self._get_business_discovery(instagram_business_account_id=ig_user_id, fields=fields_)
        return expanded(user.business_discovery, "business_discovery")
