"""What the commands share: option types, the error boundary, and picking an account."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._errors import CLIError, ExitCode, classify
from ._output import Output
from ._store import DB_ENV, DEFAULT_DB, shown, sqlite_path, store_failure

if TYPE_CHECKING:
    from ..tokens import StoredToken, TokenStore

Json = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout (for scripts).")]
Db = Annotated[
    str,
    typer.Option("--db", envvar=DB_ENV, help="Token store URL (SQLite file or PostgreSQL).", show_default=True),
]
BaseUrl = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        envvar="INSTAGRAM_BASE_URL",
        help="Send every request to this origin instead of Meta's hosts (https, or http on loopback: the fake).",
    ),
]
Account = Annotated[
    str | None,
    typer.Option(
        "--account", "-a", envvar="INSTAGRAM_ACCOUNT_ID", help="Account ID in the store (default: the only one)."
    ),
]
DB_DEFAULT = DEFAULT_DB


@contextmanager
def session(json_mode: bool, db: str | None = None) -> Iterator[Output]:
    """Run a command's body: any failure becomes one line and its exit code (typer.Exit)."""
    out = Output(json_mode)
    try:
        yield out
    except (typer.Exit, typer.Abort):
        raise
    except KeyboardInterrupt:
        out.error(CLIError("interrupted; nothing more was done", ExitCode.USAGE, "Interrupted"))
        raise typer.Exit(130) from None
    except Exception as error:
        failure = store_failure(error, db) if db is not None else error
        cli_error = classify(failure)
        if cli_error.code == ExitCode.STORE and db is not None and not _names_db(cli_error.message, db):
            cli_error.message = f"{cli_error.message} (database: {shown(db)})"
        out.error(cli_error)
        raise typer.Exit(int(cli_error.code)) from None


def _names_db(message: str, db: str) -> bool:
    path = sqlite_path_or_none(db)
    return shown(db) in message or (path is not None and str(path) in message)


def sqlite_path_or_none(db: str) -> Any:
    try:
        return sqlite_path(db)
    except CLIError:
        return None


def check_base_url(base_url: str | None) -> str | None:
    """The same rule as the clients': https, or plain http only to a loopback address."""
    if base_url is None:
        return None
    from urllib.parse import urlsplit

    from .._options import require_https

    parts = urlsplit(base_url)
    if not parts.hostname or parts.path not in ("", "/") or parts.query or parts.fragment:
        raise CLIError("--base-url must be an origin such as https://host or http://127.0.0.1:PORT", ExitCode.USAGE)
    require_https(base_url, "--base-url")
    return base_url.rstrip("/")


def pick_account(store: TokenStore, account: str | None) -> str:
    """The account to use: `--account`, else the only one in the store."""
    if account:
        return account
    accounts = [stored.account_id for stored in store.list()]
    if not accounts:
        raise CLIError("the token store is empty; run `instagram-graph login` first", ExitCode.AUTH_NEEDED, "NoAccount")
    if len(accounts) > 1:
        raise CLIError(
            f"the store holds {len(accounts)} accounts; choose one with --account ({', '.join(sorted(accounts))})",
            ExitCode.USAGE,
        )
    return accounts[0]


def usable(stored: StoredToken) -> StoredToken:
    """Refuse a token the store knows is dead, before sending it anywhere."""
    status = str(getattr(stored, "status", "active"))
    if status != "active":
        why = f": {stored.last_error}" if getattr(stored, "last_error", None) else ""
        raise CLIError(
            f"the token of account {stored.account_id} is {status}{why}; run `instagram-graph login` again",
            ExitCode.AUTH_NEEDED,
            "NeedsReauth",
        )
    return stored


def token_row(stored: StoredToken) -> dict[str, Any]:
    """A stored token as printable data: everything but the token, which is masked."""
    from ._output import mask

    return {
        "account_id": stored.account_id,
        "token": mask(stored.access_token),
        "status": str(stored.status),
        "expires_at": stored.expires_at,
        "issued_at": stored.issued_at,
        "refreshed_at": stored.refreshed_at,
        "scopes": list(stored.scopes),
        "last_error": stored.last_error,
    }
