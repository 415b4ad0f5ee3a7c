"""`instagram-graph demo` and `instagram-graph fake-server`: the offline tools."""

from __future__ import annotations

import sys
import time
from datetime import timedelta
from typing import Annotated

import typer

from ._common import Json, session
from ._errors import CLIError, ExitCode


def demo() -> None:
    """Run the Access Tokens story end to end against the fake Instagram (offline)."""
    with session(False):
        from .._demo import run

        raise typer.Exit(run())


def fake_server(
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port on 127.0.0.1 (0: a free one).")] = 0,
    redirect_uri: Annotated[
        list[str] | None,
        typer.Option("--redirect-uri", help="Register an OAuth redirect URI (repeatable), e.g. the CLI's login one."),
    ] = None,
    token_age: Annotated[
        float, typer.Option("--token-age", min=0, help="Hours ago the printed access token was issued.")
    ] = 0.0,
    json_output: Json = False,
) -> None:
    """Run FakeInstagram as an HTTP server on 127.0.0.1 until interrupted."""
    with session(json_output) as out:
        from .._constants import ALL_SCOPES
        from ..testing import FakeInstagram

        fake = FakeInstagram()
        if redirect_uri:
            fake.state.redirect_uris.extend(u for u in redirect_uri if u not in fake.state.redirect_uris)
        token = fake.issue_token(age=timedelta(hours=token_age), scopes=ALL_SCOPES) if token_age else fake.access_token
        try:
            server = fake.serve(port)
        except OSError as error:
            raise CLIError(
                f"cannot listen on 127.0.0.1:{port}: {error.strerror or error}; choose another --port (0: a free one)",
                ExitCode.USAGE,
                "PortUnavailable",
            ) from None
        info = {
            "url": server.url,
            "port": server.port,
            "access_token": token,  # the fake's own token: not a secret
            "user_id": fake.user_id,
            "client_id": fake.client_id,
            "client_secret": fake.client_secret,
            "redirect_uris": list(fake.state.redirect_uris),
        }
        if out.json_mode:
            sys.stdout.write(to_json_raw(info) + "\n")
        else:
            sys.stdout.write(
                f"FakeInstagram on {server.url}  (Ctrl-C stops it)\n"
                f"  InstagramClient(access_token={token!r}, base_url={server.url!r})\n"
                f"  OAuth app: client_id={fake.client_id} client_secret={fake.client_secret} "
                f"redirect_uris={','.join(fake.state.redirect_uris)}\n"
            )
        sys.stdout.flush()
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()


def to_json_raw(data: object) -> str:
    """JSON without redaction: the fake's credentials are printed so a test can use them."""
    import json

    return json.dumps(data, sort_keys=True)
