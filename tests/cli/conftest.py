"""Fixtures for the CLI tests: the CLI as a real process, and `instagram-graph fake-server`
as a real process on 127.0.0.1. Every wait is bounded."""

from __future__ import annotations

import json
import os
import queue
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import pytest

KEY = "3v0n0Kk6B1Qm0CEoCt7F8yS3o1q2o8b4H0pQ9sX1u2U="  # a test-only Fernet key (not a secret)
OTHER_KEY = "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGw="  # another valid Fernet key
CANARY = "c4n4ry|tok/en+x=y"  # not shaped like a Meta token on purpose
STARTUP = 60.0  # seconds a process may take to say it is ready (the machine is shared)


def canary_forms(secret: str) -> list[str]:
    """The secret raw, URL-encoded, form-encoded, JSON-escaped and repr-escaped."""
    from urllib.parse import quote, quote_plus

    return sorted({secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1], repr(secret)[1:-1]})


def cli_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A clean environment: no INSTAGRAM_* from the caller, the test key, a store under tmp_path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("INSTAGRAM_")}
    env.update(INSTAGRAM_TOKEN_KEY=KEY, INSTAGRAM_TOKENS_DB=f"sqlite:///{tmp_path / 'tokens.db'}", COLUMNS="200")
    env.update(extra)
    return env


def run_cli(
    args: list[str], env: dict[str, str], *, stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """`python -m instagram_graph_api_sdk ARGS` as a real process."""
    return subprocess.run(
        [sys.executable, "-m", "instagram_graph_api_sdk", *args],
        env=env,
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def lines_of(stream: IO[str]) -> queue.Queue[str]:
    """The lines of a pipe, read by a daemon thread (so a wait can have a timeout)."""
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        try:
            for line in stream:
                lines.put(line)
        except (ValueError, OSError):  # closed by stop() after the process ended
            return

    threading.Thread(target=pump, daemon=True).start()
    return lines


def drain(lines: queue.Queue[str], quiet: float = 2.0) -> list[str]:
    """The lines still queued, once the pipe has been quiet for `quiet` seconds (bounded by EOF)."""
    rest: list[str] = []
    while True:
        try:
            rest.append(lines.get(timeout=quiet))
        except queue.Empty:
            return rest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    for pipe in (process.stdin, process.stdout, process.stderr):
        if pipe is not None:
            pipe.close()


# start_fake(*args) -> what `fake-server --json` printed (url, token, app).
StartFake = Callable[..., dict[str, Any]]


@pytest.fixture
def start_fake(tmp_path: Path) -> Iterator[StartFake]:
    """Start `instagram-graph fake-server --json ARGS`; returns what it printed (url, token, app)."""
    processes: list[subprocess.Popen[str]] = []

    def start(*args: str) -> dict[str, Any]:
        process = subprocess.Popen(
            [sys.executable, "-m", "instagram_graph_api_sdk", "fake-server", "--json", *args],
            env=cli_env(tmp_path),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        processes.append(process)
        assert process.stdout is not None  # both are PIPEs
        assert process.stderr is not None
        try:
            first = lines_of(process.stdout).get(timeout=STARTUP)
        except queue.Empty:
            stop(process)
            pytest.fail(f"fake-server printed nothing within {STARTUP:g} s: {process.stderr.read()}")
        return dict(json.loads(first))

    yield start
    for process in processes:
        stop(process)
