"""`client.users` helpers: the field expansions (mentions, Business Discovery) Meta documents, checked."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

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
