"""Canary secrets that are NOT shaped like Meta tokens, every form they can take on the way into a
log line or a message, and a loopback server (plus the same logic as a MockTransport handler)
that echoes every secret it receives, in every form, in its response headers and error bodies.

The shape-matching rule in `_redact` (IGAA..., EAA...) must never be what hides a canary: only
the registry of known secrets and the parameter rules may do it.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, quote_plus, urlencode, urlsplit

import httpx


@dataclass(frozen=True)
class Canaries:
    """One set per test: unique values, so an earlier test's registrations cannot hide a leak."""

    token: str
    app_secret: str
    code: str
    refresh_token: str

    @classmethod
    def fresh(cls) -> Canaries:
        tag = secrets.token_hex(4)
        return cls(
            token=f"c4n4ry|tok/{tag}+x=y",  # | / + = all change under percent-encoding
            app_secret=secrets.token_hex(16),  # 32 hex digits, like a real app secret
            code=f"AQ{tag}Dx-c0de_{secrets.token_hex(6)}",  # the shape of an authorization code
            refresh_token=f"r3fr3sh\\{tag}'q\"z/+=",  # backslash and both quotes: JSON and repr escape them
        )

    def named(self) -> dict[str, str]:
        return {
            "token": self.token,
            "app_secret": self.app_secret,
            "code": self.code,
            "refresh_token": self.refresh_token,
        }


def forms(secret: str) -> dict[str, str]:
    """The renderings a secret takes in URLs, form bodies, JSON, reprs and bytes reprs."""
    return {
        "raw": secret,
        "quote": quote(secret, safe=""),
        "quote-slash": quote(secret),  # quote's default keeps "/"
        "quote_plus": quote_plus(secret),
        "form": urlencode({"v": secret})[2:],
        "json": json.dumps(secret)[1:-1],
        "json-slash": json.dumps(secret)[1:-1].replace("/", "\\/"),  # Meta escapes "/" in JSON
        "repr": repr(secret)[1:-1],
        "bytes-repr": repr(secret.encode())[2:-1],
        "quote-lower": re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), quote(secret, safe="")),
        "double-quote": quote(quote(secret, safe=""), safe=""),
    }


FORM_NAMES = tuple(forms("x|y").keys())


def leaks(text: str, canaries: Canaries) -> list[tuple[str, str]]:
    """Every (secret, form) found in `text`."""
    return [
        (name, form)
        for name, secret in canaries.named().items()
        for form, value in forms(secret).items()
        if value in text
    ]


# --- the echo: a hostile server that repeats whatever secret it was sent


def received_secrets(query: dict[str, str], form: dict[str, str], authorization: str | None) -> list[str]:
    found = [d[k] for d in (query, form) for k in ("access_token", "client_secret", "code", "input_token") if k in d]
    if authorization:
        found.append(authorization.split(" ", 1)[-1])
    return found


def echo_text(values: list[str]) -> str:
    return " ".join(f"[{name}:{text}]" for value in values for name, text in forms(value).items())


def echo_headers(values: list[str]) -> list[tuple[str, str]]:
    # Header values must be latin-1 without line breaks: the encoded forms qualify, the rest too.
    return [(f"X-Echo-{i}-{name}", text) for i, value in enumerate(values) for name, text in forms(value).items()]


@dataclass
class Echo:
    """What to answer. `kind`: "graph" (400 Graph error), "html" (502 HTML page), "oauth" (the
    api.instagram.com envelope). `/refresh_access_token` answers 200 with `refresh_token`."""

    refresh_token: str
    kind: str = "graph"
    seen: list[str] = field(default_factory=list)

    def answer(
        self, method: str, url: str, body: bytes, authorization: str | None
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        parts = urlsplit(url)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        form = {k: v[0] for k, v in parse_qs(body.decode("latin-1")).items()} if body else {}
        values = received_secrets(query, form, authorization)
        self.seen += values
        if parts.path.endswith("/refresh_access_token"):
            payload = {"access_token": self.refresh_token, "token_type": "bearer", "expires_in": 5184000}
            return 200, [("Content-Type", "application/json")], json.dumps(payload).encode()
        text = echo_text(values)
        headers = echo_headers(values)
        if self.kind == "html":
            return (
                502,
                [*headers, ("Content-Type", "text/html")],
                f"<html><body>Bad gateway {text}</body></html>".encode(),
            )
        if self.kind == "oauth" or parts.path.startswith("/oauth/"):
            payload = {
                "error_type": "OAuthException",
                "code": 400,
                "error_message": f"No matching code found for {text}",
            }
        else:
            payload = {
                "error": {
                    "message": f"Invalid OAuth access token {text}",
                    "type": "OAuthException",
                    "code": 100,
                    "error_user_msg": text,
                    "fbtrace_id": "AbCdEf",
                }
            }
        return 400, [*headers, ("Content-Type", "application/json")], json.dumps(payload).encode()

    def handler(self) -> Callable[[httpx.Request], httpx.Response]:
        """The same answers as a MockTransport handler (no sockets, so no httpcore logs)."""

        def handle(request: httpx.Request) -> httpx.Response:
            status, headers, body = self.answer(
                request.method, str(request.url), request.read(), request.headers.get("authorization")
            )
            return httpx.Response(status, headers=headers, content=body)

        return handle


@contextmanager
def echo_server(echo: Echo) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 answering with `echo`; yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _any(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            status, headers, payload = echo.answer(self.command, self.path, body, self.headers.get("authorization"))
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_DELETE = _any

        def log_message(self, format: str, *args: Any) -> None:  # keep the test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
