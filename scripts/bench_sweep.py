"""The token sweep benchmark: refresh 10,000 stored tokens against FakeInstagram on loopback.

    python scripts/bench_sweep.py           # 10,000 tokens (part of `make bench`)
    python scripts/bench_sweep.py --quick   # 300 tokens (the test suite runs this to keep it working)

FakeInstagram serves on 127.0.0.1 in its own process (its clock frozen, no app limit); the store
and the sweeper run here. Each run re-arms every row (issued 55 days ago, expiring in 5 days)
and moves the fake's clock 25 hours on, so every token is due and refreshable, then times one
`store.refresh_due(...)`. Rows: SQLite (a file) at concurrency 1, 16, 64; PostgreSQL (a throwaway
cluster from Debian's binaries, or BENCH_PG_URL) at 1, 16, 64 in one worker process, and at 16
and 64 in two worker processes sharing the database. Every run checks its own result: every
token refreshed, and (at the fake) exactly one refresh call per token. Two-process rows time
the slower worker's sweep (from inside it: interpreter start and imports excluded).

"Where the time goes" sums, over the sweeper's threads, the time spent in each step of a
refresh (one in-process run per database at concurrency 16): the HTTP refresh call, claiming
leases, committing the new token, and decrypting. A sum over threads can exceed the wall time.
No target is asserted; the figures go to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EPOCH = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # FakeInstagram's epoch
ROUND = timedelta(hours=25)


def serve_fake(count: int, conn: Any) -> None:
    """The fake's process: issue `count` aged tokens, serve, obey ('advance' | 'calls' | 'stop')."""
    from instagram_graph_api_sdk.testing import FakeInstagram

    fake = FakeInstagram(real_time=False, seed=False, calls_per_hour=None)
    tokens = [fake.issue_token(age=timedelta(days=30)) for _ in range(count)]  # valid for every round
    server = fake.serve()
    conn.send((server.url, tokens))
    while True:
        command = conn.recv()
        if command == "advance":
            conn.send(fake.clock.advance(ROUND).isoformat())
        elif command == "calls":
            calls = sum(1 for e in fake.exchanges if e.operation_id == "refresh_token")
            fake.exchanges.clear()
            conn.send(calls)
        else:
            server.stop()
            conn.send("stopped")
            return


@contextmanager
def postgres() -> Iterator[str]:
    url = os.environ.get("BENCH_PG_URL")
    if url:
        yield url
        return
    sys.path.insert(0, str(ROOT / "tests"))
    from pg_cluster import postgres_cluster

    with postgres_cluster() as cluster_url:
        yield cluster_url


def rearm(url: str, now: datetime) -> None:
    """Every row due: issued 55 days ago, expiring in 5 days, no lease, active."""
    import sqlalchemy as sa

    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "UPDATE instagram_tokens SET issued_at=:i, expires_at=:e, lease_owner=NULL, lease_until=NULL, "
                "status='active'"
            ),
            {"i": (now - timedelta(days=55)).timestamp(), "e": (now + timedelta(days=5)).timestamp()},
        )
    engine.dispose()


def fixed_clock(now: datetime) -> Callable[[], datetime]:
    """A clock that always says `now` (the sweep's idea of the time in one run)."""
    return lambda: now


def worker(url: str, key: str, base_url: str, now_iso: str, concurrency: int) -> None:
    """One sweeper process (the two-process rows)."""
    from instagram_graph_api_sdk.tokens import TokenStore

    now = datetime.fromisoformat(now_iso)
    store = TokenStore(url, key=key, clock=fixed_clock(now))
    report = store.refresh_due(concurrency=concurrency, base_url=base_url)
    print(json.dumps({"refreshed": len(report.refreshed), "seconds": report.seconds}))


class Phases:
    """Thread-time per step of a refresh, by wrapping the store's and OAuth's methods."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.lock = threading.Lock()

    @contextmanager
    def installed(self, store: Any) -> Iterator[None]:
        from instagram_graph_api_sdk import InstagramOAuth

        originals = {
            "claim leases (SQL)": (store, "_claim"),
            "commit new token (SQL + encrypt)": (store, "_commit_refresh"),
            "decrypt": (store, "_decrypt"),
            "HTTP refresh call (client + fake)": (InstagramOAuth, "refresh_token"),
        }
        saved = {name: getattr(owner, attr) for name, (owner, attr) in originals.items()}
        for name, (owner, attr) in originals.items():
            setattr(owner, attr, self._timed(name, saved[name]))
        try:
            yield
        finally:
            for name, (owner, attr) in originals.items():
                if owner is InstagramOAuth:
                    setattr(owner, attr, staticmethod(saved[name]))
                else:
                    delattr(owner, attr)

    def _timed(self, name: str, function: Any) -> Any:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                with self.lock:
                    self.seconds[name] += time.perf_counter() - started

        return timed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="300 tokens instead of 10,000")
    parser.add_argument("--count", type=int, default=None)
    parser.add_argument("--worker", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:  # the key comes in the environment: never on a command line (ps), and a key
        url, base_url, now_iso, concurrency = args.worker  # starting with "-" is no option
        worker(url, os.environ["INSTAGRAM_TOKEN_KEY"], base_url, now_iso, int(concurrency))
        return 0

    from cryptography.fernet import Fernet

    from instagram_graph_api_sdk.tokens import TokenStore

    count = args.count or (300 if args.quick else 10_000)
    key = Fernet.generate_key().decode()
    parent, child = multiprocessing.Pipe()
    server = multiprocessing.get_context("spawn").Process(target=serve_fake, args=(count, child), daemon=True)
    server.start()
    base_url, tokens = parent.recv()
    now = EPOCH
    failures = 0
    print(f"token sweep: {count} tokens against FakeInstagram at {base_url} (its own process)")
    print(f"{'database':<11} {'procs':>5} {'conc':>5} {'tokens/s':>9} {'seconds':>8}  check")

    def advance() -> datetime:
        parent.send("advance")
        return datetime.fromisoformat(parent.recv())

    def calls() -> int:
        parent.send("calls")
        return int(parent.recv())

    with tempfile.TemporaryDirectory() as folder, postgres() as pg:
        databases = {"sqlite": f"sqlite:///{folder}/tokens.db", "postgresql": pg}
        for name, url in databases.items():
            store = TokenStore(url, key=key, clock=fixed_clock(now))
            for i, token in enumerate(tokens):
                store.put(f"bench{i:06d}", token, issued_at=now - timedelta(days=55))
            store.close()
            runs = [(1, 1), (1, 16), (1, 64)] + ([(2, 16), (2, 64)] if name == "postgresql" else [])
            for procs, concurrency in runs:
                now = advance()
                rearm(url, now)
                calls()
                started = time.perf_counter()
                if procs == 1:
                    store = TokenStore(url, key=key, clock=fixed_clock(now))
                    refreshed = len(store.refresh_due(concurrency=concurrency, base_url=base_url).refreshed)
                    store.close()
                else:
                    command = [sys.executable, __file__, "--worker", url, base_url, now.isoformat(), str(concurrency)]
                    env = {**os.environ, "INSTAGRAM_TOKEN_KEY": key}
                    children = [
                        subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) for _ in range(procs)
                    ]
                    results = [json.loads(c.communicate(timeout=1800)[0].strip().splitlines()[-1]) for c in children]
                    refreshed = sum(r["refreshed"] for r in results)
                seconds = time.perf_counter() - started
                if procs > 1:  # the sweeps themselves, without each worker's interpreter start
                    seconds = max(r["seconds"] for r in results)
                made = calls()
                ok = refreshed == count and made == count
                failures += not ok
                verdict = "ok" if ok else f"FAILED: {refreshed} refreshed, {made} refresh calls"
                print(f"{name:<11} {procs:>5} {concurrency:>5} {count / seconds:>9.0f} {seconds:>8.2f}  {verdict}")
            # Where the time goes: one in-process run at concurrency 16.
            now = advance()
            rearm(url, now)
            calls()
            phases = Phases()
            store = TokenStore(url, key=key, clock=fixed_clock(now))
            started = time.perf_counter()
            with phases.installed(store):
                store.refresh_due(concurrency=16, base_url=base_url)
            wall = time.perf_counter() - started
            store.close()
            calls()
            print(f"  where the time goes ({name}, concurrency 16, wall {wall:.2f} s; thread-seconds, ms per token):")
            for phase, spent in sorted(phases.seconds.items(), key=lambda item: -item[1]):
                print(f"    {phase:<36} {spent:8.2f} s  {spent * 1000 / count:6.2f} ms")
    parent.send("stop")
    parent.recv()
    server.join(timeout=30)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
