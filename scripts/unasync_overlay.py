"""Generate the overlay's sync twins from their async source (httpcore's approach).

The hand-written async source lives in `_async/` folders of the overlay (`resources/_async/*.py`,
`_async/pagination.py`, `_async/oauth.py`, `tokens/_async/sweep.py`); this writes the sync module
beside it in `_sync/` with unasync's token rewriting plus the table below. `make generate` runs
it; `scripts/check_generated.py` fails when a committed `_sync/` module differs from what this
produces. Running it twice gives identical bytes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import tokenize_rt
import unasync

ROOT = Path(__file__).resolve().parent.parent
OVERLAY = ROOT / "overlay" / "instagram_graph_api_sdk"
SOURCE_DIRS = ("_async", "resources/_async", "tokens/_async")  # under the package
RUFF = Path(sys.executable).parent / "ruff"

# Names that do not follow the rule below (unasync's default turns AsyncX into SyncX; here AsyncX
# and _AsyncX become X and _X, except for the runner, whose sync class is called SyncRunner; its
# generated protocols are RunnerProtocol and AsyncRunnerProtocol).
NAMES = {
    "AsyncRunner": "SyncRunner",
    "apaginate": "paginate",
    "_apages": "_pages",
    "arefreshed": "refreshed",
    "aresolve_sleep": "resolve_sleep",
    "_asend": "_send",
    "scrub_async_errors": "scrub_errors",
    "default_async_transport": "default_transport",
    "asweep": "sweep",
    "ablocking": "blocking",
    "apause": "pause",
}
# Text the token rules cannot express: the sync methods keep their documented default
# `sleep=time.sleep`, the async ones `sleep=None` (asyncio is imported only when it is needed).
TEXT = (("AsyncSleep | None = None", "Sleep = time.sleep"),)


class _Rule(unasync.Rule):  # type: ignore[misc]  # unasync is untyped: its Rule is Any to mypy
    def _unasync_name(self, name: str) -> str:
        if name in NAMES:
            return NAMES[name]
        if name in self.token_replacements:
            return str(self.token_replacements[name])
        private = name.startswith("_")
        bare = name[1:] if private else name
        if len(bare) > 5 and bare.startswith("Async") and bare[5].isupper():
            return "_" * private + bare[5:]
        return name


_RULE = _Rule(fromdir="/_async/", todir="/_sync/")


def header(source: Path, overlay: Path) -> str:
    origin = source.relative_to(overlay.parent).as_posix()
    line = f"# Generated from {origin} by scripts/unasync_overlay.py; do not edit."
    return line + ("  # noqa: E501\n" if len(line) > 120 else "\n")  # the long module names (messenger_profile)


def sync_source(source: Path, overlay: Path = OVERLAY) -> str:
    """The sync module unasync makes of `source`, formatted with the project's ruff settings."""
    text = source.read_text(encoding="utf-8")
    for old, new in TEXT:
        text = text.replace(old, new)
    rewritten: str = tokenize_rt.tokens_to_src(list(_RULE._unasync_tokens(tokenize_rt.src_to_tokens(text))))
    text = rewritten
    target = target_of(source)
    formatted = subprocess.run(
        [
            str(RUFF),
            "format",
            "--quiet",
            "--config",
            str(ROOT / "pyproject.toml"),
            "--stdin-filename",
            str(target),
            "-",
        ],
        input=header(source, overlay) + text,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if formatted.returncode != 0:
        raise SystemExit(f"unasync_overlay: ruff could not format {target}: {formatted.stderr.strip()}")
    return formatted.stdout


def target_of(source: Path) -> Path:
    return source.parent.parent / "_sync" / source.name


def sync_dirs(overlay: Path = OVERLAY) -> list[Path]:
    """The folders of generated sync modules."""
    return [target_of(overlay / folder / "__init__.py").parent for folder in SOURCE_DIRS]


def expected(overlay: Path = OVERLAY) -> dict[Path, str]:
    """Every generated sync module and the text it must have."""
    sources = sorted(p for folder in SOURCE_DIRS for p in (overlay / folder).glob("*.py"))
    return {target_of(source): sync_source(source, overlay) for source in sources}


def problems(overlay: Path = OVERLAY) -> list[str]:
    """Why the `_sync/` modules are not what their async source produces (empty when they are)."""
    want = expected(overlay)
    here = overlay.parent
    found = [
        f"differs from its async source: {p.relative_to(here)}"
        for p, text in want.items()
        if not p.exists() or p.read_text(encoding="utf-8") != text
    ]
    for folder in sync_dirs(overlay):
        found += [
            f"no async source for this generated module (remove it): {p.relative_to(here)}"
            for p in sorted(folder.glob("*.py"))
            if p not in want
        ]
    return found


def main(overlay: Path = OVERLAY) -> int:
    for path, text in expected(overlay).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"unasync_overlay: wrote {path.relative_to(overlay.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
