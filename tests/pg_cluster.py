"""A throwaway PostgreSQL cluster from Debian's binaries, on 127.0.0.1 with trust auth.

initdb refuses to run as root (CI runs as root), so as root the cluster belongs to the
`postgres` OS user (runuser) in a temporary directory chowned to it. No PostgreSQL binaries is
a failure with a one-line hint, never a skip.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager

HINT = "PostgreSQL binaries not found (/usr/lib/postgresql/*/bin/initdb): apt-get install postgresql"


def _bin_dir() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not found:
        shutil_initdb = shutil.which("initdb")
        if shutil_initdb is None:
            raise RuntimeError(HINT)
        return os.path.dirname(shutil_initdb)
    return os.path.dirname(found[-1])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def postgres_cluster() -> Iterator[str]:
    """Yield a postgresql+psycopg URL to a fresh cluster; stop and delete it afterwards."""
    bindir = _bin_dir()
    root = tempfile.mkdtemp(prefix="ig-pg-")
    data = os.path.join(root, "data")
    as_postgres: list[str] = []
    if os.geteuid() == 0:
        import pwd

        user = pwd.getpwnam("postgres")
        os.chown(root, user.pw_uid, user.pw_gid)
        as_postgres = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    env = {**os.environ, "LC_ALL": "C"}
    try:
        subprocess.run(
            [*as_postgres, f"{bindir}/initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8"],
            check=True,
            capture_output=True,
            timeout=120,
            env=env,
        )
        options = f"-c listen_addresses=127.0.0.1 -c port={port} -k {root} -c fsync=off -c max_connections=200"
        subprocess.run(
            [
                *as_postgres,
                f"{bindir}/pg_ctl",
                "-D",
                data,
                "-o",
                options,
                "-l",
                f"{root}/log",
                "-w",
                "-t",
                "60",
                "start",
            ],
            check=True,
            capture_output=True,
            timeout=90,
            env=env,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # bounded: the server accepts connections within seconds
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        if os.path.exists(os.path.join(data, "postmaster.pid")):
            subprocess.run(
                [*as_postgres, f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "-w", "-t", "30", "stop"],
                capture_output=True,
                timeout=60,
                env=env,
            )
        shutil.rmtree(root, ignore_errors=True)
