"""The vocabulary of FakeInstagram's routes table: a row (`Route`) and what its handler gets (`Call`).

A handler is a function of one `Call`: the fake's state, the request, the ids the path named,
the pending faults and (for authenticated routes) the caller's token. It never sees
`FakeInstagram` itself, so the routes know nothing of transports, servers or usage headers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from ._faults import FaultPlan
from ._http import FakeRequest, FakeResponse
from ._state import State, Token

Host = Literal[
    "www.instagram.com", "api.instagram.com", "graph.instagram.com", "rupload.facebook.com", "graph.facebook.com"
]
Kind = Callable[[State, str], bool]  # does this path segment name an object of the placeholder's kind?


@dataclass(frozen=True)
class Call:
    """One request as a handler sees it."""

    state: State
    request: FakeRequest
    operation_id: str  # the spec operation of the route that matched
    ids: Mapping[str, str]  # the path's placeholders, e.g. {"ig_media_id": "179..."}
    faults: FaultPlan
    caller: Token | None = None  # None on the routes that do not authenticate first

    @property
    def token(self) -> Token:
        """The caller's token (authenticated routes only)."""
        if self.caller is None:
            raise RuntimeError(f"the route for {self.operation_id} does not authenticate; mark it authenticated=True")
        return self.caller


Handler = Callable[[Call], FakeResponse]


@dataclass(frozen=True)
class Route:
    """One row of the routes table: one spec operation the fake serves, and who answers it."""

    method: str
    path: str  # the spec's path template, e.g. "/{ig_media_id}/comments"
    operation_id: str
    handler: Handler
    host: Host = "graph.instagram.com"  # the spec's server; only graph.facebook.com is told apart
    authenticated: bool = True  # the router answers Meta's 190 errors before the handler runs
    unversioned: bool = False  # only without a /vNN.N prefix (graph.instagram.com's token endpoints)
    where: Mapping[str, Kind] = field(default_factory=dict)  # kinds for this row, overriding KINDS

    @property
    def segments(self) -> tuple[str, ...]:
        return tuple(s for s in self.path.split("/") if s)


def placeholder(segment: str) -> str | None:
    """`ig_media_id` for "{ig_media_id}", None for a literal segment."""
    return segment[1:-1] if segment.startswith("{") and segment.endswith("}") else None


def pattern(regex: str) -> Kind:
    """A kind that any segment matching `regex` belongs to (whether or not the object exists)."""
    compiled = re.compile(regex)
    return lambda state, value: compiled.fullmatch(value) is not None
