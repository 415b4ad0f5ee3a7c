"""What may be spliced into a request path: Meta object IDs, `me`, and the API version.

Every path parameter of every operation goes through `path_id` before a request is built (the
generated namespaces call `runner.path_id(name, value)`, and `runner.user_id` for the
`ig_user_id` default). An ID becomes a path segment, so a value that is not an ID could change
which endpoint is called: `comments.delete("..")` would otherwise send
`DELETE https://graph.instagram.com/`, and `ig_user_id=""` would quietly become `me`.

The rule (decided from Meta's ID shapes, documented in docs/errors.md):

- Meta's object IDs are strings of digits (IG users, media, comments, containers, hashtags,
  Pages, Instagram-scoped IDs) or URL-safe base64 (conversation and message IDs, e.g.
  `aWdfZAG06MTpJR01lc3NhZA...`), so a `str` ID is 1 to 256 characters of letters, digits,
  `_` and `-`, with at most two trailing `=`. `me` passes (it is a node name Meta accepts).
- A non-negative `int` is accepted and converted with `str()` (JSON tools sometimes decode Meta's
  numeric IDs as numbers); `bool`, `None`, floats, bytes, lists and everything else are refused.
- Nothing is stripped: an ID with whitespace or control characters (`"1789...\\n"` read from a
  file) is refused, so the caller sees the mistake instead of a request for another object.
- `api_version` is `v<major>.<minor>` (e.g. `v25.0`).
"""

from __future__ import annotations

import re

from ._exceptions import InvalidIdError
from ._redact import redact

_ID = re.compile(r"[A-Za-z0-9_-]{1,256}={0,2}")
_VERSION = re.compile(r"v[0-9]{1,3}\.[0-9]{1,3}")
_SHAPE = "an ID (digits, or letters, digits, '_' and '-'; e.g. '17895695668004550')"


def path_id(name: str, value: object) -> str:
    """`value` as the path segment for the parameter `name`, or InvalidIdError (nothing is sent).

    >>> path_id("ig_media_id", 17895695668004550)
    '17895695668004550'
    """
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            raise InvalidIdError(f"{name} must be {_SHAPE}, got the negative number {value}", parameter=name)
        return str(value)
    if not isinstance(value, str):
        raise InvalidIdError(
            f"{name} must be {_SHAPE} as a str (or an int), got {type(value).__name__}: nothing was sent",
            parameter=name,
        )
    pattern = _VERSION if name == "api_version" else _ID
    if pattern.fullmatch(value) is None:
        shown = redact(repr(value[:80]))
        what = "a Graph API version such as 'v25.0'" if name == "api_version" else _SHAPE
        raise InvalidIdError(
            f"{name} must be {what}, got {shown}: nothing was sent "
            "(no '/', '?', '#', '.', spaces or control characters; strip what you read from files)",
            parameter=name,
        )
    return value
