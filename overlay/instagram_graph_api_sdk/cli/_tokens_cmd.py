"""`instagram-graph tokens list|add|remove|status|refresh-due`: the token store from a shell.

Tokens are never printed (a fingerprint stands in), never taken as a command-line argument
(they would land in shell history and `ps`): `tokens add` reads one from stdin, a hidden
prompt, or INSTAGRAM_ACCESS_TOKEN.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Annotated

import typer

from ._common import BaseUrl, Db, Json, check_base_url, session, token_row
from ._errors import CLIError, ExitCode
from ._store import DEFAULT_DB, check_sqlite_file, open_store, shown, sqlite_path, writable

if TYPE_CHECKING:
    from rich.console import Console

    from ..tokens import StoredToken, TokenStore

tokens = typer.Typer(help="The encrypted token store: list, add, remove, status, refresh-due.", no_args_is_help=True)

AccountArg = Annotated[str, typer.Argument(help="The account ID (the user_id Instagram Login returned).")]


def _known(store: TokenStore, account_id: str) -> StoredToken:
    """The stored token of `account_id`, or exit 4 (TokenNotFoundError, or TokenKeyError for a wrong key)."""
    return store.get(account_id)


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else "-"


@tokens.command("list")
def list_tokens(db: Db = DEFAULT_DB, json_output: Json = False) -> None:
    """List the stored accounts (tokens masked)."""
    with session(json_output, db) as out:
        rows = [token_row(stored) for stored in open_store(db).list()]

        def table(console: Console) -> None:
            from rich.table import Table

            grid = Table(
                "account", "token", "status", "expires (UTC)", "refreshed (UTC)", title=f"{len(rows)} in {shown(db)}"
            )
            for row in rows:
                grid.add_row(
                    row["account_id"], row["token"], row["status"], _when(row["expires_at"]), _when(row["refreshed_at"])
                )
            console.print(grid)

        out.result({"accounts": rows}, table)


def _read_token() -> str:
    env = os.environ.get("INSTAGRAM_ACCESS_TOKEN", "").strip()
    if env:
        return env
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("Access token (input hidden): ").strip()
    return sys.stdin.readline().strip()


def _parse_time(value: str | None, option: str) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise CLIError(
            f"{option} takes an ISO 8601 date-time such as 2026-12-31T12:00:00Z, got {value!r}", ExitCode.USAGE
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@tokens.command("add")
def add(
    account_id: AccountArg,
    expires_at: Annotated[
        str | None, typer.Option("--expires-at", help="When the token expires (ISO 8601; unknown: refreshed first).")
    ] = None,
    issued_at: Annotated[
        str | None, typer.Option("--issued-at", help="When the token was issued (ISO 8601; default: now).")
    ] = None,
    scope: Annotated[list[str] | None, typer.Option("--scope", help="A granted scope (repeatable).")] = None,
    db: Db = DEFAULT_DB,
    json_output: Json = False,
) -> None:
    """Store a token you already have (read from stdin, a hidden prompt, or INSTAGRAM_ACCESS_TOKEN)."""
    with session(json_output, db) as out:
        if not account_id.strip():
            raise CLIError("the account ID must not be empty", ExitCode.USAGE)
        expiry = _parse_time(expires_at, "--expires-at")
        issued = _parse_time(issued_at, "--issued-at")
        path = sqlite_path(db)
        if path is not None:
            check_sqlite_file(path, create=True)  # before asking for the token
        token = _read_token()
        if not token:
            raise CLIError("no token given: pipe it on stdin or set INSTAGRAM_ACCESS_TOKEN", ExitCode.USAGE)
        store = writable(open_store(db, create=True))
        row = token_row(store.put(account_id, token, expires_at=expiry, scopes=tuple(scope or ()), issued_at=issued))
        out.result(row, f"Stored account {account_id} ({row['token']}) in {shown(db)}")


@tokens.command("remove")
def remove(account_id: AccountArg, db: Db = DEFAULT_DB, json_output: Json = False) -> None:
    """Delete an account's token from the store."""
    with session(json_output, db) as out:
        store = open_store(db)
        _known(store, account_id)  # the key must read the row: a wrong key removes nothing
        store.remove(account_id)
        out.result({"removed": account_id}, f"Removed account {account_id} from {shown(db)}")


@tokens.command("status")
def status(
    account_id: Annotated[str | None, typer.Argument(help="One account (default: every account).")] = None,
    within: Annotated[float, typer.Option("--within", min=0, help="Days ahead that count as due.")] = 7.0,
    db: Db = DEFAULT_DB,
    json_output: Json = False,
) -> None:
    """Show each token's status, expiry, and whether a sweep would refresh it now."""
    with session(json_output, db) as out:
        store = open_store(db)
        stored = [_known(store, account_id)] if account_id else list(store.list())
        due = {s.account_id for s in store.due(within=timedelta(days=within))}
        rows = [{**token_row(s), "due": s.account_id in due} for s in stored]
        worst = ExitCode.AUTH_NEEDED if any(r["status"] != "active" for r in rows) else ExitCode.OK

        def lines(console: Console) -> None:
            for r in rows:
                note = f" ({r['last_error']})" if r["last_error"] else ""
                flag = ", due for refresh" if r["due"] else ""
                expires = _when(r["expires_at"])
                line = f"{r['account_id']}: {r['status']}{note}, token {r['token']}, expires {expires} UTC{flag}"
                console.print(line, markup=False)
            if not rows:
                console.print(f"no accounts in {shown(db)}", markup=False)

        out.result({"accounts": rows}, lines)
        if worst:
            raise typer.Exit(int(worst))


@tokens.command("refresh-due")
def refresh_due(
    within: Annotated[
        float, typer.Option("--within", min=0, help="Refresh tokens expiring within this many days.")
    ] = 7.0,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, max=256, help="Refreshes in flight.")] = 16,
    base_url: BaseUrl = None,
    db: Db = DEFAULT_DB,
    json_output: Json = False,
) -> None:
    """Refresh every token that is due (for cron / a systemd timer). Exit 3 if any needs a new login."""
    with session(json_output, db) as out:
        from ._sweep import report_dict, run_sweep

        origin = check_base_url(base_url)
        store = writable(open_store(db))  # a wrong key would otherwise mark every row as failed
        report = run_sweep(store, within=timedelta(days=within), concurrency=concurrency, base_url=origin, out=out)
        data = report_dict(report)
        out.result(data, str(report))
        if data["needs_reauth"] or data["expired"]:
            raise typer.Exit(int(ExitCode.AUTH_NEEDED))
        if data["deferred"]:
            raise typer.Exit(int(ExitCode.API_ERROR))
