"""The `instagram-graph` command line (typer + rich), one concept per module.

Imported only by the console script and `python -m instagram_graph_api_sdk`, never by
`import instagram_graph_api_sdk`. Exit codes are in `_errors.ExitCode` (docs/cli.md).
"""

from __future__ import annotations

from ._errors import ExitCode


def main(argv: list[str] | None = None) -> int:
    """Run `instagram-graph` with `argv` (default: sys.argv[1:]) and return its exit code."""
    from ._app import main as run

    return run(argv)


__all__ = ["ExitCode", "main"]
