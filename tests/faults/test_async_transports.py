"""The async client behaves the same on httpx's transport and on AiohttpTransport: every fault of
test_faults.py ends in success or the same typed error within the deadline, nothing is left open,
and the body reaches the SDK still encoded (aiohttp does not decompress it)."""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers import TokenIn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fault_server import FaultServer
from test_faults import CASES, DEADLINE, SLACK

import instagram_graph_api_sdk as sdk
from instagram_graph_api_client.models import User

TRANSPORTS: dict[str, Callable[[], httpx.AsyncBaseTransport | None]] = {
    "httpx": lambda: None,
    "aiohttp": lambda: sdk.AiohttpTransport(),
}
RETRY = sdk.RetryConfig(max_retries=2, deadline=DEADLINE, backoff_base=0.01, backoff_max=0.05)


@pytest.mark.fault
@pytest.mark.parametrize("transport", list(TRANSPORTS))
@pytest.mark.parametrize(("name", "script", "method", "expected"), CASES, ids=[c[0] for c in CASES])
async def test_fault_on_each_async_transport(
    transport: str, name: str, script: tuple[str, ...], method: str, expected: type[BaseException] | None
) -> None:
    server = FaultServer(*script)
    try:
        client = sdk.AsyncInstagramClient(
            "test-access-token-0001", base_url=server.url, retry=RETRY, timeout=1.0, transport=TRANSPORTS[transport]()
        )
        call = client.users.get_profile if method == "get" else lambda: client.media.create_comment("1", "hi")
        started = time.monotonic()
        if expected is None:
            profile = await call()
            assert isinstance(profile, User)
            assert profile.username == "fault_tolerant"
        else:
            with pytest.raises(expected):
                await call()
        elapsed = time.monotonic() - started
        assert elapsed < DEADLINE + SLACK, f"{name} on {transport} took {elapsed:.1f} s"
        if method == "post":
            assert server.requests == 1  # a POST that may have reached the server is never resent
        await client.close()
        assert server.wait_closed(), f"{name} on {transport}: {server.open} connection(s) left open"
    finally:
        server.stop()


class GzipServer:
    """Answers every request with a gzip-encoded JSON body (and counts the requests)."""

    def __init__(self, body: bytes, status: int = 200) -> None:
        self.payload = gzip.compress(body)
        self.status = status
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.stop_flag = threading.Event()
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        while not self.stop_flag.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            with conn:
                conn.settimeout(2)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                head = (
                    f"HTTP/1.1 {self.status} X\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\n"
                    f"content-length: {len(self.payload)}\r\nconnection: close\r\n\r\n"
                )
                conn.sendall(head.encode() + self.payload)

    def stop(self) -> None:
        self.stop_flag.set()
        self.sock.close()
        self.thread.join(timeout=5)


@pytest.fixture
def gzip_server() -> Iterator[GzipServer]:
    server = GzipServer(json.dumps({"id": "1", "username": "zipped"}).encode())
    yield server
    server.stop()


async def test_aiohttp_hands_the_body_over_still_encoded(gzip_server: GzipServer) -> None:
    transport = sdk.AiohttpTransport()
    request = httpx.Request("GET", gzip_server.url + "/v25.0/me", extensions={"timeout": {"connect": 2, "read": 2}})
    response = await transport.handle_async_request(request)
    assert isinstance(response.stream, httpx.AsyncByteStream)
    raw = b"".join([chunk async for chunk in response.stream])
    assert raw == gzip_server.payload  # not decompressed by aiohttp
    await response.aclose()
    await transport.aclose()


@pytest.mark.parametrize("transport", list(TRANSPORTS))
async def test_a_gzipped_answer_parses_on_each_transport(transport: str, gzip_server: GzipServer) -> None:
    async with sdk.AsyncInstagramClient(
        "test-access-token-0001", base_url=gzip_server.url, transport=TRANSPORTS[transport]()
    ) as client:
        assert (await client.users.get_profile()).username == "zipped"


async def test_the_query_token_is_sent_exactly_as_httpx_encodes_it() -> None:
    """aiohttp must not re-quote the URL: the token (with | / + =) arrives byte for byte."""
    seen: list[bytes] = []
    canary = "c4n4ry|tok/en+x=y"

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        seen.append(await reader.readuntil(b"\r\n\r\n"))
        body = b'{"id": "1"}'
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body))
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        for kind in TRANSPORTS:
            async with sdk.AsyncInstagramClient(
                canary, base_url=f"http://127.0.0.1:{port}", token_in="query", transport=TRANSPORTS[kind]()
            ) as client:
                await client.users.get_profile(fields="id")
    finally:
        server.close()
        await server.wait_closed()
    first_lines = [head.split(b"\r\n", 1)[0] for head in seen]
    assert len(first_lines) == 2
    assert first_lines[0] == first_lines[1]
    assert b"access_token=c4n4ry%7Ctok%2Fen%2Bx%3Dy" in first_lines[0]
    # The same headers on both (aiohttp adds none of its own: no `br` the SDK could not decode).
    headers = [
        sorted(line.lower() for line in head.split(b"\r\n")[1:] if line and not line.lower().startswith(b"host"))
        for head in seen
    ]
    assert headers[0] == headers[1]
    assert b"accept-encoding: gzip, deflate" in headers[1]


async def test_a_refused_connection_is_a_connection_error_on_aiohttp() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    async with sdk.AsyncInstagramClient(
        "test-access-token-0001",
        base_url=f"http://127.0.0.1:{port}",
        transport=sdk.AiohttpTransport(),
        retry=sdk.RetryConfig(max_retries=1, backoff_base=0.01, backoff_max=0.02),
    ) as client:
        with pytest.raises(sdk.APIConnectionError) as caught:
            await client.users.get_profile()
    assert "test-access-token" not in str(caught.value)


async def test_a_closed_aiohttp_transport_refuses_new_requests() -> None:
    transport = sdk.AiohttpTransport()
    await transport.aclose()
    with pytest.raises(httpx.UnsupportedProtocol, match="closed"):
        await transport.handle_async_request(httpx.Request("GET", "http://127.0.0.1:9/"))


def test_without_aiohttp_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "aiohttp", None)  # as if it were not installed
    with pytest.raises(sdk.ConfigurationError, match=r"pip install 'instagram-graph-api-sdk\[aiohttp\]'"):
        sdk.AiohttpTransport()


def test_importing_the_sdk_does_not_import_aiohttp() -> None:
    code = "import sys, instagram_graph_api_sdk as s; s.AiohttpTransport; print('aiohttp' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def canary_run(transport: str, token_in: TokenIn) -> tuple[list[BaseException], list[Any]]:
    """Success, retries, pagination and errors against the fake on loopback (async)."""
    from instagram_graph_api_sdk.testing import FakeInstagram

    canary = "c4n4ry|tok/en+x=y" + transport + token_in
    fake = FakeInstagram(video_processing=0.0)
    fake.issue_token(value=canary)
    errors: list[BaseException] = []
    objects: list[Any] = []

    async def run(url: str) -> None:
        retry = sdk.RetryConfig(max_retries=2, backoff_base=0.001, throttle_base=0.001)
        async with sdk.AsyncInstagramClient(
            canary, base_url=url, token_in=token_in, retry=retry, transport=TRANSPORTS[transport]()
        ) as client:
            objects.append(await client.users.get_profile())
            fake.faults.transient(times=1)
            objects.append(await client.users.get_profile())
            objects.append(await client.users.get_media(limit=7))  # paging.next carries the canary
            fake.faults.html_error(times=3)
            with pytest.raises(sdk.NonJSONResponseError) as html:
                await client.users.get_profile()
            errors.append(html.value)
            fake.faults.lose_response(times=3)
            with pytest.raises(sdk.APIConnectionError) as lost:
                await client.users.get_profile()
            errors.append(lost.value)
            objects.append(client)

    with fake.serve() as server:
        asyncio.run(run(server.url))
    return errors, objects


@pytest.mark.parametrize("token_in", ["header", "query"])
@pytest.mark.parametrize("transport", list(TRANSPORTS))
def test_the_canary_never_leaks_on_either_async_transport(
    transport: str, token_in: TokenIn, caplog: pytest.LogCaptureFixture
) -> None:
    import logging
    import traceback
    from urllib.parse import quote

    caplog.set_level(logging.DEBUG)
    errors, objects = canary_run(transport, token_in)
    canary = "c4n4ry|tok/en+x=y" + transport + token_in
    said = [caplog.text, *(str(e) for e in errors), *(repr(e) for e in errors)]
    said += ["".join(traceback.format_exception(e)) for e in errors] + [repr(o) for o in objects]
    text = "\n".join(said)
    assert "Retrying" in text  # the retry was logged
    for form in (canary, quote(canary, safe=""), json.dumps(canary)[1:-1], repr(canary)[1:-1]):
        assert form not in text, form


def count_calls(monkeypatch: pytest.MonkeyPatch, cls: type, name: str) -> list[str]:
    """Count the calls of an async method of `cls` (a list that grows by one per call)."""
    calls: list[str] = []
    original = getattr(cls, name)

    async def counted(self: Any, request: httpx.Request, *args: Any) -> Any:
        calls.append(request.method)
        return await original(self, request, *args)

    monkeypatch.setattr(cls, name, counted)
    return calls


async def test_bodiless_calls_take_the_fast_lane_and_bodies_the_httpx_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """On an AiohttpTransport, GET and DELETE go straight through aiohttp (no httpx.Response);
    a request with a body goes through the transport's httpx interface, as on any transport."""
    from instagram_graph_api_sdk.testing import FakeInstagram

    lane = count_calls(monkeypatch, sdk.AiohttpTransport, "attempt")
    httpx_side = count_calls(monkeypatch, sdk.AiohttpTransport, "handle_async_request")
    fake = FakeInstagram(video_processing=0.0)
    media_id = fake.media_ids()[0]
    with fake.serve() as server:
        async with sdk.AsyncInstagramClient(
            fake.access_token, base_url=server.url, transport=sdk.AiohttpTransport()
        ) as client:
            assert (await client.users.get_profile()).username
            comment = await client.media.create_comment(media_id, "hi")  # POST with a body
            assert (await client.comments.delete(comment.id)).success
    assert lane == ["GET", "DELETE"]
    assert httpx_side == ["POST"]


async def test_a_subclass_of_aiohttp_transport_keeps_the_httpx_interface(monkeypatch: pytest.MonkeyPatch) -> None:
    """A subclass may change what is sent (its own handle_async_request): no fast lane for it."""
    from instagram_graph_api_sdk.testing import FakeInstagram

    tagged: list[str] = []

    class Tagging(sdk.AiohttpTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            tagged.append(request.method)
            return await super().handle_async_request(request)

    lane = count_calls(monkeypatch, sdk.AiohttpTransport, "attempt")
    fake = FakeInstagram()
    with fake.serve() as server:
        async with sdk.AsyncInstagramClient(fake.access_token, base_url=server.url, transport=Tagging()) as client:
            assert (await client.users.get_profile()).username
    assert lane == []
    assert tagged == ["GET"]


async def test_a_subclass_of_the_retrying_transport_keeps_the_httpx_interface(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A user's AsyncRetryTransport subclass (tracing, say) sees every request, GET included."""
    from instagram_graph_api_sdk._transport import AsyncRetryTransport
    from instagram_graph_api_sdk.testing import FakeInstagram

    traced: list[str] = []

    class Tracing(AsyncRetryTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            traced.append(request.method)
            return await super().handle_async_request(request)

    lane = count_calls(monkeypatch, sdk.AiohttpTransport, "attempt")
    fake = FakeInstagram()
    with fake.serve() as server:
        transport = Tracing(sdk.AiohttpTransport())
        async with sdk.AsyncInstagramClient(fake.access_token, base_url=server.url, transport=transport) as client:
            assert (await client.users.get_profile()).username
    assert lane == []
    assert traced == ["GET"]
