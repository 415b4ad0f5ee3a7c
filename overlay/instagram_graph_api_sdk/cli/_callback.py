"""The loopback end of `instagram-graph login`: one HTTP server on 127.0.0.1 that waits for
Instagram's redirect back to the redirect URI and hands over the URL it carried.

It listens on the redirect URI's port only, answers only its path (a browser's favicon request
gets a 404), answers every request with a short page, and gives up after `timeout` seconds.
"""

from __future__ import annotations

import queue
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from ._errors import CLIError, ExitCode

_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>instagram-graph login</title></head>"
    "<body><h1>{title}</h1><p>{text}</p></body></html>"
)


def loopback_target(redirect_uri: str) -> tuple[int, str]:
    """The port and path the CLI listens on for `redirect_uri` (http://127.0.0.1:PORT/PATH only)."""
    parts = urlsplit(redirect_uri)
    try:
        port = parts.port
    except ValueError:
        port = None
    if parts.scheme != "http" or parts.hostname not in ("127.0.0.1", "localhost") or not port:
        raise CLIError(
            f"--redirect-uri must be http://127.0.0.1:PORT/PATH (a loopback address with a port) so the CLI can "
            f"catch the redirect, got {redirect_uri!r}",
            ExitCode.USAGE,
        )
    if parts.query or parts.fragment:
        raise CLIError("--redirect-uri must not carry a query or a fragment (Instagram rejects them)", ExitCode.USAGE)
    return port, parts.path or "/"


class _Handler(BaseHTTPRequestHandler):
    server: CallbackServer

    def do_GET(self) -> None:
        if urlsplit(self.path).path != self.server.path:
            self._answer(404, "Not found", "This is instagram-graph's login callback; nothing here.")
            return
        self._answer(200, "Instagram login received", "You can close this window and return to the terminal.")
        self.server.received.put(self.path)

    def _answer(self, status: int, title: str, text: str) -> None:
        body = _PAGE.format(title=title, text=text).encode()
        self.send_response(status)
        self.send_header("content-type", "text/html; charset=utf-8")
        self.send_header("content-length", str(len(body)))
        self.send_header("cache-control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # the request line carries the code
        return


class CallbackServer(ThreadingHTTPServer):
    """Listens on 127.0.0.1:`port`; `wait()` returns the first request to `path` (a full URL)."""

    daemon_threads = True

    def __init__(self, redirect_uri: str) -> None:
        port, self.path = loopback_target(redirect_uri)
        self.redirect_uri = redirect_uri
        self.received: queue.Queue[str] = queue.Queue()
        try:
            super().__init__(("127.0.0.1", port), _Handler)
        except OSError as error:
            raise CLIError(
                f"cannot listen on 127.0.0.1:{port} for the login callback ({error.strerror or error}); "
                "free the port or pass another --redirect-uri (registered in the App Dashboard)",
                ExitCode.USAGE,
            ) from None
        self._thread = threading.Thread(target=self.serve_forever, name="login-callback", daemon=True)
        self._thread.start()

    def wait(self, timeout: float) -> str:
        """The callback URL (scheme, host and path of the redirect URI, plus the query received)."""
        try:
            path = self.received.get(timeout=timeout)
        except queue.Empty:
            raise CLIError(
                f"no login callback arrived within {timeout:g} s; nothing was stored. Run `instagram-graph login` "
                "again (raise --timeout if the login takes longer)",
                ExitCode.AUTH_NEEDED,
                "LoginTimeout",
            ) from None
        origin = self.redirect_uri.split("/", 3)[:3]
        return "/".join(origin) + path

    def close(self) -> None:
        self.shutdown()
        self.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> CallbackServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
