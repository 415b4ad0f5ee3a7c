"""The `instagram-graph` Typer application and `main()`, the error boundary around it.

`main()` runs Typer outside its standalone mode so every usage error is one line with exit
code 2 (not a framed help panel), and so exit codes are exactly the documented ones.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from .._version import __version__
from . import _calls, _login, _tokens_cmd, _tools
from ._errors import CLIError, ExitCode
from ._output import Output
from ._store import close_stores

app = typer.Typer(
    name="instagram-graph",
    help="instagram-graph-api-sdk tools: log in, keep tokens fresh, call the API, run the fake Instagram.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"instagram-graph-api-sdk {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """instagram-graph-api-sdk tools. Exit codes: 0 ok, 1 API error, 2 usage, 3 login needed, 4 token store."""


app.command("login")(_login.login)
app.add_typer(_tokens_cmd.tokens, name="tokens")
app.command("me")(_calls.me)
app.command("call")(_calls.call)
app.command("demo")(_tools.demo)
app.command("fake-server")(_tools.fake_server)


def _click_exceptions() -> Any:
    """Typer >= 0.20 vendors click as `typer._click`; older releases use click itself."""
    try:
        from typer._click import exceptions
    except ImportError:  # pragma: no cover - older typer
        from click import exceptions  # type: ignore[no-redef]
    return exceptions


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code (see docs/cli.md)."""
    errors = _click_exceptions()
    args = sys.argv[1:] if argv is None else argv
    try:
        result = app(args=args, prog_name="instagram-graph", standalone_mode=False)
    except errors.NoArgsIsHelpError as error:
        sys.stderr.write(error.ctx.get_help() + "\n" if error.ctx else "")
        return int(ExitCode.USAGE)
    except errors.UsageError as error:
        hint = f" (see `{error.ctx.command_path} --help`)" if error.ctx else ""
        message = " ".join(error.format_message().split()) + hint
        Output("--json" in args).error(CLIError(message, ExitCode.USAGE, "UsageError"))
        return int(ExitCode.USAGE)
    except typer.Exit as error:
        return int(error.exit_code)
    except typer.Abort:
        sys.stderr.write("instagram-graph: error: aborted\n")
        return 130
    finally:
        close_stores()
    return int(result) if isinstance(result, int) else 0
