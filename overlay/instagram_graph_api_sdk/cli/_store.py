"""Opening the token store for a command, with the checks that keep bad input harmless.

A malformed URL is a usage error; a SQLite file that is missing (for a command that only reads),
unreadable, or not a database is a store error, reported before anything is written; a missing
or wrong key is the store's own error. The database URL is shown with its password hidden.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._errors import CLIError, ExitCode

if TYPE_CHECKING:
    from ..tokens import TokenStore

DEFAULT_DB = "sqlite:///instagram-tokens.db"
DB_ENV = "INSTAGRAM_TOKENS_DB"
_SQLITE_HEADER = b"SQLite format 3\x00"


def default_db() -> str:
    """`INSTAGRAM_TOKENS_DB`, else the SQLite file in the current directory."""
    return os.environ.get(DB_ENV) or DEFAULT_DB


def shown(url: str) -> str:
    """The URL as it may be printed (password hidden)."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<malformed URL>"


def sqlite_path(url: str) -> Path | None:
    """The file behind a sqlite URL (None for other databases and in-memory SQLite)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise CLIError(
            f"--db is not a database URL: {url.split('@')[-1]!r}; use e.g. sqlite:///instagram-tokens.db or "
            "postgresql+psycopg://user@host/dbname",
            ExitCode.USAGE,
        ) from None
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    return Path(database) if database and database != ":memory:" else None


def check_sqlite_file(path: Path, *, create: bool) -> None:
    """Refuse a file the store cannot use, before opening it (so nothing is created or changed)."""
    where = str(path)
    if not path.exists():
        if not create:
            raise CLIError(
                f"no token database at {where}; run `instagram-graph login` or `instagram-graph tokens add` first, "
                "or point --db / INSTAGRAM_TOKENS_DB at yours",
                ExitCode.STORE,
                "StoreNotFound",
            )
        if not path.parent.is_dir():
            raise CLIError(f"cannot create the token database {where}: its folder does not exist", ExitCode.STORE)
        return
    if not path.is_file():
        raise CLIError(f"the token database {where} is not a file", ExitCode.STORE)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise CLIError(f"cannot read the token database {where}: {error.strerror or error}", ExitCode.STORE) from None
    if header and header != _SQLITE_HEADER:
        raise CLIError(
            f"{where} is not a SQLite database (corrupt, or another kind of file); nothing was changed",
            ExitCode.STORE,
            "CorruptStore",
        )


# Every store a command opens, closed by `main()` when the command ends (whatever way it ends), so
# SQLite's write-ahead log is checkpointed and its -wal/-shm files go away with the connections.
_OPENED: list[TokenStore] = []


def close_stores() -> None:
    """Close every store opened by this command (called by `main()` in a finally)."""
    while _OPENED:
        _OPENED.pop().close()


def open_store(url: str, *, create: bool = False) -> TokenStore:
    """The TokenStore behind `url`, checked first. `create`: the command may create the database.
    The command's store is closed by `main()` when the command ends."""
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path, create=create)
    try:
        from ..tokens import TokenStore
    except ImportError as error:  # the optional extra is not installed
        raise CLIError(
            f"the token store needs the `tokens` extra: pip install 'instagram-graph-api-sdk[cli]' ({error})",
            ExitCode.STORE,
        ) from None
    try:
        store = TokenStore(url)
    except Exception as error:
        raise store_failure(error, url) from None
    _OPENED.append(store)
    return store


def store_failure(error: Exception, url: str) -> Exception:
    """A database driver's exception as one line with exit code 4; other exceptions unchanged."""
    try:
        from sqlalchemy.exc import SQLAlchemyError
    except ImportError:  # pragma: no cover - SQLAlchemy comes with the extra
        return error
    if isinstance(error, SQLAlchemyError):
        detail: Any = getattr(error, "orig", None) or error
        first = str(detail).strip().splitlines()[0] if str(detail).strip() else type(detail).__name__
        return CLIError(f"cannot use the token database {shown(url)}: {first}", ExitCode.STORE, type(detail).__name__)
    return error


def writable(store: TokenStore) -> TokenStore:
    """Check the key against the tokens already stored before writing a new one: a store whose
    rows need different keys could never be read whole again. TokenKeyError (exit 4) if wrong."""
    store.list()  # decrypts every row: a wrong key fails here, before anything is written
    return store
