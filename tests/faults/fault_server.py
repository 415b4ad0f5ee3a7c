"""A small fault-injecting HTTP server on 127.0.0.1 (raw sockets, so it can misbehave).

Each accepted connection serves one request with the next scripted behaviour:
  ok        200 with a JSON body
  status:N  an empty-bodied HTTP N (e.g. status:503)
  reset     read the request, then reset the connection (RST)
  stall     read the request, then say nothing (until the client gives up or the server stops)
  truncate  promise 200 bytes, send 20, close
  drip      promise 1000 bytes, send one every 50 ms
  html:N    an HTML error page with status N
  a callable  called with (socket, stop event) to write any response (tests/faults/hostile.py)
Every behaviour is bounded: stalls and drips end when the server stops, at the latest.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable

Behaviour = str | Callable[[socket.socket, threading.Event], None]
BODY = json.dumps({"id": "17841400000000001", "username": "fault_tolerant"}).encode()


class FaultServer:
    def __init__(self, *behaviours: Behaviour, default: Behaviour = "ok") -> None:
        self.script: deque[Behaviour] = deque(behaviours)
        self.default = default
        self.requests = 0
        self.heads: list[bytes] = []  # each request's head (request line and headers)
        self.open = 0  # client connections not yet closed
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._sock.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._serve, daemon=True)
        self._accept.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.open += 1
            thread = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _next(self) -> Behaviour:
        with self._lock:
            self.requests += 1
            return self.script.popleft() if self.script else self.default

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(0.2)
        try:
            data = b""
            while b"\r\n\r\n" not in data and not self._stop.is_set():
                try:
                    chunk = conn.recv(65536)
                except TimeoutError:
                    continue
                if not chunk:
                    return
                data += chunk
            head, _, rest = data.partition(b"\r\n\r\n")
            with self._lock:
                self.heads.append(head)
            length = next(
                (
                    int(line.split(b":")[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length:")
                ),
                0,
            )
            while len(rest) < length and not self._stop.is_set():
                rest += conn.recv(65536)
            self._respond(conn, self._next())
        except OSError:
            pass
        finally:
            conn.close()
            with self._lock:
                self.open -= 1

    def _respond(self, conn: socket.socket, behaviour: Behaviour) -> None:
        if callable(behaviour):
            behaviour(conn, self._stop)
            return

        def head(status: int, length: int, kind: str = "application/json") -> bytes:
            return (
                f"HTTP/1.1 {status} X\r\ncontent-type: {kind}\r\ncontent-length: {length}\r\nconnection: close\r\n\r\n"
            ).encode()

        if behaviour == "ok":
            conn.sendall(head(200, len(BODY)) + BODY)
        elif behaviour.startswith("status:"):
            conn.sendall(head(int(behaviour[7:]), 0))
        elif behaviour.startswith("html:"):
            page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
            conn.sendall(head(int(behaviour[5:]), len(page), "text/html") + page)
        elif behaviour == "reset":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        elif behaviour == "stall":
            while not self._stop.is_set():  # until the client hangs up or the server stops
                try:
                    if conn.recv(1) == b"":
                        return
                except TimeoutError:
                    continue
        elif behaviour == "truncate":
            conn.sendall(head(200, 200) + BODY[:20])
        elif behaviour == "drip":
            conn.sendall(head(200, 1000))
            for _ in range(1000):
                if self._stop.wait(0.05):
                    return
                conn.sendall(b" ")

    def wait_closed(self, timeout: float = 5.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if self.open == 0:
                    return True
            time.sleep(0.02)
        return False

    def stop(self) -> None:
        self._stop.set()
        self._sock.close()
        self._accept.join(timeout=5)
        for thread in self._threads:
            thread.join(timeout=5)
