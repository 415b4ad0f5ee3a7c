"""Encrypted token storage and refresh: `TokenStore` over SQLite or PostgreSQL.

    from instagram_graph_api_sdk.tokens import TokenStore

    store = TokenStore("sqlite:///instagram-tokens.db")   # key from INSTAGRAM_TOKEN_KEY
    store.put(token.user_id, token)
    report = store.refresh_due()                         # from a daily or weekly job

Needs the `tokens` extra (SQLAlchemy, cryptography), plus `postgres` (psycopg 3) for
PostgreSQL. `import instagram_graph_api_sdk` never imports this package. See docs/tokens.md.
"""

from ._errors import TokenKeyError, TokenNotFoundError, TokenStoreError
from ._records import StoredToken, SweepProgress, SweepReport
from ._store import TokenStore

__all__ = [
    "StoredToken",
    "SweepProgress",
    "SweepReport",
    "TokenKeyError",
    "TokenNotFoundError",
    "TokenStore",
    "TokenStoreError",
]
