"""Exit codes, and the one line each failure becomes (pure: no I/O here).

The table is the CLI's contract with scripts and is documented in docs/cli.md:

    0  success
    1  Instagram or the network failed (an API error, a timeout, an undocumented answer)
    2  usage: a bad option or argument, a malformed URL or path, a port in use or out of range
    3  login needed: no usable token (expired, revoked, needs_reauth), or the login did not complete
    4  token store: the database is unreadable, corrupt or missing, the key is missing or wrong,
       or the account is not in the store
"""

from __future__ import annotations

from enum import IntEnum

from .. import _exceptions as exc
from .._redact import redact


class ExitCode(IntEnum):
    """The documented exit codes of `instagram-graph`."""

    OK = 0
    API_ERROR = 1
    USAGE = 2
    AUTH_NEEDED = 3
    STORE = 4


class CLIError(Exception):
    """A failure the CLI reports as one line and an exit code (never a traceback)."""

    def __init__(self, message: str, code: ExitCode, kind: str = "error") -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.kind = kind


def _store_error_types() -> tuple[type[BaseException], ...]:
    """The token store's error classes (TokenKeyError, TokenNotFoundError, ...), imported lazily."""
    try:
        from ..tokens import TokenStoreError
    except ImportError:  # the `tokens` extra is not installed
        return ()
    return (TokenStoreError,)


def classify(error: BaseException) -> CLIError:
    """The exit code and one-line message for an exception raised while running a command."""
    if isinstance(error, CLIError):
        return error
    kind = type(error).__name__
    message = " ".join(redact(str(error)).split()) or kind
    store_errors = _store_error_types()
    if store_errors and isinstance(error, store_errors):
        return CLIError(message, ExitCode.STORE, kind)
    if isinstance(error, exc.OAuthConfigurationError | exc.ConfigurationError | exc.InvalidArgumentError):
        return CLIError(message, ExitCode.USAGE, kind)
    if isinstance(error, exc.AuthenticationError | exc.OAuthError):
        return CLIError(message, ExitCode.AUTH_NEEDED, kind)
    if isinstance(error, exc.InstagramError):
        return CLIError(message, ExitCode.API_ERROR, kind)
    raise error  # a bug: let it show its traceback rather than hide it
