"""A fast canned-response HTTP/1.1 server on 127.0.0.1 for scripts/bench.py.

It runs in its own process (so it does not share the benchmark's GIL), keeps connections alive,
and answers from bytes prepared at start-up, so the time a benchmark measures is the client's.

Every answer carries an X-App-Usage header whose value changes on each response.

    GET /v25.0/me?...                     -> an Instagram user (Meta's documented example shape)
    GET /v25.0/me/media?...[&after=N]     -> a page of PAGE_SIZE media, TOTAL_MEDIA in all, with
                                             cursor paging like Meta's (paging.next carries a fake token)

Usage: python scripts/bench_server.py   (prints "port N" once listening; stops on stdin EOF)
"""

from __future__ import annotations

import asyncio
import json
import sys
from urllib.parse import parse_qs, urlsplit

PAGE_SIZE = 100
TOTAL_MEDIA = 10_000

USER = {
    "id": "17841400000000001",
    "user_id": "17841400000000001",
    "username": "bench_account",
    "name": "Bench Account",
    "account_type": "BUSINESS",
    "profile_picture_url": "https://scontent.example.invalid/p.jpg",
    "followers_count": 1234,
    "follows_count": 56,
    "media_count": TOTAL_MEDIA,
}


def _response(payload: object) -> tuple[bytes, bytes]:
    """The head (without the usage header, which changes per response) and the body."""
    body = json.dumps(payload, separators=(",", ":")).encode()
    head = (
        "HTTP/1.1 200 OK\r\n"
        "Content-Type: application/json; charset=UTF-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        "x-fb-trace-id: BenchTrace01\r\n"
        "Connection: keep-alive\r\n"
    )
    return head.encode(), body


_calls = 0


def _usage() -> bytes:
    """X-App-Usage with a value that changes on every response: the worst case for a client that
    caches parsed usage headers (real ones change in whole percents, far less often). It stays
    under 50 %, well below where a client should start slowing down."""
    global _calls
    _calls += 1
    percent = _calls % 50
    return f'X-App-Usage: {{"call_count":{percent},"total_cputime":1,"total_time":1}}\r\n\r\n'.encode()


def stamp(index: int, step_seconds: int) -> str:
    """A distinct Meta-style timestamp for item `index` of a feed (newest first, `step_seconds` apart)."""
    import datetime

    newest = datetime.datetime(2025, 3, 2, 8, 15, tzinfo=datetime.UTC)
    return (newest - datetime.timedelta(seconds=index * step_seconds)).strftime("%Y-%m-%dT%H:%M:%S+0000")


def _media_page(start: int) -> tuple[bytes, bytes]:
    end = min(start + PAGE_SIZE, TOTAL_MEDIA)
    data = [
        {
            "id": str(18000000000000000 + i),
            "caption": f"Post number {i} #bench",
            "media_type": "IMAGE",
            "media_url": f"https://scontent.example.invalid/{i}.jpg",
            "permalink": f"https://www.instagram.com/p/BENCH{i}/",
            "timestamp": stamp(i, 11_777),  # every post its own time, as on a real feed
        }
        for i in range(start, end)
    ]
    paging: dict[str, object] = {"cursors": {"before": f"c{start}", "after": f"c{end}"}}
    if end < TOTAL_MEDIA:
        paging["next"] = f"https://graph.instagram.com/v25.0/me/media?access_token=FAKE-BENCH&after=c{end}"
    return _response({"data": data, "paging": paging})


PROFILE = _response(USER)
PAGES = {f"c{start}": _media_page(start) for start in range(0, TOTAL_MEDIA, PAGE_SIZE)}
NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"


def answer(target: str) -> bytes:
    url = urlsplit(target)
    if url.path.endswith("/me/media"):
        page = PAGES.get(parse_qs(url.query).get("after", ["c0"])[0])
    elif url.path.endswith("/me"):
        page = PROFILE
    else:
        return NOT_FOUND
    if page is None:
        return NOT_FOUND
    head, body = page
    return head + _usage() + body


class Handler(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head, self.buffer = self.buffer[:end], self.buffer[end + 4 :]
            lines = head.split(b"\r\n")
            length = 0
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            self.buffer = self.buffer[length:]  # bodies are not used (the bench sends GETs)
            parts = lines[0].split(b" ")
            self.transport.write(answer(parts[1].decode() if len(parts) > 1 else "/"))


async def main() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(f"port {port}", flush=True)
    # Stop when the parent closes our stdin (it exits or is killed): no orphaned servers.
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


if __name__ == "__main__":
    asyncio.run(main())
