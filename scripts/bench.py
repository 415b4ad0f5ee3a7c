"""Speed and memory of the SDK against bare httpx, measured in one run on loopback.

    make bench                      # everything, peers included (installs the `bench` extra)
    python scripts/bench.py --quick # a short run (used by the test suite to keep this script working)

What it prints (targets from the developers' guide; docs/benchmarks.md explains the method):
  * per call: `client.users.get_profile()` (request built from the spec, retry transport, usage
    headers parsed, typed model returned) against a bare `httpx.Client().get(...)` + `json.loads`
    on the same keep-alive server; target <= 1.10x. The async client against `httpx.AsyncClient`,
    and the two peers (python-facebook-api, facebook-business) when installed, for context.
    `--instructions` adds the same comparison in instructions counted by valgrind (noise-free).
  * import: `import instagram_graph_api_sdk` (and `from ... import InstagramClient`) against
    `import httpx`, each timed inside a fresh interpreter that sees only the runtime
    dependencies; target <= 1.3x.
  * memory: paging 10,000 media with `client.paginate(...)`, tracemalloc peak growth; target <= 2 MB.

Ratios, not seconds, are the result: the contenders run in the same process, interleaved in a
shuffled order round by round, against one server in its own process. A contender's ratio is the
median over rounds of its time divided by the baseline's time in the same round (a slow spell of
the machine hits both), and imports use each statement's fastest run (noise only ever adds time).
Exit status 1 when a target is missed (these machines are noisy: rerun before believing a small
miss, or use --instructions).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
TOKEN = "FAKE-BENCH-TOKEN-0000"  # a fake token: the server never checks it
FIELDS = "id,username,account_type,media_count"
VERSION = "v25.0"
TARGETS = {"call": 1.10, "import": 1.30, "memory_mb": 2.0}
# The summary table: (what, baseline, target, measured, ok); ok None when reported without a target.
ROWS: list[tuple[str, str, str, str, bool | None]] = []


@contextmanager
def bench_server() -> Iterator[str]:
    """Start scripts/bench_server.py in its own process; yields its base URL."""
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "bench_server.py")], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("port "):
            raise SystemExit(f"bench server did not start: {line!r}")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        if proc.stdin:
            proc.stdin.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()


# --- per-call contenders: each is a zero-argument function making one call and parsing it
def sync_contenders(base: str, quiet: bool = False) -> tuple[dict[str, Callable[[], Any]], list[Callable[[], None]]]:
    from instagram_graph_api_sdk import InstagramClient

    bare = httpx.Client()
    url = f"{base}/{VERSION}/me"
    headers = {"Authorization": "Bearer " + TOKEN}

    def bare_call() -> Any:
        return json.loads(bare.get(url, params={"fields": FIELDS}, headers=headers).content)

    client = InstagramClient(TOKEN, base_url=base, api_version=VERSION)

    def sdk_call() -> Any:
        return client.users.get_profile(fields=FIELDS)

    contenders: dict[str, Callable[[], Any]] = {"bare httpx + json.loads": bare_call, "InstagramClient": sdk_call}
    closers: list[Callable[[], None]] = [bare.close, client.close]
    try:  # the peers are built on requests: its own bare cost, for context
        import requests

        session = requests.Session()
        contenders["bare requests + json.loads"] = lambda: json.loads(
            session.get(url, params={"fields": FIELDS}, headers=headers).content
        )
        closers.append(session.close)
    except ImportError:
        pass
    try:
        from pyfacebook import GraphAPI

        graph = GraphAPI(access_token=TOKEN, version=VERSION, base_url=base + "/")
        contenders["python-facebook-api GraphAPI"] = lambda: graph.get_object("me", fields=FIELDS)
    except ImportError:
        if not quiet:
            print("  (python-facebook-api not installed: `make bench` installs it)")
    try:
        from facebook_business.api import FacebookAdsApi

        ads = FacebookAdsApi.init(access_token=TOKEN, api_version=VERSION, crash_log=False)
        ads._session.GRAPH = base
        contenders["facebook-business FacebookAdsApi"] = lambda: ads.call(
            "GET", ("me",), params={"fields": FIELDS}
        ).json()
    except ImportError:
        if not quiet:
            print("  (facebook-business not installed: `make bench` installs it)")
    return contenders, closers


def time_rounds(contenders: dict[str, Callable[[], Any]], calls: int, rounds: int) -> dict[str, list[float]]:
    """Seconds per call in each round for each contender, interleaved in a shuffled order each round."""
    for call in contenders.values():  # warm up: connections, lazy imports, caches
        for _ in range(max(50, calls // 10)):
            call()
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    order = list(contenders)
    for _ in range(rounds):
        random.shuffle(order)
        for name in order:
            call = contenders[name]
            start = time.perf_counter()
            for _ in range(calls):
                call()
            samples[name].append((time.perf_counter() - start) / calls)
    return samples


async def time_rounds_async(
    contenders: dict[str, Callable[[], Awaitable[Any]]], calls: int, rounds: int
) -> dict[str, list[float]]:
    for call in contenders.values():
        for _ in range(max(50, calls // 10)):
            await call()
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    order = list(contenders)
    for _ in range(rounds):
        random.shuffle(order)
        for name in order:
            call = contenders[name]
            start = time.perf_counter()
            for _ in range(calls):
                await call()
            samples[name].append((time.perf_counter() - start) / calls)
    return samples


ASYNC_BARE, ASYNC_SDK = "bare httpx.AsyncClient + json.loads", "AsyncInstagramClient"


def async_contenders(
    base: str,
) -> tuple[dict[str, Callable[[], Awaitable[Any]]], list[Callable[[], Awaitable[None]]]]:
    """The async baseline and client (create them inside the event loop that will use them)."""
    from instagram_graph_api_sdk import AsyncInstagramClient

    url = f"{base}/{VERSION}/me"
    headers = {"Authorization": "Bearer " + TOKEN}
    bare = httpx.AsyncClient()
    client = AsyncInstagramClient(TOKEN, base_url=base, api_version=VERSION)

    async def bare_call() -> Any:
        return json.loads((await bare.get(url, params={"fields": FIELDS}, headers=headers)).content)

    async def sdk_call() -> Any:
        return await client.users.get_profile(fields=FIELDS)

    return {ASYNC_BARE: bare_call, ASYNC_SDK: sdk_call}, [bare.aclose, client.close]


async def async_bench(base: str, calls: int, rounds: int) -> dict[str, list[float]]:
    contenders, closers = async_contenders(base)
    try:
        return await time_rounds_async(contenders, calls, rounds)
    finally:
        for close in closers:
            await close()


def report_calls(title: str, samples: dict[str, list[float]], baseline: str, sdk: str) -> bool:
    """Print per-call costs. The ratio is the median over rounds of (contender / baseline) in the
    same round: both ran back to back, so a slow spell of the machine cancels out."""
    base = samples[baseline]
    ratio = {
        name: statistics.median(t / b for t, b in zip(values, base, strict=True)) for name, values in samples.items()
    }
    print(f"\n{title} (median of per-round ratios; fastest round in microseconds)")
    for name, values in samples.items():
        print(f"  {name:<38} {ratio[name]:5.2f}x   {min(values) * 1e6:8.1f} us/call")
    ok = ratio[sdk] <= TARGETS["call"]
    print(f"  -> {sdk}: {ratio[sdk]:.3f}x bare (target <= {TARGETS['call']:.2f}x) {'OK' if ok else 'MISSED'}")
    ROWS.append((f"{title}: {sdk}", baseline, f"<= {TARGETS['call']:.2f}x", f"{ratio[sdk]:.3f}x", ok))
    for name in samples:
        if name not in (baseline, sdk):
            ROWS.append((f"{title}: {name} (peer)", baseline, "-", f"{ratio[name]:.2f}x", None))
    return ok


# --- instructions per call (valgrind): the same comparison without the machine's noise
def instructions_child(base: str, name: str, calls: int) -> None:
    if name in (ASYNC_BARE, ASYNC_SDK):

        async def run() -> None:
            contenders, closers = async_contenders(base)
            for _ in range(100 + calls):
                await contenders[name]()
            for aclose in closers:
                await aclose()

        asyncio.run(run())
        return
    contenders, closers = sync_contenders(base, quiet=True)
    call = contenders[name]
    for _ in range(100 + calls):
        call()
    for close in closers:
        close()


def instructions_bench(base: str, names: tuple[str, str], calls: int = 300) -> bool:
    import re
    import shutil
    import tempfile

    if shutil.which("valgrind") is None:
        print("\ninstructions: valgrind not found (apt-get install valgrind), skipped")
        return True
    counts: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            totals = []
            for n in (0, calls):  # the difference cancels start-up, imports and warm-up
                command = [
                    "valgrind",
                    "--tool=callgrind",
                    f"--callgrind-out-file={tmp}/out",
                    sys.executable,
                    __file__,
                    "--instructions-child",
                    base,
                    name,
                    str(n),
                ]
                out = subprocess.run(command, check=True, capture_output=True, text=True).stderr
                totals.append(int(re.findall(r"Collected : (\d+)", out)[-1]))
            counts[name] = (totals[1] - totals[0]) / calls
    baseline, sdk = names
    ratio = counts[sdk] / counts[baseline]
    print(f"\ninstructions per call (valgrind callgrind, {calls} calls after 100 warm-up)")
    for name, count in counts.items():
        print(f"  {name:<38} {count:12,.0f}   {count / counts[baseline]:5.3f}x")
    ok = ratio <= TARGETS["call"]
    print(f"  -> {sdk}: {ratio:.3f}x bare (target <= {TARGETS['call']:.2f}x) {'OK' if ok else 'MISSED'}")
    ROWS.append((f"instructions per call: {sdk}", baseline, f"<= {TARGETS['call']:.2f}x", f"{ratio:.3f}x", ok))
    return ok


# --- import cost, each sample in a fresh interpreter that sees only the runtime dependencies
IMPORT_PROBE = "import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"


def runtime_site(target: Path) -> Path:
    """A directory of links to exactly what `pip install instagram-graph-api-sdk` brings.

    The dev venv also holds click, rich and pygments (through the code generators), and
    `import httpx` imports them when they are importable, which would inflate the baseline.
    Probes run with `python -S` and this directory as PYTHONPATH: a user's environment.
    """
    import re
    from importlib.metadata import PackageNotFoundError, distribution

    def names(dist_name: str) -> list[str]:
        requires = distribution(dist_name).requires or []
        return [re.split(r"[ ;<>=!~\[(]", r, maxsplit=1)[0] for r in requires if "extra ==" not in r]

    seen: set[str] = set()
    pending = names("instagram-graph-api-sdk")
    while pending:
        name = pending.pop().lower().replace("_", "-")
        if name in seen:
            continue
        seen.add(name)
        try:
            dist = distribution(name)
        except PackageNotFoundError:  # a dependency for another Python version
            continue
        pending.extend(names(name))
        tops = {Path(str(f)).parts[0] for f in dist.files or ()}
        for top in tops:
            source = Path(str(dist.locate_file(top)))
            if top.endswith((".dist-info", ".pth")) or top in ("..", "__pycache__") or not source.exists():
                continue
            link = target / top
            if not link.exists():
                link.symlink_to(source)
    root = HERE.parent
    for package in ("overlay/instagram_graph_api_sdk", "generated/instagram_graph_api_client"):
        (target / Path(package).name).symlink_to(root / package)
    return target


def import_bench(runs: int) -> bool:
    import os
    import tempfile

    statements = {
        "import httpx": "import httpx",
        "import instagram_graph_api_sdk": "import instagram_graph_api_sdk",
        "from instagram_graph_api_sdk import InstagramClient": "from instagram_graph_api_sdk import InstagramClient",
    }
    samples: dict[str, list[float]] = {name: [] for name in statements}
    order = list(statements)
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        env = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(runtime_site(Path(tmp)))}

        def probe(code: str) -> str:
            command = [sys.executable, "-S", "-c", code]
            return subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout

        extra = probe("import sys, httpx; print(sorted({'click', 'rich', 'pygments'} & set(sys.modules)))").strip()
        for _ in range(2):  # warm the bytecode caches
            for stmt in statements.values():
                probe(stmt)
        for _ in range(runs):
            random.shuffle(order)
            for name in order:
                samples[name].append(float(probe(IMPORT_PROBE.format(stmt=statements[name]))))
    best = {name: min(values) for name, values in samples.items()}
    median = {name: statistics.median(values) for name, values in samples.items()}
    print(f"\nimport (fresh `python -S` with only the runtime dependencies, {runs} runs; extras loaded: {extra})")
    print("  best run; median run in brackets")
    for name in statements:
        print(
            f"  {name:<52} {best[name] * 1e3:6.1f} ms {best[name] / best['import httpx']:5.2f}x"
            f"   [{median[name] * 1e3:6.1f} ms {median[name] / median['import httpx']:5.2f}x]"
        )
    ok = True
    for name in ("import instagram_graph_api_sdk", "from instagram_graph_api_sdk import InstagramClient"):
        ratio = best[name] / best["import httpx"]
        verdict = "OK" if ratio <= TARGETS["import"] else "MISSED"
        ok = ok and verdict == "OK"
        print(f"  -> {name}: {ratio:.3f}x import httpx (target <= {TARGETS['import']:.2f}x) {verdict}")
        ROWS.append((f"`{name}`", "`import httpx`", f"<= {TARGETS['import']:.1f}x", f"{ratio:.2f}x", verdict == "OK"))
    return ok


# --- memory while paging, measured in a child process so nothing else is on the heap
def memory_child(base: str) -> None:
    from instagram_graph_api_sdk import InstagramClient

    with InstagramClient(TOKEN, base_url=base, api_version=VERSION) as client:
        # Warm up: the generated modules and the connection exist before measuring.
        assert len(list(client.paginate(client.users.get_media, max_items=1))) == 1
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        count = 0
        for media in client.paginate(client.users.get_media, limit=100):
            count += bool(media.id)
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    print(json.dumps({"items": count, "peak_growth": peak - before, "retained": current - before}))


def bare_memory_child(base: str) -> None:
    with httpx.Client() as http:
        url = f"{base}/{VERSION}/me/media"
        http.get(url, params={"limit": 1})
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        count, after = 0, None
        while True:
            params = {"limit": 100, **({"after": after} if after else {})}
            page = json.loads(http.get(url, params=params, headers={"Authorization": "Bearer " + TOKEN}).content)
            count += len(page["data"])
            after = page["paging"]["cursors"]["after"] if "next" in page["paging"] else None
            del page  # hold one page at a time, as paginate does
            if after is None:
                break
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    print(json.dumps({"items": count, "peak_growth": peak - before, "retained": current - before}))


def memory_bench(base: str) -> bool:
    results = {}
    for flag, name in (("--memory-child", "InstagramClient.paginate"), ("--bare-memory-child", "bare httpx loop")):
        out = subprocess.run([sys.executable, __file__, flag, base], check=True, capture_output=True, text=True)
        results[name] = json.loads(out.stdout)
    print("\nmemory while paging 10,000 media (100 per page; tracemalloc, after one warm-up page)")
    for name, result in results.items():
        print(
            f"  {name:<26} items={result['items']:>6}  peak growth {result['peak_growth'] / 2**20:5.2f} MB"
            f"  retained {result['retained'] / 2**20:5.2f} MB"
        )
    sdk = results["InstagramClient.paginate"]
    growth = sdk["peak_growth"] / 2**20
    ok = bool(sdk["items"] == 10_000 and growth <= TARGETS["memory_mb"])
    print(f"  -> paginate: {growth:.2f} MB peak growth (target <= 2 MB) {'OK' if ok else 'MISSED'}")
    bare = results["bare httpx loop"]["peak_growth"] / 2**20
    ROWS.append(
        (
            "paging 10,000 media, peak memory growth",
            f"bare httpx loop: {bare:.2f} MB",
            "<= 2 MB",
            f"{growth:.2f} MB",
            ok,
        )
    )
    return ok


def _fresh_runtime_site(target: Path) -> Path:
    target.mkdir(parents=True)
    return runtime_site(target)


def print_table() -> None:
    """Every measurement in one Markdown table (docs/benchmarks.md carries the latest one)."""
    print("\nsummary (MISSED: a target was not met; `-`: reported for context)\n")
    print("| What | Baseline | Target | Measured | |")
    print("|---|---|---|---|---|")
    for what, baseline, target, measured, ok in ROWS:
        verdict = "-" if ok is None else ("OK" if ok else "MISSED")
        print(f"| {what} | {baseline} | {target} | {measured} | {verdict} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a short run (checks the script, not the targets)")
    parser.add_argument("--calls", type=int, default=200, help="calls per round (default 200)")
    parser.add_argument("--rounds", type=int, default=25, help="rounds per contender (default 25)")
    parser.add_argument(
        "--instructions", action="store_true", help="also count instructions per call with valgrind (a few minutes)"
    )
    parser.add_argument("--instructions-child", nargs=3, metavar=("URL", "NAME", "N"), help=argparse.SUPPRESS)
    parser.add_argument("--memory-child", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--bare-memory-child", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--accounts-child", metavar="N", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--sniffio-child", nargs=2, metavar=("URL", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    import bench_fleet

    if args.accounts_child:
        bench_fleet.accounts_child(args.accounts_child)
        return 0
    if args.sniffio_child:
        bench_fleet.sniffio_child(args.sniffio_child[0], int(args.sniffio_child[1]))
        return 0
    if args.instructions_child:
        url, name, n = args.instructions_child
        instructions_child(url, name, int(n))
        return 0
    if args.memory_child:
        memory_child(args.memory_child)
        return 0
    if args.bare_memory_child:
        bare_memory_child(args.bare_memory_child)
        return 0
    calls, rounds, import_runs = (50, 2, 2) if args.quick else (args.calls, args.rounds, 21)

    print(f"instagram-graph-api-sdk benchmark: Python {sys.version.split()[0]}, httpx {httpx.__version__}")
    results = []
    with bench_server() as base:
        print(f"server {base} (own process, keep-alive, canned JSON); {rounds} rounds x {calls} calls")
        contenders, closers = sync_contenders(base)
        try:
            medians = time_rounds(contenders, calls, rounds)
        finally:
            for close in closers:
                close()
        results.append(report_calls("sync, per call", medians, "bare httpx + json.loads", "InstagramClient"))
        medians = asyncio.run(async_bench(base, calls, rounds))
        results.append(report_calls("async, per call", medians, ASYNC_BARE, ASYNC_SDK))
        results.append(memory_bench(base))
        for row in bench_fleet.async_rows(base, args.quick) + bench_fleet.parse_rows(args.quick):
            ROWS.append(row)
        ROWS.extend(bench_fleet.accounts_rows())
        ROWS.extend(bench_fleet.sniffio_rows(base, _fresh_runtime_site, args.quick))
        if args.instructions:
            results.append(instructions_bench(base, ("bare httpx + json.loads", "InstagramClient")))
            results.append(instructions_bench(base, (ASYNC_BARE, ASYNC_SDK)))
    results.append(import_bench(import_runs))
    print_table()
    if args.quick:
        print("\n(quick run: too short for the ratios to mean anything)")
        return 0
    return exit_status(results, ROWS)


def exit_status(results: list[bool], rows: list[tuple[str, str, str, str, bool | None]]) -> int:
    """1 when any target was missed (a verdict or a table row with a target), else 0."""
    return 0 if all(results) and all(ok is not False for *_, ok in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
