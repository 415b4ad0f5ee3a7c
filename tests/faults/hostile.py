"""Hostile responses for FaultServer: each is a callable (socket, stop event), bounded in time
(every loop also ends when the server stops) and in count. Each says `connection: close` (the
server serves one request per connection), so no client reuses a connection the server closed."""

from __future__ import annotations

import gzip
import json
import socket
import threading
import zlib
from collections.abc import Callable

from fault_server import BODY

Behaviour = Callable[[socket.socket, threading.Event], None]


def _send(conn: socket.socket, data: bytes) -> bool:
    try:
        conn.sendall(data)
        return True
    except OSError:  # the client hung up: stop
        return False


def header_drip(interval: float = 0.2, count: int = 60) -> Behaviour:
    """A status line, then one byte of a (long) header every `interval` seconds."""

    def respond(conn: socket.socket, stop: threading.Event) -> None:
        if not _send(conn, b"HTTP/1.1 200 OK\r\nconnection: close\r\nx-drip: "):
            return
        for _ in range(count):
            if stop.wait(interval) or not _send(conn, b"a"):
                return
        _send(conn, b"\r\ncontent-length: %d\r\n\r\n" % len(BODY) + BODY)

    return respond


def body_drip(interval: float = 0.2, count: int = 60) -> Behaviour:
    """Headers at once, then one body byte every `interval` seconds (each read succeeds)."""

    def respond(conn: socket.socket, stop: threading.Event) -> None:
        if not _send(conn, b"HTTP/1.1 200 OK\r\nconnection: close\r\ncontent-length: %d\r\n\r\n" % (count + 2) + b"{"):
            return
        for _ in range(count):
            if stop.wait(interval) or not _send(conn, b" "):
                return
        _send(conn, b"}")

    return respond


def large(size: int, declare: bool = True, chunk: int = 1 << 20) -> Behaviour:
    """`size` bytes of body, as fast as the client reads: with content-length, or chunked."""

    def respond(conn: socket.socket, stop: threading.Event) -> None:
        framing = b"content-length: %d" % size if declare else b"transfer-encoding: chunked"
        if not _send(
            conn, b"HTTP/1.1 200 OK\r\nconnection: close\r\ncontent-type: application/json\r\n" + framing + b"\r\n\r\n"
        ):
            return
        block = b" " * chunk
        sent = 0
        while sent < size and not stop.is_set():
            piece = block[: min(chunk, size - sent)]
            if not _send(conn, piece if declare else b"%x\r\n%s\r\n" % (len(piece), piece)):
                return
            sent += len(piece)
        if not declare:
            _send(conn, b"0\r\n\r\n")

    return respond


def encoded(body: bytes, status: int = 200, encoding: str = "gzip", **headers: str) -> Behaviour:
    """`body` compressed with `encoding` (gzip or deflate) and labelled so."""
    data = gzip.compress(body, 9) if encoding == "gzip" else zlib.compress(body, 9)
    extra = "".join(f"{name.replace('_', '-')}: {value}\r\n" for name, value in headers.items())
    head = (
        f"HTTP/1.1 {status} X\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-encoding: {encoding}\r\n"
        f"content-length: {len(data)}\r\n{extra}\r\n"
    ).encode()

    def respond(conn: socket.socket, stop: threading.Event) -> None:
        _send(conn, head + data)

    return respond


def gzip_bomb(inflated: int) -> Behaviour:
    """A small gzip body that inflates to `inflated` bytes of spaces (300 MB from about 300 KB)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b" " * (1 << 20)
    parts = [compressor.compress(block) for _ in range(inflated // len(block))]
    data = b"".join(parts) + compressor.flush()
    return encoded_raw(data, "gzip")


def encoded_raw(data: bytes, encoding: str) -> Behaviour:
    head = (
        f"HTTP/1.1 200 OK\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-encoding: {encoding}\r\n"
        f"content-length: {len(data)}\r\n\r\n"
    ).encode()

    def respond(conn: socket.socket, stop: threading.Event) -> None:
        _send(conn, head + data)

    return respond


def graph_error(code: int, *, is_transient: bool | None = None, status: int = 400) -> bytes:
    error: dict[str, object] = {"message": "hostile", "type": "OAuthException", "code": code, "fbtrace_id": "T"}
    if is_transient is not None:
        error["is_transient"] = is_transient
    return json.dumps({"error": error}).encode()
