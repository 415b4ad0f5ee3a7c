"""The refresh sweeper against FakeInstagram: outcomes, failures, concurrency, crashes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from token_helpers import CANARY, refresh_calls, seed

from instagram_graph_api_sdk.tokens import SweepProgress, TokenStore

CHILD = Path(__file__).with_name("sweeper_child.py")


def valid_at_fake(fake: Any, token: str) -> bool:
    record = fake.state.tokens.get(token)
    return record is not None and record.revoked is None and record.expires > fake.clock()


def test_a_sweep_refreshes_what_is_due_and_nothing_else(store: Any, fake: Any) -> None:
    due = seed(store, fake, 5)
    fresh = seed(store, fake, 2, age=timedelta(hours=2), prefix="fresh")
    before = {a: store.get(a).access_token for a in due + fresh}
    progress: list[SweepProgress] = []
    report = store.refresh_due(transport=fake.transport(), concurrency=3, on_progress=progress.append)
    assert sorted(report.refreshed) == due
    assert report.needs_reauth == report.deferred == report.expired == []
    assert report.errors == {}
    assert refresh_calls(fake) == 5
    assert [p.done for p in progress] == [1, 2, 3, 4, 5]
    assert {p.total for p in progress} == {5}
    for account_id in due:
        stored = store.get(account_id)
        assert stored.access_token != before[account_id]
        assert valid_at_fake(fake, stored.access_token)
        assert stored.expires_at == fake.clock() + timedelta(days=60)  # the fake's clock, not the wall's
        assert stored.refreshed_at == stored.issued_at == fake.clock()
        assert "instagram_business_basic" in stored.scopes
    for account_id in fresh:
        assert store.get(account_id).access_token == before[account_id]
    assert store.due() == []
    assert store.refresh_due(transport=fake.transport()).refreshed == []  # a second run finds nothing


def test_one_accounts_failure_never_stops_the_batch(store: Any, fake: Any) -> None:
    ids = seed(store, fake, 6)
    revoked = ids[-1]  # rows are claimed soonest-expiry first, then by id: the faults hit ids[0] and ids[1]
    fake.revoke(store.get(revoked).access_token)
    fake.faults.transient(times=1, path="refresh_access_token")
    fake.faults.throttle(times=1, path="refresh_access_token")
    report = store.refresh_due(transport=fake.transport(), concurrency=1)
    assert report.needs_reauth == [revoked]
    assert len(report.deferred) == 2
    assert report.throttled == 1
    assert len(report.refreshed) == 3
    gone = store.get(revoked)
    assert gone.status == "needs_reauth"
    assert gone.last_error
    assert "AuthenticationError" in gone.last_error
    for account_id in report.deferred:  # left for the next run, old token kept, still active
        stored = store.get(account_id)
        assert stored.status == "active"
        assert stored.refreshed_at is None
        assert stored.last_error
        assert valid_at_fake(fake, stored.access_token)
    assert store.refresh_due(transport=fake.transport()).refreshed == []  # deferred rows wait
    fake.clock.advance(hours=2)
    assert sorted(store.refresh_due(transport=fake.transport()).refreshed) == sorted(report.deferred)


async def test_the_async_sweep(store: Any, fake: Any) -> None:
    ids = seed(store, fake, 7)
    fake.revoke(store.get(ids[3]).access_token)
    report = await store.arefresh_due(transport=fake.transport(), concurrency=4)
    assert sorted(report.refreshed) == sorted(set(ids) - {ids[3]})
    assert report.needs_reauth == [ids[3]]
    assert refresh_calls(fake) == 7
    assert all(valid_at_fake(fake, store.get(a).access_token) for a in report.refreshed)


def test_a_put_during_a_sweep_wins(store: Any, fake: Any) -> None:
    (account_id,) = seed(store, fake, 1)
    claim = store.new_owner()
    [(claimed, blob)] = store._claim(claim, now=fake.clock(), within=timedelta(days=7), limit=5)
    store.put(account_id, CANARY, expires_at=fake.clock() + timedelta(days=60))  # the user logged in again
    from instagram_graph_api_sdk import InstagramOAuth

    token = InstagramOAuth.refresh_token(access_token=store._decrypt(claimed, blob), transport=fake.transport())
    assert store._commit_refresh(account_id, claim, token) is False
    assert store.get(account_id).access_token == CANARY


def test_two_sweepers_in_threads_never_refresh_one_token_twice(db_url: str, key: str, fake: Any) -> None:
    stores = [TokenStore(db_url, key=key, clock=fake.clock) for _ in range(2)]
    ids = seed(stores[0], fake, 60)
    reports: list[Any] = []
    threads = [
        threading.Thread(target=lambda s=s: reports.append(s.refresh_due(transport=fake.transport(), concurrency=8)))
        for s in stores
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(reports) == 2
    a, b = (set(r.refreshed) for r in reports)
    assert not a & b
    assert a | b == set(ids)
    assert refresh_calls(fake) == 60  # counted at the fake: no double refresh
    for s in stores:
        s.close()


def _child(url: str, key: str, server: Any, fake: Any, concurrency: int = 4) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(CHILD), url, key, server.url, fake.clock().isoformat(), str(concurrency)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_sweeper_processes_never_refresh_one_token_twice(store: Any, db_url: str, key: str, fake: Any) -> None:
    ids = seed(store, fake, 80)
    server = fake.serve()
    fake.faults.latency(0.01, path="refresh_access_token")  # keep both processes busy at once
    children = [_child(db_url, key, server, fake) for _ in range(2)]
    outputs = [child.communicate(timeout=120) for child in children]
    reports = [json.loads(out.strip().splitlines()[-1]) for out, _err in outputs]
    assert all(child.returncode == 0 for child in children), [err for _out, err in outputs]
    a, b = (set(r["refreshed"]) for r in reports)
    assert not a & b
    assert a | b == set(ids)
    assert refresh_calls(fake) == 80
    assert all(valid_at_fake(fake, s.access_token) for s in store.list())


def test_a_sweeper_killed_mid_sweep_loses_no_token(store: Any, db_url: str, key: str, fake: Any) -> None:
    ids = seed(store, fake, 40)
    server = fake.serve()
    fake.faults.latency(0.2, path="refresh_access_token")  # 40 tokens take >= 2 s at concurrency 4
    child = _child(db_url, key, server, fake, concurrency=4)
    deadline = time.monotonic() + 60
    while refresh_calls(fake) < 10 and time.monotonic() < deadline:  # bounded wait: mid-sweep
        time.sleep(0.02)
    os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    calls = refresh_calls(fake)
    assert 10 <= calls < 40  # it really was killed in the middle
    fake.faults.clear()
    stored = store.list()
    assert len(stored) == 40
    assert all(valid_at_fake(fake, s.access_token) for s in stored)
    refreshed_before = {s.account_id for s in stored if s.refreshed_at is not None}
    assert refreshed_before  # some refreshes had been committed
    # Its leases expire; the next run finishes the job.
    fake.clock.advance(minutes=16)
    report = store.refresh_due(transport=fake.transport())
    assert set(report.refreshed) == set(ids) - refreshed_before
    assert all(valid_at_fake(fake, s.access_token) and s.refreshed_at for s in store.list())


@pytest.mark.parametrize("concurrency", [1, 16])
def test_concurrency_is_bounded(store: Any, fake: Any, concurrency: int) -> None:
    seed(store, fake, 40)
    inflight, peak, lock = 0, 0, threading.Lock()
    inner = fake.transport()

    class Counting:
        def handle_request(self, request: Any) -> Any:
            nonlocal inflight, peak
            with lock:
                inflight += 1
                peak = max(peak, inflight)
            try:
                time.sleep(0.005)
                return inner.handle_request(request)
            finally:
                with lock:
                    inflight -= 1

        def close(self) -> None:
            pass

    report = store.refresh_due(transport=Counting(), concurrency=concurrency)
    assert len(report.refreshed) == 40
    assert 1 <= peak <= concurrency
    if concurrency > 1:
        assert peak > 1
