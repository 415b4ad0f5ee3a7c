"""FakeInstagram's router: which row of the routes table answers a request, and which spec
operation it is. Both come from one lookup (`match`) over `_routes.ROUTES`."""

from __future__ import annotations

from typing import NamedTuple

from ._call import Call, Route, placeholder
from ._faults import FaultPlan
from ._graph_routes import cannot_parse_token, unsupported
from ._http import FakeRequest, FakeResponse, authenticate, graph_error
from ._publish_routes import land_publishes
from ._routes import KINDS, ROUTES
from ._state import State

FACEBOOK = "graph.facebook.com"  # the only host told apart: a loopback server sees 127.0.0.1 for all


class Match(NamedTuple):
    route: Route
    ids: dict[str, str]


def _ids(state: State, route: Route, request: FakeRequest, *, loose: bool = False) -> dict[str, str] | None:
    """The placeholders' values if the request's path fits the row's (kinds included), else None.
    `loose` leaves out the host and the version: which operation a request names, served or not."""
    if not loose and (
        (request.host == FACEBOOK) != (route.host == FACEBOOK) or (route.unversioned and request.version)
    ):
        return None
    segments = [s for s in request.path.split("/") if s]
    if len(segments) != len(route.segments):
        return None
    ids: dict[str, str] = {}
    for expected, actual in zip(route.segments, segments, strict=True):
        name = placeholder(expected)
        if name is None:
            if expected != actual:
                return None
            continue
        kind = route.where.get(name) or KINDS[name]
        if not kind(state, actual):
            return None
        ids[name] = actual
    return ids


def match(state: State, request: FakeRequest, *, loose: bool = False) -> Match | None:
    """The first row whose host, version, method and path fit the request (`loose`: see `_ids`)."""
    for route in ROUTES:
        if route.method == request.method:
            ids = _ids(state, route, request, loose=loose)
            if ids is not None:
                return Match(route, ids)
    return None


def operation_for(state: State, request: FakeRequest) -> str | None:
    """The spec operation a request addresses, whatever the answer was (a Facebook Login client's
    get_profile on graph.facebook.com, which the fake refuses, is still get_profile)."""
    found = match(state, request, loose=True)
    return found.route.operation_id if found else None


def route(state: State, faults: FaultPlan, request: FakeRequest) -> FakeResponse:
    """Answer one request from the fake's state (the caller applies the faults before routing)."""
    land_publishes(state)
    found = match(state, request)
    if found is None:
        return _unrouted(state, request)
    row, ids = found
    caller = None
    if row.authenticated:
        token = authenticate(state, request, row.operation_id)
        if isinstance(token, FakeResponse):
            return token
        caller = token
    response = row.handler(Call(state, request, row.operation_id, ids, faults, caller))
    response.operation_id = response.operation_id or row.operation_id
    return response


def _unrouted(state: State, request: FakeRequest) -> FakeResponse:
    """Meta's answers where no row fits: 190 for an Instagram token on graph.facebook.com, a method
    error on the token endpoints, and otherwise (once the token is good) "Unsupported get request"."""
    if request.host == FACEBOOK:
        return cannot_parse_token()
    method = request.method.lower()
    others = [r for r in ROUTES if not r.authenticated and _ids(state, r, request) is not None]
    if others:
        return graph_error(100, f"Unsupported request - method type: {method}")
    token = authenticate(state, request)
    if isinstance(token, FakeResponse):
        return token
    path = request.path.strip("/") or "/"
    return unsupported(state.user_id if path == "me" else path, method)
