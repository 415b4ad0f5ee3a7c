"""FakeInstagram as a real HTTP server on 127.0.0.1 (a thread; HTTP/1.1 with keep-alive)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ._http import FakeRequest

if TYPE_CHECKING:
    from .fake import FakeInstagram


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle's algorithm the body waits for the
    # client's delayed ACK (~40 ms on Linux) on every fresh connection.
    disable_nagle_algorithm = True
    server: _Server

    def _serve(self) -> None:
        from ._routing import LostResponse

        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        host = (self.headers.get("host") or "127.0.0.1").split(":")[0]
        request = FakeRequest.build(self.command, host, parts.path, parts.query, dict(self.headers.items()), body)
        try:
            response = self.server.fake.handle(request)
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

    def __init__(self, fake: FakeInstagram, port: int) -> None:
        self.fake = fake
        super().__init__(("127.0.0.1", port), _Handler)


class FakeServer:
    """A running FakeInstagram server: `url` is its origin (pass it as the client's base_url)."""

    def __init__(self, fake: FakeInstagram, port: int = 0) -> None:
        self._server = _Server(fake, port)
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
