"""Field lists and the fields formatter, the TypeScript SDK's `IG_*_FIELDS` and `formatFields`.

The lists come from the spec (generated into `instagram_graph_api_client.fields`): every plain field
Meta documents for the object with Instagram Login. Unlike the TypeScript SDK's `IG_USER_FIELDS`,
the user list has `user_id` and not `ig_id` (a Facebook Login field;
https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/get-started).
"""

from __future__ import annotations

from collections.abc import Sequence

from instagram_graph_api_client.fields import COMMENT_FIELDS as IG_COMMENT_FIELDS
from instagram_graph_api_client.fields import MEDIA_FIELDS as IG_MEDIA_FIELDS
from instagram_graph_api_client.fields import USER_FIELDS as IG_USER_FIELDS
from instagram_graph_api_client.resources._base import csv

from ._exceptions import InvalidArgumentError

__all__ = ["IG_COMMENT_FIELDS", "IG_MEDIA_FIELDS", "IG_USER_FIELDS", "format_fields"]


def format_fields(fields: str | Sequence[str]) -> str:
    """`["id", "username"]` -> `"id,username"` (a string passes through), as every `fields=` accepts."""
    try:
        return csv(fields)
    except TypeError as error:
        raise InvalidArgumentError(f"format_fields: {error}") from None
