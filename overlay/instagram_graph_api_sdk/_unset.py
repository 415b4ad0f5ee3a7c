"""`value_or_none`: a model field that may be UNSET, as `X | None` for code that checks for None.

The generated models type every optional field `X | Unset` (Instagram did not send it, usually
because it was not in `fields=`). `UNSET` is falsy but is not None; this helper turns it into None
so `if value is None` works and mypy --strict narrows to `X` afterwards.
"""

from __future__ import annotations

from typing import TypeVar

from instagram_graph_api_client.types import Unset

T = TypeVar("T")


def value_or_none(value: T | Unset) -> T | None:
    """`value`, or None when it is `UNSET` (a field Instagram did not return).

        from instagram_graph_api_sdk import value_or_none

        me = client.users.get_profile(fields="id,username")
        username = value_or_none(me.username)  # str | None, never UNSET
        if username is not None:
            print(username.upper())  # mypy --strict knows it is a str here

    Args:
        value: A model field, typed `X | Unset`.

    Returns:
        The value unchanged, or None for UNSET. A None Instagram sent stays None.
    """
    return None if isinstance(value, Unset) else value
