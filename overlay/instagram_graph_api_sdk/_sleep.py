"""The default sleep of the sync and async publishing waits (the one place they differ).

`resolve_sleep` / `aresolve_sleep` are the sync and async forms of one helper, so the waits in
`resources/_async/publishing.py` read the same once unasync has made them sync.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]


def resolve_sleep(sleep: Sleep | None) -> Sleep:
    """`sleep`, or `time.sleep` when it is None."""
    return time.sleep if sleep is None else sleep


def aresolve_sleep(sleep: AsyncSleep | None) -> AsyncSleep:
    """`sleep`, or `asyncio.sleep` when it is None (imported here: `import instagram_graph_api_sdk` stays light)."""
    if sleep is None:
        import asyncio

        return asyncio.sleep
    return sleep
