"""What the CLI writes: JSON for scripts (`--json`), rich text for people; errors as one line.

Results go to stdout; progress and prompts go to stderr, so `--json` output is exactly one JSON
document on stdout. Tokens are never written: `mask()` turns one into a short fingerprint that
tells two tokens apart without revealing either.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .._redact import redact
from ._errors import CLIError

if TYPE_CHECKING:
    from rich.console import Console


def mask(token: str) -> str:
    """A fingerprint of a token (`sha256:1a2b3c4d`): enough to compare two, useless to an attacker."""
    return "sha256:" + hashlib.sha256(token.encode()).hexdigest()[:8]


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return str(value)


def to_json(data: Any) -> str:
    """One JSON document, with secrets the SDK knows about scrubbed (belt and braces)."""
    return redact(json.dumps(data, default=_default, sort_keys=True))


class Output:
    """Writes a command's result as JSON or as rich text, and failures as one line."""

    def __init__(self, json_mode: bool) -> None:
        self.json_mode = json_mode
        self._console: Console | None = None
        self._err_console: Console | None = None

    @property
    def console(self) -> Console:
        if self._console is None:
            from rich.console import Console

            # Piped output is not cut at 80 columns: scripts and logs get whole lines and tables.
            self._console = Console(soft_wrap=True, highlight=False, width=None if sys.stdout.isatty() else 200)
        return self._console

    @property
    def err_console(self) -> Console:
        if self._err_console is None:
            from rich.console import Console

            self._err_console = Console(stderr=True, soft_wrap=True, highlight=False)
        return self._err_console

    def result(self, data: Any, human: Callable[[Console], None] | str | None = None) -> None:
        """The command's answer: `data` as JSON with --json, else `human` (text or a painter)."""
        if self.json_mode:
            sys.stdout.write(to_json(data) + "\n")
            sys.stdout.flush()
        elif isinstance(human, str):
            self.console.print(redact(human), markup=False)
        elif human is not None:
            human(self.console)

    def info(self, text: str) -> None:
        """A line for people (stderr): progress, the URL to open. One line, never a secret."""
        sys.stderr.write(redact(text) + "\n")
        sys.stderr.flush()

    def error(self, error: CLIError) -> None:
        """One line: `error: ...` on stderr, or {"error": {...}} on stdout with --json."""
        message = " ".join(redact(error.message).split())
        if self.json_mode:
            body = {"error": {"type": error.kind, "message": message, "exit_code": int(error.code)}}
            sys.stdout.write(to_json(body) + "\n")
            sys.stdout.flush()
        else:
            sys.stderr.write(f"instagram-graph: error: {message}\n")
            sys.stderr.flush()
