"""scripts/bench_sweep.py keeps working (a tiny run; its figures are never asserted here: timing
belongs to `make bench`). Its own check (every token refreshed, one refresh call per token at the
fake, SQLite and PostgreSQL, one and two worker processes) must pass."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_sweep_benchmark_runs_and_checks_itself(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench_sweep.py"), "--count", "40"],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    rows = re.findall(r"^(sqlite|postgresql)\s+(\d)\s+(\d+)\s+(\d+)\s+[0-9.]+\s+ok$", result.stdout, re.M)
    assert {(db, procs, conc) for db, procs, conc, _ in rows} == {
        ("sqlite", "1", "1"),
        ("sqlite", "1", "16"),
        ("sqlite", "1", "64"),
        ("postgresql", "1", "1"),
        ("postgresql", "1", "16"),
        ("postgresql", "1", "64"),
        ("postgresql", "2", "16"),
        ("postgresql", "2", "64"),
    }, result.stdout
    assert result.stdout.count("where the time goes") == 2
    assert "HTTP refresh call" in result.stdout
