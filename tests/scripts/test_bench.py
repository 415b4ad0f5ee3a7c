"""scripts/bench.py keeps working (a quick run; the ratios themselves are never asserted here:
timing belongs to `make bench`, not to unit tests on a noisy machine)."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from helpers import present

ROOT = Path(__file__).resolve().parents[2]


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_quick_run_measures_every_target(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    verdicts = re.findall(r"-> (.+?): ([0-9.]+) ?(?:x|MB)", out)
    named = {name for name, _ in verdicts}
    assert {"InstagramClient", "AsyncInstagramClient", "paginate", "import instagram_graph_api_sdk"} <= named, out
    fleet = {"AsyncInstagramClient on AiohttpTransport at c=32", "media page", "comments page", "insights page"}
    assert fleet | {"for_account"} <= named, out
    # One summary table with a row per measurement, each with a verdict or `-` (context only).
    table = out.split("| What | Baseline | Target | Measured | |", 1)[1]
    rows = [line for line in table.splitlines() if line.startswith("| ") and not line.startswith("|---")]
    assert len(rows) >= 17, table
    assert all(line.rstrip().endswith(("| OK |", "| MISSED |", "| - |")) for line in rows), table
    for what in (
        "async c=32, SDK on AiohttpTransport",
        "async c=1, SDK on httpx",
        "10,000 for_account() clients",
        "parse a 100-item insights page",
        "sniffio gain, bare httpx.AsyncClient",
        "paging 10,000 media",
        "`import instagram_graph_api_sdk`",
        "sync, per call: InstagramClient",
    ):
        assert any(what in line for line in rows), what
    assert all(float(value) > 0 for _, value in verdicts)
    # The paging walk really went through all 10,000 items, for the SDK and for the baseline.
    assert out.count("items= 10000") == 2, out
    # The import probes saw only the runtime dependencies (no click/rich from the dev tools).
    assert "extras loaded: []" in out, out


def test_the_import_probe_environment_holds_exactly_the_runtime_dependencies(tmp_path: Path) -> None:
    bench = load("bench")
    site = bench.runtime_site(tmp_path)
    names = {p.name for p in site.iterdir()}
    assert {"httpx", "httpcore", "h11", "anyio", "idna", "certifi", "attr", "attrs"} <= names
    assert {"instagram_graph_api_sdk", "instagram_graph_api_client"} <= names
    assert not names & {"click", "rich", "pygments", "pytest", "hypothesis", "ruff", "openapi_python_client"}


def test_the_bench_server_pages_10000_media_like_meta() -> None:
    server = load("bench_server")
    after, seen, pages = "c0", 0, 0
    while True:
        raw = server.answer(f"/v25.0/me/media?fields=id&limit=100&after={after}")
        head, body = raw.split(b"\r\n\r\n", 1)
        assert head.startswith(b"HTTP/1.1 200 OK")
        assert f"Content-Length: {len(body)}".encode() in head
        page = json.loads(body)
        seen += len(page["data"])
        pages += 1
        if "next" not in page["paging"]:
            break
        assert "access_token=" in page["paging"]["next"]  # as Meta's do: the client must not follow it
        after = page["paging"]["cursors"]["after"]
    assert (seen, pages) == (10_000, 100)
    assert json.loads(server.answer("/v25.0/me?fields=id").split(b"\r\n\r\n", 1)[1])["username"] == "bench_account"
    # The usage header changes on every response (no client-side cache can keep hitting).
    usage = [server.answer("/v25.0/me").split(b"X-App-Usage: ", 1)[1].split(b"\r\n", 1)[0] for _ in range(3)]
    assert len(set(usage)) == 3
    assert server.answer("/v25.0/nope").startswith(b"HTTP/1.1 404")


def test_the_benchmarks_page_shows_commands_that_exist() -> None:
    page = (ROOT / "docs" / "benchmarks.md").read_text()
    commands = re.search(r"```sh\n(.*?)```", page, re.S)
    assert commands is not None
    help_text = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--help"], capture_output=True, text=True, check=True
    ).stdout
    makefile = (ROOT / "Makefile").read_text()
    for line in commands.group(1).splitlines():
        command = line.split("#")[0].split()
        assert command, line
        if command[:2] == ["make", "bench"]:
            assert "\nbench:" in makefile
            assert all(arg.split("=", 1)[0] in makefile for arg in command[2:])
            flags = [arg.split("=", 1)[1] for arg in command[2:]]
        else:
            assert command[:2] == ["python", "scripts/bench.py"], line
            flags = command[2:]
        assert all(flag in help_text for flag in flags), line


def test_a_missed_target_anywhere_makes_the_exit_status_1() -> None:
    bench = load("bench")
    met = ("x", "y", "<= 2x", "1.5x", True)
    context = ("x", "y", "-", "3x", None)
    missed = ("x", "y", "<= 2x", "2.5x", False)
    assert bench.exit_status([True, True], [met, context]) == 0
    assert bench.exit_status([True, False], [met, context]) == 1
    assert bench.exit_status([True], [met, missed, context]) == 1


def test_the_fleet_pages_are_meta_shaped_and_parse_into_the_models() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    fleet = load("bench_fleet")
    from instagram_graph_api_client.models import CommentList, InsightsResponse

    comments = CommentList.from_dict(json.loads(fleet.comments_page()))
    assert len(comments.data) == 100
    assert present(comments.data[0].from_).username == "fan_0"
    insights = InsightsResponse.from_dict(json.loads(fleet.insights_page()))
    assert sum(len(metric.values) for metric in insights) == 100
    days = {value.end_time for metric in insights for value in metric.values}
    assert len(days) == 10  # 10 metrics over the same 10 days
    stamps = [c.timestamp for n in range(3) for c in CommentList.from_json(fleet.comments_page(n))]
    assert len(set(stamps)) == 300  # every comment of every page its own time
    loads, sdk, from_dict = fleet.parse_times([fleet.insights_page(n) for n in range(2)], InsightsResponse, 1)
    assert loads > 0
    assert sdk > 0
    assert from_dict > 0
