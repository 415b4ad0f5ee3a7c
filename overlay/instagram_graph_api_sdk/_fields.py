"""Field lists and the fields formatter, the TypeScript SDK's `IG_*_FIELDS` and `formatFields`.

The lists come from the spec (generated into `instagram_graph_api_client.fields`): every plain field
Meta documents for the object with Instagram Login. Unlike the TypeScript SDK's `IG_USER_FIELDS`,
the user list has `user_id` and not `ig_id` (a Facebook Login field;
https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/get-started).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from instagram_graph_api_client.fields import COMMENT_FIELDS as IG_COMMENT_FIELDS
from instagram_graph_api_client.fields import MEDIA_FIELDS as IG_MEDIA_FIELDS
from instagram_graph_api_client.fields import USER_FIELDS as IG_USER_FIELDS
from instagram_graph_api_client.resources._base import csv

from ._exceptions import InvalidArgumentError

__all__ = ["IG_COMMENT_FIELDS", "IG_MEDIA_FIELDS", "IG_USER_FIELDS", "format_fields"]

_NAME = re.compile(r"[A-Za-z0-9_]+")
_ARGS = re.compile(r"\([A-Za-z0-9_.,:-]*\)")
MAX_DEPTH = 8


def format_fields(fields: str | Sequence[str]) -> str:
    """`["id", "username"]` -> `"id,username"` (a string passes through), as every `fields=` accepts."""
    try:
        return csv(fields)
    except TypeError as error:
        raise InvalidArgumentError(f"format_fields: {error}") from None


def checked_fields(fields: str | Sequence[str]) -> str:
    """`fields` joined and checked against Meta's field-expansion grammar, for splicing inside
    another expansion (`edge.key(value){<fields>}`), where a stray `}` or `,` would end it.

    A field is a name, then any `.modifier` or `.modifier(arguments)` (`insights.metric(reach)`,
    `media.limit(5)`), then optionally `{fields}` (`children{media_url}`), nested at most
    MAX_DEPTH levels. Names are letters, digits and `_`; arguments add `.`, `,`, `:` and `-`.
    Whitespace, empty names, unbalanced or empty braces and any other character are refused.
    """
    text = format_fields(fields)
    try:
        end = _field_list(text, 0, 0)
        if end != len(text):
            raise _Stop(end)
    except _Stop as stop:
        where = text[: stop.pos] + "\u2038" + text[stop.pos :]
        raise InvalidArgumentError(
            f"fields is not a valid field list at position {stop.pos} ({where[:120]!r}): use names "
            "such as 'id,caption,children{media_url},insights.metric(reach){values}' (no spaces)"
        ) from None
    return text


class _Stop(Exception):
    def __init__(self, pos: int) -> None:
        self.pos = pos


def _field_list(text: str, pos: int, depth: int) -> int:
    while True:
        pos = _field(text, pos, depth)
        if pos < len(text) and text[pos] == ",":
            pos += 1
            continue
        return pos


def _field(text: str, pos: int, depth: int) -> int:
    name = _NAME.match(text, pos)
    if name is None:
        raise _Stop(pos)
    pos = name.end()
    while pos < len(text) and text[pos] == ".":
        modifier = _NAME.match(text, pos + 1)
        if modifier is None:
            raise _Stop(pos + 1)
        pos = modifier.end()
        arguments = _ARGS.match(text, pos)
        if arguments is not None:
            pos = arguments.end()
    if pos < len(text) and text[pos] == "{":
        if depth >= MAX_DEPTH:
            raise _Stop(pos)
        pos = _field_list(text, pos + 1, depth + 1)
        if pos >= len(text) or text[pos] != "}":
            raise _Stop(pos)
        pos += 1
    return pos
