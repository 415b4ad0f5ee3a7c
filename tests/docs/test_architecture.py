"""docs/architecture.md's module table names every overlay module, and only modules that exist."""

from __future__ import annotations

import re

import check_spec

PAGE = check_spec.ROOT / "docs" / "architecture.md"
PACKAGE = check_spec.ROOT / "overlay" / "instagram_graph_api_sdk"


def table_modules() -> set[str]:
    section = PAGE.read_text().split("## Which module owns what", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return {name for row in rows for name in re.findall(r"`([\w/]+\.py)`", row.split(" | ", 1)[0])}


def overlay_modules() -> set[str]:
    return {
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] != "testing"  # the fake has its own table (tests/fake)
    }


def test_the_table_names_every_overlay_module() -> None:
    missing = overlay_modules() - table_modules()
    assert missing == set(), f"add a row to docs/architecture.md for: {sorted(missing)}"


def test_the_table_names_only_modules_that_exist() -> None:
    stale = table_modules() - overlay_modules()
    assert stale == set(), f"docs/architecture.md names modules that no longer exist: {sorted(stale)}"


def test_the_table_is_read_from_the_page() -> None:
    # The parser finds rows at all (an empty table would make the two tests above vacuous).
    assert {"_runner.py", "resources/_async/auth.py", "tokens/_store.py"} <= table_modules()
