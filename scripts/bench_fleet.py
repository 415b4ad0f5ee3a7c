"""The fleet part of scripts/bench.py: async throughput on both transports, typed page parsing
against json.loads, the memory of for_account() clients, and what sniffio gains.

Each function returns rows for bench.py's summary table: (what, baseline, target, measured, ok).
ok is None for a row that is reported without a target.
"""

from __future__ import annotations

import asyncio
import gc
import json
import math
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
TOKEN = "FAKE-BENCH-TOKEN-0000"
FIELDS = "id,username,account_type,media_count"
VERSION = "v25.0"
TARGETS = {"fleet_x_bare_httpx": 12.0, "parse": 2.0, "account_bytes": 2048}
Row = tuple[str, str, str, str, "bool | None"]

BARE_HTTPX, BARE_AIOHTTP = "bare httpx.AsyncClient", "bare aiohttp.ClientSession"
SDK_HTTPX, SDK_AIOHTTP = "AsyncInstagramClient (httpx)", "AsyncInstagramClient (AiohttpTransport)"


# --- async throughput at concurrency 1 and 32
def async_contenders(base: str) -> tuple[dict[str, Callable[[], Awaitable[Any]]], list[Callable[[], Awaitable[Any]]]]:
    """One call each (made inside the running loop): GET /me, parsed (dict for bare, model for the SDK)."""
    import aiohttp

    from instagram_graph_api_sdk import AiohttpTransport, AsyncInstagramClient

    url = f"{base}/{VERSION}/me"
    params = {"fields": FIELDS}
    headers = {"Authorization": "Bearer " + TOKEN}
    bare = httpx.AsyncClient()
    session = aiohttp.ClientSession()
    sdk_httpx = AsyncInstagramClient(TOKEN, base_url=base, api_version=VERSION)
    sdk_aiohttp = AsyncInstagramClient(TOKEN, base_url=base, api_version=VERSION, transport=AiohttpTransport())

    async def bare_httpx() -> Any:
        return json.loads((await bare.get(url, params=params, headers=headers)).content)

    async def bare_aiohttp() -> Any:
        async with session.get(url, params=params, headers=headers) as response:
            return json.loads(await response.read())

    async def on_httpx() -> Any:
        return await sdk_httpx.users.get_profile(fields=FIELDS)

    async def on_aiohttp() -> Any:
        return await sdk_aiohttp.users.get_profile(fields=FIELDS)

    contenders: dict[str, Callable[[], Awaitable[Any]]] = {
        BARE_HTTPX: bare_httpx,
        BARE_AIOHTTP: bare_aiohttp,
        SDK_HTTPX: on_httpx,
        SDK_AIOHTTP: on_aiohttp,
    }
    return contenders, [bare.aclose, session.close, sdk_httpx.close, sdk_aiohttp.close]


async def run_concurrently(call: Callable[[], Awaitable[Any]], total: int, concurrency: int) -> tuple[float, float]:
    """Requests per second (wall clock) and CPU microseconds per request (this process only)."""

    async def worker(count: int) -> None:
        for _ in range(count):
            await call()

    start, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(worker(total // concurrency) for _ in range(concurrency)))
    done = (total // concurrency) * concurrency
    return done / (time.perf_counter() - start), (time.process_time() - cpu) / done * 1e6


async def throughput(base: str, concurrency: int, total: int, rounds: int) -> dict[str, list[tuple[float, float]]]:
    contenders, closers = async_contenders(base)
    try:
        for call in contenders.values():  # warm up: connections, imports, caches
            await run_concurrently(call, max(concurrency * 4, 64), concurrency)
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in contenders}
        order = list(contenders)
        for _ in range(rounds):
            random.shuffle(order)
            for name in order:
                samples[name].append(await run_concurrently(contenders[name], total, concurrency))
        return samples
    finally:
        for close in closers:
            await close()


def async_rows(base: str, quick: bool) -> list[Row]:
    rows: list[Row] = []
    for concurrency in (1, 32):
        total = (64 if quick else 400) if concurrency == 1 else (128 if quick else 1600)
        rounds = 1 if quick else 5
        samples = asyncio.run(throughput(base, concurrency, total, rounds))
        print(f"\nasync throughput, concurrency {concurrency} ({rounds} rounds x {total} requests, interleaved)")
        print(f"  {'':<42} {'req/s (median)':>14} {'CPU us/req (best)':>18}  x bare httpx (median of rounds)")
        base_rps = [s[0] for s in samples[BARE_HTTPX]]
        ratio = {n: statistics.median(s[0] / b for s, b in zip(v, base_rps, strict=True)) for n, v in samples.items()}
        for name, values in samples.items():
            rps = statistics.median(v[0] for v in values)
            cpu = min(v[1] for v in values)
            print(f"  {name:<42} {rps:14,.0f} {cpu:18,.0f}  {ratio[name]:6.2f}x")
        fleet = ratio[SDK_AIOHTTP]
        to_aiohttp = statistics.median(
            a[0] / s[0] for a, s in zip(samples[BARE_AIOHTTP], samples[SDK_AIOHTTP], strict=True)
        )
        if concurrency == 32:
            ok = fleet >= TARGETS["fleet_x_bare_httpx"]
            print(
                f"  -> AsyncInstagramClient on AiohttpTransport at c=32: {fleet:.2f}x bare httpx "
                f"(target >= {TARGETS['fleet_x_bare_httpx']:.0f}x) {'OK' if ok else 'MISSED'}; "
                f"bare aiohttp is {to_aiohttp:.2f}x it (moonshot <= 2x)"
            )
            rows.append(
                ("async c=32, SDK on AiohttpTransport", "bare httpx.AsyncClient, c=32", ">= 12x", f"{fleet:.2f}x", ok)
            )
            rows.append(
                (
                    "async c=32, bare aiohttp vs SDK on it",
                    "SDK on AiohttpTransport",
                    "<= 2x (moonshot)",
                    f"{to_aiohttp:.2f}x",
                    None,
                )
            )
            rows.append(
                ("async c=32, SDK on httpx", "bare httpx.AsyncClient, c=32", "-", f"{ratio[SDK_HTTPX]:.2f}x", None)
            )
        else:
            rows.append(
                ("async c=1, SDK on AiohttpTransport", "bare httpx.AsyncClient, c=1", "-", f"{fleet:.2f}x", None)
            )
            rows.append(
                ("async c=1, SDK on httpx", "bare httpx.AsyncClient, c=1", "-", f"{ratio[SDK_HTTPX]:.2f}x", None)
            )
    return rows


# --- typed parsing of 100-item pages against json.loads of the same bytes
def comments_page(page: int = 0) -> bytes:
    """Page `page` of a post's comments: 100 comments, each with its own time (no page repeats one)."""
    from bench_server import stamp

    data = [
        {
            "id": str(17850000000000000 + page * 100 + i),
            "text": f"Comment {i} 🔥",
            "timestamp": stamp(page * 100 + i, 397),  # every comment its own time
            "username": f"fan_{i}",
            "like_count": i % 7,
            "hidden": False,
            "from": {"id": str(17841400000001000 + i), "username": f"fan_{i}"},
            "media": {"id": "18000000000000000"},
        }
        for i in range(100)
    ]
    nxt = "https://graph.instagram.com/v25.0/1/comments?access_token=FAKE&after=QVFIUa"
    paging = {"cursors": {"before": "QVFIUb", "after": "QVFIUa"}, "next": nxt}
    return json.dumps({"data": data, "paging": paging}).encode()


def insights_page(account: int = 0) -> bytes:
    """One account's daily insights: 10 metrics over the same 10 days (as every account's are)."""
    metrics = ["reach", "views", "likes", "comments", "shares", "saved", "replies", "follows_and_unfollows"]
    data = [
        {
            "name": metrics[i % len(metrics)],
            "period": "day",
            "title": "Reach",
            "id": f"1784140/insights/m{i}/day",
            "description": "The number of unique accounts that have seen your content, at least once.",
            "values": [
                {"value": account + i * 10 + day, "end_time": f"2025-03-{day + 1:02d}T08:00:00+0000"}
                for day in range(10)
            ],
        }
        for i in range(10)
    ]  # 10 metrics x the same 10 days (Meta's daily series): 100 values, as a 100-item page
    return json.dumps(
        {"data": data, "paging": {"previous": "https://x.invalid/p", "next": "https://x.invalid/n"}}
    ).encode()


def parse_times(bodies: list[bytes], model: Any, repeats: int) -> tuple[float, float, float]:
    """(json.loads, the SDK's path, from_dict(json.loads)): microseconds per page, each the best of
    `repeats` interleaved CPU-time runs over all of `bodies` (different pages of one kind, so that
    no run sees a timestamp again that an earlier page of the same run had: the SDK remembers
    recent ones, and a feed does not repeat them). The SDK's path is `Model.from_json(body)`, what
    every generated `parse_response` calls for a response that is one model (types.parse_json:
    decode_json, then the typed parse of the decoded dict in place)."""
    contenders: list[Callable[[bytes], Any]] = [
        json.loads,
        model.from_json,
        lambda body: model.from_dict(json.loads(body)),
    ]
    best = [math.inf] * len(contenders)
    for _ in range(repeats):
        for i, call in enumerate(contenders):
            start = time.process_time()
            for body in bodies:
                call(body)
            best[i] = min(best[i], time.process_time() - start)
    loads, sdk, from_dict = (b / len(bodies) * 1e6 for b in best)
    return loads, sdk, from_dict


def parse_rows(quick: bool) -> list[Row]:
    from bench_server import PAGES

    from instagram_graph_api_client.models import CommentList, InsightsResponse, MediaList

    count = 20 if quick else 100  # pages of each kind
    pages: dict[str, tuple[list[bytes], Any]] = {
        "media": ([body for _, body in PAGES.values()][:count], MediaList),
        "comments": ([comments_page(n) for n in range(count)], CommentList),
        "insights": ([insights_page(n) for n in range(count)], InsightsResponse),
    }
    repeats = 2 if quick else 25
    print(
        f"\ntyped parsing of a 100-item page, from its bytes, vs json.loads of the same bytes "
        f"(best of {repeats} interleaved CPU-time runs over {count} different pages of each kind)"
    )
    rows: list[Row] = []
    for name, (bodies, model) in pages.items():
        for body in bodies[:3]:  # also builds the field tables
            if model.from_json(body) != model.from_dict(json.loads(body)):
                raise SystemExit(f"bench: the two parses of a {name} page differ")
        loads, sdk, from_dict = parse_times(bodies, model, repeats)
        ratio = sdk / loads
        ok = ratio <= TARGETS["parse"]
        print(
            f"  -> {name} page: {ratio:.2f}x json.loads ({sdk:.0f} us vs {loads:.0f} us, {len(bodies[0]):,} bytes) "
            f"(target <= {TARGETS['parse']:.0f}x) {'OK' if ok else 'MISSED'}; "
            f"from_dict(json.loads(body)) {from_dict / loads:.2f}x ({from_dict:.0f} us)"
        )
        rows.append(
            (f"parse a 100-item {name} page into models", "json.loads of the same bytes", "<= 2x", f"{ratio:.2f}x", ok)
        )
    return rows


# --- memory of for_account() clients, in a child process
def accounts_child(count: int) -> None:
    from instagram_graph_api_sdk import InstagramClient

    parent = InstagramClient(TOKEN, transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"id": "1"})))
    first = parent.for_account("warm-up-token")
    first.users.get_profile()  # the namespaces and generated modules exist before measuring
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    accounts = [parent.for_account(f"account-token-{i:06d}") for i in range(count)]
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print(json.dumps({"count": len(accounts), "bytes": after - before}))


def accounts_rows() -> list[Row]:
    command = [sys.executable, str(HERE / "bench.py"), "--accounts-child", "10000"]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result = json.loads(out)
    per = result["bytes"] / result["count"]
    ok = per <= TARGETS["account_bytes"]
    print("\nmemory of 10,000 for_account() clients (tracemalloc, one shared pool)")
    print(
        f"  -> for_account: {result['bytes'] / 2**20:.2f} MB for 10,000 ({per:,.0f} bytes each; "
        f"target <= {TARGETS['account_bytes']:,} bytes each) {'OK' if ok else 'MISSED'}"
    )
    measured = f"{result['bytes'] / 2**20:.2f} MB ({per:,.0f} B each)"
    return [("10,000 for_account() clients", "-", "<= 2 KB each", measured, ok)]


# --- what sniffio gains on the default async path (child processes with and without it)
def sniffio_child(base: str, total: int) -> None:
    from instagram_graph_api_sdk import AsyncInstagramClient

    async def run() -> dict[str, float]:
        bare = httpx.AsyncClient()
        client = AsyncInstagramClient(TOKEN, base_url=base, api_version=VERSION)
        url = f"{base}/{VERSION}/me"

        async def bare_call() -> Any:
            return (await bare.get(url, params={"fields": FIELDS})).content

        async def sdk_call() -> Any:
            return await client.users.get_profile(fields=FIELDS)

        result = {}
        for name, call in (("bare", bare_call), ("sdk", sdk_call)):
            await run_concurrently(call, 64, 32)
            result[name] = min([(await run_concurrently(call, total, 32))[1] for _ in range(3)])
        await bare.aclose()
        await client.close()
        return result

    print(json.dumps({"sniffio": "sniffio" in sys.modules, **asyncio.run(run())}))


def sniffio_rows(base: str, runtime_site: Callable[[Path], Path], quick: bool) -> list[Row]:
    """CPU per request at c=32 in a runtime-only environment, with and without sniffio installed."""
    import os
    import tempfile

    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-sniffio-") as tmp:
        for present in (True, False):
            site = runtime_site(Path(tmp) / ("with" if present else "without"))
            if not present:
                (site / "sniffio").unlink()
            env = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": f"{site}{os.pathsep}{HERE}"}
            command = [sys.executable, "-S", str(HERE / "bench.py"), "--sniffio-child", base, "160" if quick else "800"]
            out = subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout
            results[present] = json.loads(out.strip().splitlines()[-1])
    print("\nsniffio on the default async path (httpx + httpcore), c=32, CPU us/request (best of 3)")
    rows: list[Row] = []
    for name in ("bare", "sdk"):
        with_it, without = results[True][name], results[False][name]
        gain = without / with_it if with_it else math.nan
        label = "bare httpx.AsyncClient" if name == "bare" else "AsyncInstagramClient (httpx)"
        print(f"  {label:<32} with {with_it:7,.0f}  without {without:7,.0f}  -> {gain:.2f}x faster with sniffio")
        rows.append((f"sniffio gain, {label}, c=32", "the same without sniffio", "-", f"{gain:.2f}x less CPU", None))
    return rows
