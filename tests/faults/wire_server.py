"""A scripted raw-socket HTTP/1.1 server on 127.0.0.1 for the fast lane's tests (test_wire.py).

Unlike FaultServer (one request per connection), each accepted connection is handed to a
`handler(peer)` that reads requests and writes byte-exact answers as it likes: keep-alive answers,
several answers at once, interim answers, endless bodies, TLS. The server counts what a test
needs to see from the other side: connections accepted, request heads, connections open at once
(`peak`), and connections the client closed (`client_closes`). Every wait is bounded: the peer's
reads end at the client's close, a timeout or the server's stop.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Callable

Handler = Callable[["Peer"], None]
BODY = b'{"id": "17841400000000001", "username": "wire_tested"}'


def answer(body: bytes = BODY, status: int = 200, *headers: str) -> bytes:
    """A whole keep-alive answer framed by Content-Length."""
    extra = "".join(f"{header}\r\n" for header in headers)
    head = f"HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n{extra}\r\n"
    return head.encode() + body


class Peer:
    """One client connection, seen from the server."""

    def __init__(self, sock: socket.socket, server: WireServer) -> None:
        self.sock = sock
        self.server = server
        self.buffer = b""
        self.sent = 0
        self.eof = False  # the client closed its side
        self.closed = False  # the server closed it
        sock.settimeout(0.05)

    def _recv(self) -> bytes | None:
        """Some bytes; b"" when nothing arrived yet; None at the client's close."""
        try:
            data = self.sock.recv(65536)
        except TimeoutError:
            return b""
        except OSError:
            data = b""
        if not data:
            self.eof = True
            return None
        return data

    def request(self, timeout: float = 5.0) -> bytes | None:
        """The next request's head (bodiless requests only); None at the client's close, the
        timeout or the server's stop."""
        give_up = time.monotonic() + timeout
        while b"\r\n\r\n" not in self.buffer:
            if self.server.stopping.is_set() or time.monotonic() > give_up:
                return None
            data = self._recv()
            if data is None:
                return None
            self.buffer += data
        head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
        with self.server.lock:
            self.server.heads.append(head)
        return head

    def send(self, data: bytes) -> bool:
        """Send `data` whole; False once the client is gone or the server stops."""
        view = memoryview(data)
        while view:
            if self.server.stopping.is_set():
                return False
            try:
                sent = self.sock.send(view)
            except TimeoutError:  # the client is not reading (its buffers are full): wait
                continue
            except OSError:
                return False
            self.sent += sent
            view = view[sent:]
        return True

    def wait_eof(self, timeout: float) -> bool:
        """Whether the client closes the connection within `timeout` (bytes it sends are dropped)."""
        give_up = time.monotonic() + timeout
        while not self.eof and time.monotonic() < give_up and not self.server.stopping.is_set():
            self._recv()
        return self.eof

    def close(self) -> None:
        self.closed = True
        self.sock.close()


def keep_alive(*answers: bytes) -> Handler:
    """Answers every request on the connection with the next of `answers` (the last one repeats)."""

    def handle(peer: Peer) -> None:
        count = 0
        while peer.request() is not None:
            if not peer.send(answers[min(count, len(answers) - 1)]):
                return
            count += 1

    return handle


class WireServer:
    def __init__(self, handler: Handler | None = None, *, tls: ssl.SSLContext | None = None) -> None:
        self.handler = handler or keep_alive(answer())
        self.tls = tls
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.accepts = 0
        self.heads: list[bytes] = []
        self.live = 0  # connections neither side has closed yet
        self.peak = 0
        self.client_closes = 0
        self.tls_failures = 0
        self.peers: list[Peer] = []
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.05)
        port = self._sock.getsockname()[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{port}"
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._serve, daemon=True)
        self._accept.start()

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                sock, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # pieces go out as sent
            with self.lock:
                self.accepts += 1
                self.live += 1
                self.peak = max(self.peak, self.live)
            thread = threading.Thread(target=self._handle, args=(sock,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _handle(self, sock: socket.socket) -> None:
        peer = None
        try:
            if self.tls is not None:
                sock.settimeout(2.0)
                try:
                    sock = self.tls.wrap_socket(sock, server_side=True)
                except (OSError, ssl.SSLError):
                    with self.lock:
                        self.tls_failures += 1
                    sock.close()
                    return
            peer = Peer(sock, self)
            with self.lock:
                self.peers.append(peer)
            self.handler(peer)
            if not peer.closed:
                peer.wait_eof(timeout=3600)  # until the client closes it or the server stops
        except OSError:
            pass
        finally:
            with self.lock:
                self.live -= 1
                if peer is not None and peer.eof:
                    self.client_closes += 1
            sock.close()

    def wait(self, condition: Callable[[], bool], timeout: float = 5.0) -> bool:
        """Whether `condition()` (read under the server's lock) becomes true within `timeout`."""
        give_up = time.monotonic() + timeout
        while True:
            with self.lock:
                if condition():
                    return True
            if time.monotonic() > give_up:
                return False
            time.sleep(0.01)

    def stop(self) -> None:
        self.stopping.set()
        self._sock.close()
        self._accept.join(timeout=5)
        for thread in self._threads:
            thread.join(timeout=5)
