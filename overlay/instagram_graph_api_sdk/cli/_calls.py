"""`instagram-graph me` and `instagram-graph call`: API calls with a stored token."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any

import typer

from . import _raw
from ._common import Account, BaseUrl, Db, Json, check_base_url, pick_account, session, usable
from ._store import DEFAULT_DB, open_store

if TYPE_CHECKING:
    from .._client import InstagramClient

ApiVersion = Annotated[
    str | None, typer.Option("--api-version", help="Graph API version, e.g. v25.0 (default: the SDK's).")
]


def _client(db: str, account: str | None, base_url: str | None, api_version: str | None) -> InstagramClient:
    from .._client import InstagramClient

    origin = check_base_url(base_url)
    store = open_store(db)
    stored = usable(store.get(pick_account(store, account)))
    return InstagramClient(stored.access_token, base_url=origin, api_version=api_version)


def _pretty(data: Any) -> str:
    return json.dumps(data, indent=2, sort_keys=True, default=str)


def me(
    fields: Annotated[str, typer.Option("--fields", help="Comma-separated profile fields.")] = (
        "id,user_id,username,account_type"
    ),
    account: Account = None,
    base_url: BaseUrl = None,
    api_version: ApiVersion = None,
    db: Db = DEFAULT_DB,
    json_output: Json = False,
) -> None:
    """Show the profile of the stored account (checks that its token works)."""
    with session(json_output, db) as out:
        with _client(db, account, base_url, api_version) as client:
            profile = client.users.get_profile(fields=fields).to_dict()
        summary = ", ".join(f"{key} {value}" for key, value in profile.items())
        out.result(profile, summary)


def call(
    method: Annotated[str, typer.Argument(help="GET, POST or DELETE.", case_sensitive=False)],
    path: Annotated[str, typer.Argument(help="A Graph API path such as /me/media (a query string is allowed).")],
    field: Annotated[
        list[str] | None, typer.Option("--field", "-f", help="A parameter as key=value (repeatable).")
    ] = None,
    account: Account = None,
    base_url: BaseUrl = None,
    api_version: ApiVersion = None,
    db: Db = DEFAULT_DB,
    json_output: Json = False,
) -> None:
    """Make a raw Graph API call with the stored token (retries, errors and redaction as in the SDK)."""
    with session(json_output, db) as out:
        verb = method.upper()
        if verb not in _raw.METHODS:
            from ._errors import CLIError, ExitCode

            raise CLIError(f"METHOD must be one of {', '.join(_raw.METHODS)}, got {method!r}", ExitCode.USAGE)
        clean_path, query = _raw.parse_path(path)
        params = _raw.checked_params({**query, **_raw.parse_fields(field or [])})
        with _client(db, account, base_url, api_version) as client:
            body = _raw.send(client, verb, clean_path, params)
        out.result(body, _pretty(body))
