"""examples/fleet_insights.py: many accounts on one pool against FakeInstagram on loopback, with
per-account rate-limit awareness (bounded: a few dozen accounts, a timeout on the script run)."""

from __future__ import annotations

import asyncio
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fleet_insights", EXAMPLES / "fleet_insights.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fleet_insights"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
def test_every_account_is_collected_on_one_pool(transport: str) -> None:
    fleet = load()
    fake, tokens = fleet.serve_fake(30)
    done: list[int] = []
    pools: set[int] = set()
    original = fleet.AsyncInstagramClient.for_account

    def spy(self: Any, *args: Any, **kwargs: Any) -> Any:
        account = original(self, *args, **kwargs)
        pools.add(id(account._runner.pool))
        return account

    fleet.AsyncInstagramClient.for_account = spy
    try:
        with fake.serve() as server:
            report = asyncio.run(
                fleet.collect(server.url, tokens, concurrency=8, transport=transport, on_done=lambda: done.append(1))
            )
    finally:
        fleet.AsyncInstagramClient.for_account = original
    assert report.failed == {}
    assert len(report.reach) == 30
    assert all(reach > 0 for reach in report.reach.values())
    assert report.requests == 60
    assert len(done) == 30
    assert len(pools) == 1  # one connection pool for every account
    assert sorted(fake.calls.values()) == [2] * 30  # each account's own token, twice
    # Only the accounts that started near their limit paused (every tenth one).
    assert report.paused == {f"account-{i:04d}" for i in range(0, 30, 10)}


def test_an_account_near_its_limit_waits_while_the_others_go_on() -> None:
    fleet = load()
    fake, tokens = fleet.serve_fake(12, busy_every=12)  # only the first account is near its limit
    with fake.serve() as server:
        asyncio.run(fleet.collect(server.url, tokens, concurrency=4, transport="httpx"))
    follower_calls = [e for e in fake.exchanges if e.operation_id == "get_account_insights"]
    assert len(follower_calls) == 24
    # The busy account's second call is the last one answered: every other account went on.
    order = list(fake.exchanges)
    busy_second = max(i for i, e in enumerate(order) if e.operation_id == "get_account_insights")
    assert busy_second == len(order) - 1
    assert fake.calls[tokens[0]] == 2


def test_the_example_runs_as_a_script_with_a_progress_bar() -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "fleet_insights.py"), "--accounts", "20", "--concurrency", "8"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "20 accounts, 40 requests" in result.stdout
    assert "2 paused near their limit; 0 failed" in result.stdout
    assert "20/20" in result.stdout  # the rich progress bar reached the end
