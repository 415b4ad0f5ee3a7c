"""The `instagram-graph` console script's entry point; the command line lives in `cli/`.

Kept tiny so the entry point `instagram_graph_api_sdk._cli:main` loads typer and rich only when
the command runs.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run `instagram-graph` (see docs/cli.md) and return its exit code."""
    from .cli import main as run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
