"""`instagram-graph call METHOD /path`: a raw Graph API call that still goes through the client.

The path is checked (a relative Graph path, no host, no token), matched against the spec's
operations so the call keeps that operation's retry rule, and sent by the client's runner: the
same token handling, retries, deadline, error classification and redaction as any SDK call.
A path the spec does not describe is sent too, with the safe default for its method.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from ._errors import CLIError, ExitCode

if TYPE_CHECKING:
    import httpx

    from instagram_graph_api_client._operations import Operation

    from .._client import InstagramClient

METHODS = ("GET", "POST", "DELETE")
_GRAPH = "https://graph.instagram.com/{version}"
_SEGMENT = re.compile(r"^[A-Za-z0-9_.\-]+$")
_VERSION = re.compile(r"^v\d+\.\d+$")
_FORBIDDEN = {"access_token", "client_secret", "appsecret_proof"}


def parse_path(path: str) -> tuple[str, dict[str, str]]:
    """`/me/media?limit=5` -> ("/me/media", {"limit": "5"}); anything else is a usage error."""
    parts = urlsplit(path)
    if parts.scheme or parts.netloc or not parts.path.startswith("/") or parts.fragment:
        raise CLIError(
            f"the path must be a Graph API path such as /me or /me/media?limit=5 (no host), got {path!r}",
            ExitCode.USAGE,
        )
    segments = [s for s in parts.path.split("/") if s]
    if not segments or any(not _SEGMENT.match(s) or s in (".", "..") for s in segments):
        raise CLIError(f"malformed Graph API path {path!r}: use /node or /node/edge", ExitCode.USAGE)
    if _VERSION.match(segments[0]):
        raise CLIError(f"leave the version out of the path ({segments[0]}); pass --api-version instead", ExitCode.USAGE)
    return "/" + "/".join(segments), dict(parse_qsl(parts.query, keep_blank_values=True))


def parse_fields(fields: list[str]) -> dict[str, str]:
    """`-f key=value` pairs (repeatable) into parameters."""
    params: dict[str, str] = {}
    for item in fields:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise CLIError(f"--field takes key=value, got {item!r}", ExitCode.USAGE)
        params[name.strip()] = value
    return params


def checked_params(params: dict[str, str]) -> dict[str, str]:
    """Refuse credentials in parameters: the token comes from the store, never the command line."""
    bad = sorted(name for name in params if name.lower() in _FORBIDDEN)
    if bad:
        raise CLIError(
            f"do not pass {', '.join(bad)} as a parameter (it would land in your shell history); the CLI sends "
            "the stored token in the Authorization header",
            ExitCode.USAGE,
        )
    return params


def _template_matches(template: str, path: str) -> bool:
    pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
    return re.fullmatch(pattern, path) is not None


def operation_for(method: str, path: str) -> Operation:
    """The spec operation this call is (for its retry rule), or a raw one with the safe default."""
    from instagram_graph_api_client._operations import OPERATIONS, Operation

    candidates = [
        op
        for op in OPERATIONS.values()
        if op.http_method == method and op.server == _GRAPH and op.auth == "bearer" and op.login != "facebook"
    ]
    literal = [op for op in candidates if "{" not in op.path and op.path == path]
    templated = [op for op in candidates if "{" in op.path and _template_matches(op.path, path)]
    for op in (*literal, *templated):
        return op
    retry = "idempotent" if method == "GET" else "unsafe"
    return Operation("raw_call", "raw", "call", method, path, _GRAPH, "any", "bearer", retry, None, "stable", True)


def send(client: InstagramClient, method: str, path: str, params: dict[str, str]) -> Any:
    """Send the call through the client's runner and return the parsed JSON body."""
    if method not in METHODS:
        raise CLIError(f"METHOD must be one of {', '.join(METHODS)}, got {method!r}", ExitCode.USAGE)
    op = operation_for(method, path)

    def build() -> dict[str, Any]:
        if method == "POST":
            return {"method": method, "url": path, "data": params}
        return {"method": method, "url": path, "params": params}

    def parse(response: httpx.Response) -> Any:
        return response.json()

    return client._runner.call(op, build, parse)
