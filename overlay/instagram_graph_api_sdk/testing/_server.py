"""FakeInstagram as a real HTTP server on 127.0.0.1 (a thread; HTTP/1.1 with keep-alive)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from ._faults import LostResponse
from ._http import FakeRequest, FakeResponse

Handler = Callable[[FakeRequest], FakeResponse]  # e.g. FakeInstagram.handle


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle's algorithm the body waits for the
    # client's delayed ACK (~40 ms on Linux) on every fresh connection.
    disable_nagle_algorithm = True
    server: _Server

    def _serve(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        host = (self.headers.get("host") or "127.0.0.1").split(":")[0]
        request = FakeRequest.build(self.command, host, parts.path, parts.query, dict(self.headers.items()), body)
        try:
            response = self.server.answer(request)
        except LostResponse:
            self.close_connection = True  # the work was done; the answer is never sent
            return
        content = response.content()
        self.send_response(response.status)
        self.send_header("content-type", response.content_type())
        self.send_header("content-length", str(len(content)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests and the demo read stdout
        return


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, answer: Handler, port: int) -> None:
        self.answer = answer
        super().__init__(("127.0.0.1", port), _Handler)


class FakeServer:
    """A running FakeInstagram server (from `FakeInstagram.serve()`): `url` is its origin (pass it
    as the client's base_url). `handler` answers each request; a `LostResponse` it raises drops the
    connection without an answer."""

    def __init__(self, handler: Handler, port: int = 0) -> None:
        self._server = _Server(handler, port)
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-instagram", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop serving and release the port (idempotent)."""
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join(timeout=5)
        self._server.server_close()

    def __enter__(self) -> FakeServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
