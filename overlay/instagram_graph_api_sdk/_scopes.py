"""Instagram Login scopes: read `scopes=` as a comma string or a list, refuse the ones Instagram
Login does not know, with a hint at the right name.

Instagram Login's five scopes, and the older names Meta removed on 2025-01-27:
https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/business-login
The `instagram_*` permissions without `business_` belong to Facebook Login for Business:
https://developers.facebook.com/docs/instagram-platform/overview
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._constants import ALL_SCOPES, DEFAULT_SCOPES
from ._exceptions import ConfigurationError

# Names people pass by mistake, and what Instagram Login calls them.
_RENAMED = {
    **{
        f"business_{s}": f"instagram_business_{s}"
        for s in ("basic", "content_publish", "manage_comments", "manage_messages", "manage_insights")
    },
    "instagram_basic": "instagram_business_basic",
    "instagram_content_publish": "instagram_business_content_publish",
    "instagram_manage_comments": "instagram_business_manage_comments",
    "instagram_manage_messages": "instagram_business_manage_messages",
    "instagram_manage_insights": "instagram_business_manage_insights",
    "instagram_business_content_publishing": "instagram_business_content_publish",
}
_BASIC_DISPLAY = {"user_profile", "user_media"}


def _hint(scope: str) -> str:
    if scope in _RENAMED:
        origin = (
            "a Facebook Login permission"
            if scope.startswith("instagram_") and "business" not in scope
            else ("a name Meta retired on 2025-01-27")
        )
        return f"{scope!r} is {origin}; Instagram Login calls it {_RENAMED[scope]!r}"
    if scope in _BASIC_DISPLAY:
        return f"{scope!r} belongs to the Instagram Basic Display API, which Meta shut down in December 2024"
    return f"{scope[:60]!r} is not an Instagram Login scope"


def normalize_scopes(scopes: str | Sequence[str] | None) -> list[str]:
    """The scopes as a list without duplicates: `None` gives the defaults; a string is split on
    commas or spaces (Meta accepts either); every name must be an Instagram Login scope."""
    if scopes is None:
        return list(DEFAULT_SCOPES)
    if isinstance(scopes, str):
        names = re.split(r"[,\s]+", scopes)
    elif isinstance(scopes, Sequence) and all(isinstance(s, str) for s in scopes):
        names = [part for s in scopes for part in re.split(r"[,\s]+", s)]
    else:
        raise ConfigurationError(
            f"scopes must be a comma-separated string or a list of strings, got {type(scopes).__name__}; "
            "see InstagramOAuth.get_all_scopes()"
        )
    result = list(dict.fromkeys(n for n in names if n))
    if not result:
        raise ConfigurationError("scopes is empty: Instagram Login needs at least 'instagram_business_basic'")
    unknown = [n for n in result if n not in ALL_SCOPES]
    if unknown:
        raise ConfigurationError(
            "; ".join(_hint(n) for n in unknown[:5])
            + f". The Instagram Login scopes are: {', '.join(ALL_SCOPES)} (InstagramOAuth.get_all_scopes())."
        )
    return result
