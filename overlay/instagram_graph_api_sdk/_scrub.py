"""SDK errors leave the SDK without anything that holds a secret.

An exception keeps its `__context__` (the httpx error it replaced, whose `.request` carries the
token in the URL or headers, and the app secret on a long-lived token exchange) and its
traceback, whose frames keep their locals alive: the request, the parameters, the app secret.
Error trackers and rich tracebacks show both (Sentry walks the chain, `capture_locals=True`
prints every local's repr). So an SDK error is raised at the boundary without either: its
message already says what happened, with secrets redacted.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

from ._exceptions import InstagramError

P = ParamSpec("P")
R = TypeVar("R")
E = TypeVar("E", bound=BaseException)


def scrubbed(error: E) -> E:
    """`error` without its chained exceptions and without the frames below the raiser."""
    error.__cause__ = None
    error.__context__ = None
    error.__suppress_context__ = False
    return error.with_traceback(None)


def scrub_errors(function: Callable[P, R]) -> Callable[P, R]:
    """Raise the SDK errors of `function` scrubbed; its arguments (secrets) die with its frame."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(*args, **kwargs)
        except InstagramError as error:
            failure = error
        del args, kwargs  # this frame stays in the traceback: keep no secret in it
        raise scrubbed(failure)

    return wrapper


def scrub_async_errors(function: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    """The async counterpart of scrub_errors."""

    @functools.wraps(function)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return await function(*args, **kwargs)
        except InstagramError as error:
            failure = error
        del args, kwargs
        raise scrubbed(failure)

    return wrapper
