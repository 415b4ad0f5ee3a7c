"""Fail when generated/ is not exactly what the spec produces, untracked files included, or when
an overlay `_sync/` module is not what scripts/unasync_overlay.py makes of its `_async/` source.

Regenerates into a temporary folder (never touching generated/), compares every file byte for
byte, then asks git whether generated/ has uncommitted or untracked changes. Run by `make test`.
"""

from __future__ import annotations

import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate
import unasync_overlay


def tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def main() -> int:
    committed = generate.TARGET
    with tempfile.TemporaryDirectory(prefix="instagram-check-") as tmp:
        fresh = Path(tmp) / "instagram_graph_api_client"
        generate.build(generate.SPEC, fresh)
        have, want = tree(committed), tree(fresh)
        problems = [f"missing from generated/: {p}" for p in sorted(want - have)]
        problems += [f"not produced by the spec (remove it): {p}" for p in sorted(have - want)]
        problems += [
            f"differs from what the spec produces: {p}"
            for p in sorted(have & want)
            if not filecmp.cmp(committed / p, fresh / p, shallow=False)
        ]
    git = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all", "--", "generated/", *unasync_overlay.sync_dirs()],
        cwd=generate.ROOT,
        capture_output=True,
        text=True,
    )
    if git.returncode == 0 and git.stdout.strip():
        problems += [f"not committed: {line}" for line in git.stdout.splitlines()]
    problems += unasync_overlay.problems()
    for problem in problems[:20]:
        print(f"check-generated: {problem}", file=sys.stderr)
    if len(problems) > 20:
        print(f"check-generated: ... and {len(problems) - 20} more", file=sys.stderr)
    if problems:
        print(
            "check-generated: run `make generate` and commit generated/ and the overlay's _sync/ modules "
            "(they are never edited by hand: edit the _async/ source).",
            file=sys.stderr,
        )
        return 1
    print("check-generated: generated/ matches the spec and is committed; the _sync/ modules match their source")
    return 0


if __name__ == "__main__":
    sys.exit(main())
