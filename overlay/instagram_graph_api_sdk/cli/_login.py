"""`instagram-graph login`: Instagram Login from a terminal, stored in the token store.

Authorization URL with a random state -> the browser (or the printed URL with --no-browser) ->
Instagram's redirect caught on 127.0.0.1 -> state checked -> code -> short-lived -> long-lived
token -> stored encrypted under the account's ID. Nothing is stored unless every step succeeds.
"""

from __future__ import annotations

from typing import Annotated

import typer

from ._callback import CallbackServer, loopback_target
from ._common import BaseUrl, Db, Json, check_base_url, session
from ._errors import CLIError, ExitCode
from ._output import mask
from ._store import DEFAULT_DB, check_sqlite_file, open_store, shown, sqlite_path, writable

DEFAULT_PORT = 8765


def login(
    app_id: Annotated[
        str | None, typer.Option("--app-id", envvar="INSTAGRAM_APP_ID", help="The Instagram app ID.")
    ] = None,
    app_secret: Annotated[
        str | None,
        typer.Option(
            "--app-secret",
            envvar="INSTAGRAM_APP_SECRET",
            help="The Instagram app secret (prefer the environment variable: options show up in `ps`).",
            show_default=False,
        ),
    ] = None,
    redirect_port: Annotated[
        int,
        typer.Option(
            "--redirect-port",
            envvar="INSTAGRAM_REDIRECT_PORT",
            min=1,
            max=65535,
            help="Port of the default redirect URI http://127.0.0.1:PORT/callback.",
        ),
    ] = DEFAULT_PORT,
    redirect_uri: Annotated[
        str | None,
        typer.Option(
            "--redirect-uri",
            envvar="INSTAGRAM_REDIRECT_URI",
            help="The full loopback redirect URI registered in the App Dashboard (overrides --redirect-port).",
        ),
    ] = None,
    scope: Annotated[
        list[str] | None, typer.Option("--scope", help="A scope to request (repeatable; default: the SDK's defaults).")
    ] = None,
    no_browser: Annotated[
        bool, typer.Option("--no-browser", help="Print the authorization URL instead of opening a browser.")
    ] = False,
    timeout: Annotated[
        float, typer.Option("--timeout", min=1, max=3600, help="Seconds to wait for the redirect back.")
    ] = 300.0,
    base_url: BaseUrl = None,
    db: Db = DEFAULT_DB,
    json_output: Json = False,
) -> None:
    """Log in with Instagram in a browser and store the long-lived token."""
    with session(json_output, db) as out:
        from .._oauth_client import InstagramOAuth

        origin = check_base_url(base_url)
        if not app_id:
            raise CLIError("the Instagram app ID is missing: set INSTAGRAM_APP_ID or pass --app-id", ExitCode.USAGE)
        if not app_secret:
            raise CLIError("the Instagram app secret is missing: set INSTAGRAM_APP_SECRET", ExitCode.USAGE)
        redirect = redirect_uri or f"http://127.0.0.1:{redirect_port}/callback"
        loopback_target(redirect)
        path = sqlite_path(db)
        if path is not None:
            check_sqlite_file(path, create=True)
        store = writable(open_store(db)) if path is None or path.exists() else None  # a bad store fails now

        with CallbackServer(redirect) as server:
            auth = InstagramOAuth.build_authorization_url(
                client_id=app_id, redirect_uri=redirect, scopes=scope or None, base_url=origin
            )
            out.info("Open this URL in a browser and allow access (waiting for the redirect):")
            out.info(auth.url)
            if not no_browser:
                import webbrowser

                if not webbrowser.open(auth.url):
                    out.info("(no browser could be started: open the URL above yourself)")
            callback_url = server.wait(timeout)
        callback = InstagramOAuth.parse_callback(callback_url, expected_state=auth.state)
        token = InstagramOAuth.exchange_code_for_token(
            client_id=app_id, client_secret=app_secret, redirect_uri=redirect, code=callback.code, base_url=origin
        )
        account_id = token.user_id
        if not account_id:
            raise CLIError("Instagram's answer carried no user_id; nothing was stored", ExitCode.API_ERROR)
        store = store or open_store(db, create=True)
        store.put(account_id, token, expires_at=token.expires_at, scopes=token.permissions)
        data = {
            "account_id": account_id,
            "token": mask(token.access_token),
            "expires_at": token.expires_at,
            "scopes": list(token.permissions),
            "db": shown(db),
        }
        expiry = f"{token.expires_at:%Y-%m-%d %H:%M} UTC" if token.expires_at else "an unknown date"
        out.result(
            data, f"Logged in: account {account_id}, token {data['token']} valid until {expiry}, stored in {shown(db)}"
        )
