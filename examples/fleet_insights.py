"""Fleet insights: yesterday's reach for many accounts at once, from one process and one pool.

    python examples/fleet_insights.py                 # 1,000 accounts against FakeInstagram on loopback
    python examples/fleet_insights.py --accounts 50   # fewer
    python examples/fleet_insights.py --transport httpx --no-progress

What it shows:
  * one connection pool for every account: `client.for_account(token)` gives each account its own
    token and its own rate-limit state (Meta's X-Business-Use-Case-Usage is per account), without
    a pool per account;
  * the aiohttp transport (`pip install 'instagram-graph-api-sdk[aiohttp]'`) for throughput, with
    httpx's as the fallback;
  * per-account rate-limit awareness: after each call the example reads `account.usage`; an account
    near its limit waits (outside the concurrency slots, so the other accounts go on), and the
    SDK's own gate slows it down too if it calls anyway;
  * a rich progress bar (plain lines when rich is not installed).

Offline, every account is simulated: FakeInstagram has one Instagram account, so here all the
tokens belong to it, and `FleetFake` below adds the per-account usage header Meta sends (some
accounts start close to their limit). With real tokens, replace `serve_fake()` with your own
token list and drop `base_url`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from instagram_graph_api_sdk import AsyncInstagramClient, InstagramError, RetryConfig
from instagram_graph_api_sdk.testing import FakeInstagram

NEAR_LIMIT = 80.0  # percent of an account's budget: above this, the account pauses
PAUSE = 0.2  # seconds an account near its limit waits before its next call (Meta's window is 1 hour)


class FleetFake(FakeInstagram):
    """FakeInstagram plus Meta's per-account usage header: each token is an account with a budget
    of `budget` calls; accounts listed in `busy` start at 85 % of theirs."""

    def __init__(self, budget: int = 20, **kwargs: Any) -> None:
        super().__init__(calls_per_hour=None, **kwargs)  # no app-wide limit: 1,000 accounts share one app
        self.budget = budget
        self.calls: Counter[str] = Counter()
        self.busy: set[str] = set()

    def handle(self, request: Any) -> Any:
        response = super().handle(request)
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        with self.state.lock:
            self.calls[token] += 1
            used = self.calls[token] + (int(self.budget * 0.85) if token in self.busy else 0)
        percent = min(100, used * 100 // self.budget)
        usage = {self.user_id: [{"type": "instagram", "call_count": percent, "total_cputime": 1, "total_time": 1}]}
        response.headers["x-business-use-case-usage"] = json.dumps(usage)
        return response


@dataclass
class Report:
    reach: dict[str, int] = field(default_factory=dict)  # account label -> yesterday's reach
    paused: set[str] = field(default_factory=set)  # accounts that waited: they were near their limit
    failed: dict[str, str] = field(default_factory=dict)
    requests: int = 0


def make_transport(kind: str) -> Any:
    if kind == "aiohttp":
        try:
            from instagram_graph_api_sdk import AiohttpTransport

            return AiohttpTransport()
        except InstagramError as error:  # the extra is not installed: say so, use httpx
            print(f"({error}) using httpx", file=sys.stderr)
    return None


async def collect(
    base_url: str | None, tokens: list[str], *, concurrency: int = 32, transport: str = "aiohttp",
    on_done: Callable[[], None] = lambda: None,
) -> Report:  # fmt: skip
    """Reach for every token's account, `concurrency` calls in flight, one pool for all."""
    report = Report()
    slots = asyncio.Semaphore(concurrency)
    retry = RetryConfig(max_retries=2, slowdown_max_delay=PAUSE)
    async with AsyncInstagramClient(
        tokens[0], base_url=base_url, transport=make_transport(transport), retry=retry
    ) as pool:

        async def one(index: int, token: str) -> None:
            label = f"account-{index:04d}"
            account = pool.for_account(token)  # own token and usage state, the shared pool
            try:
                async with slots:
                    first = await account.insights.get_account_insights(metric="reach", period="day")
                    report.requests += 1
                usage = account.usage
                if usage is not None and (usage.max_percent or 0) >= NEAR_LIMIT:
                    report.paused.add(label)
                    await asyncio.sleep(PAUSE)  # this account waits; the slot serves the others
                async with slots:
                    await account.insights.get_account_insights(metric="follower_count", period="day")
                    report.requests += 1
                report.reach[label] = sum(int(v.value) for m in first for v in (m.values or []))  # type: ignore[arg-type]
            except InstagramError as error:
                report.failed[label] = type(error).__name__
            finally:
                await account.close()  # closes the account, never the shared pool
                on_done()

        await asyncio.gather(*(one(i, t) for i, t in enumerate(tokens)))
    return report


def serve_fake(accounts: int, busy_every: int = 10) -> tuple[FleetFake, list[str]]:
    fake = FleetFake(real_time=False)
    tokens = [fake.issue_token(age=timedelta(days=1)) for _ in range(accounts)]
    fake.busy = set(tokens[::busy_every])  # every tenth account starts near its limit
    return fake, tokens


def run(accounts: int, *, concurrency: int, transport: str, progress: bool) -> Report:
    fake, tokens = serve_fake(accounts)
    with fake.serve() as server:
        started = time.monotonic()
        if progress:
            try:
                from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
            except ImportError:
                progress = False
        if progress:
            columns = ("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                       TimeElapsedColumn())  # fmt: skip
            with Progress(*columns) as bar:
                task = bar.add_task("insights", total=len(tokens))
                report = asyncio.run(
                    collect(
                        server.url,
                        tokens,
                        concurrency=concurrency,
                        transport=transport,
                        on_done=lambda: bar.advance(task),
                    )
                )
        else:
            report = asyncio.run(collect(server.url, tokens, concurrency=concurrency, transport=transport))
        elapsed = time.monotonic() - started
    print(
        f"{len(report.reach)} accounts, {report.requests} requests in {elapsed:.1f} s "
        f"({report.requests / elapsed:,.0f}/s); {len(report.paused)} paused near their limit; "
        f"{len(report.failed)} failed; total reach {sum(report.reach.values()):,}"
    )
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accounts", type=int, default=1000, help="how many accounts (default 1000)")
    parser.add_argument("--concurrency", type=int, default=32, help="calls in flight (default 32)")
    parser.add_argument("--transport", choices=("aiohttp", "httpx"), default="aiohttp")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    report = run(args.accounts, concurrency=args.concurrency, transport=args.transport, progress=not args.no_progress)
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
