"""Figures for issue 8's hostile-server checks (not a test; run it to reproduce the report):

    python scripts/measure_hostile.py

Deadline overshoot of dripping servers (sync, async, OAuth), and the peak RSS growth of one call
against a 400 MB body (declared and chunked) and a 300 MB gzip bomb, each in a fresh process.
Servers run on 127.0.0.1 (tests/faults/fault_server.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "faults"))

import hostile  # noqa: E402
from fault_server import FaultServer  # noqa: E402

import instagram_graph_api_sdk as sdk  # noqa: E402

DEADLINE = 3.0
MB = 1024 * 1024


def overshoot(kind: str, behaviour: hostile.Behaviour, timeout: float) -> float:
    server = FaultServer(behaviour)
    retry = sdk.RetryConfig(max_retries=0, deadline=DEADLINE)
    started = time.monotonic()
    elapsed = 0.0
    try:
        if kind == "sync":
            with sdk.InstagramClient("t", base_url=server.url, retry=retry, timeout=timeout) as ig:
                started = time.monotonic()
                ig.users.get_profile()
        elif kind == "async":

            async def run() -> None:
                nonlocal started
                async with sdk.AsyncInstagramClient("t", base_url=server.url, retry=retry, timeout=timeout) as ig:
                    started = time.monotonic()
                    await ig.users.get_profile()

            asyncio.run(run())
        else:
            sdk.InstagramOAuth.get_long_lived_token(
                client_secret="s", access_token="t", base_url=server.url, timeout=timeout, deadline=DEADLINE
            )
    except sdk.APITimeoutError:
        elapsed = time.monotonic() - started  # before the client and the server shut down
    finally:
        server.stop()
    return elapsed - DEADLINE


def rss_child(case: str) -> None:
    behaviours = {
        "400 MB body, content-length": hostile.large(400 * MB),
        "400 MB body, chunked": hostile.large(400 * MB, declare=False, chunk=64 * 1024),
        "gzip bomb (300 MB)": hostile.gzip_bomb(300 * MB),
        "30 MB body, chunked (under the cap, read whole)": hostile.large(30 * MB, declare=False, chunk=64 * 1024),
        "30 MB body, chunked, transport only": hostile.large(30 * MB, declare=False, chunk=64 * 1024),
    }
    server = FaultServer("ok", behaviours[case])
    with sdk.InstagramClient("t", base_url=server.url, retry=sdk.RetryConfig(max_retries=0, deadline=60)) as ig:
        ig.users.get_profile()  # warm: imports and one connection
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            if "transport only" in case:  # the SDK's reading layer, without parsing the body
                outcome = f"read {len(ig._http.get(server.url + '/v25.0/me').content) // MB} MiB"
            else:
                ig.users.get_profile()
                outcome = "read"
        except sdk.InstagramError as error:
            outcome = type(error).__name__
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    server.stop()
    cap = ig.get_config().max_response_bytes // MB
    print(f"{case}: peak RSS +{(after - before) / 1024:.1f} MB ({outcome}, cap {cap} MiB)")


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--rss":
        rss_child(sys.argv[2])
        return
    print(f"deadline {DEADLINE} s; overshoot = elapsed - deadline (worst of 3)")
    server = FaultServer("ok")
    with sdk.InstagramClient("t", base_url=server.url) as ig:
        ig.users.get_profile()  # warm: the timings below leave out importing the generated modules
    with contextlib.suppress(sdk.InstagramError):  # the fault server's body is not a token: imports matter
        sdk.InstagramOAuth.get_long_lived_token(client_secret="s", access_token="t", base_url=server.url)
    server.stop()
    cases = [
        ("sync", "headers drip, timeout=1", hostile.header_drip(0.5, 40), 1.0),
        ("sync", "body drips, timeout=10", hostile.body_drip(0.5, 40), 10.0),
        ("async", "headers drip, timeout=1", hostile.header_drip(0.5, 40), 1.0),
        ("async", "body drips, timeout=10", hostile.body_drip(0.5, 40), 10.0),
        ("oauth", "headers drip, timeout=1", hostile.header_drip(0.5, 40), 1.0),
    ]
    for kind, name, behaviour, timeout in cases:
        worst = max(overshoot(kind, behaviour, timeout) for _ in range(3))
        print(f"  {kind:5} {name}: {worst * 1000:+.0f} ms")
    for case in (
        "400 MB body, content-length",
        "400 MB body, chunked",
        "gzip bomb (300 MB)",
        "30 MB body, chunked (under the cap, read whole)",
        "30 MB body, chunked, transport only",
    ):
        subprocess.run([sys.executable, __file__, "--rss", case], check=True, timeout=120)


if __name__ == "__main__":
    main()
