"""InstagramOAuth and AsyncInstagramOAuth: thin shells that send `_oauth`'s requests.

Static methods, like the TypeScript SDK's `InstagramOAuth`. Every call accepts `transport=`
(an httpx transport, for tests or FakeInstagram), `base_url=` (send to that origin instead
of Meta's hosts: https, or http on loopback), `timeout=` (per read), `deadline=` (the whole call)
and `max_response_bytes=`. OAuth calls are never retried: the authorization code is single-use.
Their errors leave without chained exceptions or frames that hold the secret (see `_scrub`).

The classes are written once: `_async/oauth.py` is the source of `AsyncInstagramOAuth`, and
`InstagramOAuth` is generated from it into `_sync/oauth.py` by scripts/unasync_overlay.py; each
call's bounds are `_oauth_limits.Limits`.
"""

from ._async.oauth import AsyncInstagramOAuth
from ._sync.oauth import InstagramOAuth

__all__ = ["AsyncInstagramOAuth", "InstagramOAuth"]
