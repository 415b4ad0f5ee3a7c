"""No real-looking token, secret or code in any fixture, cassette, spec, doc or source file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ["tests", "spec", "overlay", "scripts", "docs", "examples", "README.md", "generated"]
PATTERNS = {
    "Instagram/Facebook token": re.compile(r"(IGAA|IGQV|EAA[A-Z])[A-Za-z0-9_\-]{20,}"),
    "hex app secret": re.compile(r"(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])"),
}
# In data files (cassettes, docs, the spec), secrets would sit in URLs and form bodies.
DATA_PATTERNS = {
    "client_secret value": re.compile(
        r"(?:(?<=[?&])|(?<=body: )|^)client_secret="
        r"(?!\[REDACTED\]|%5BREDACTED|test-|fake-|FAKE-|\.\.\.)[^&\s\"'<]{6,}",
        re.MULTILINE,
    ),
    "appsecret_proof value": re.compile(r"appsecret_proof=[0-9a-f]{16,}"),
}
CASSETTE_PATTERNS = {
    "unscrubbed access_token": re.compile(
        r"access_token(=|%3D|\":\s*\"|:\s)(?!\[REDACTED\]|%5BREDACTED)[^&\s\"',]{3,}"
    ),
    "authorization header": re.compile(r"(?i)^\s*-?\s*authorization:"),
    "unscrubbed code": re.compile(r"[?&]code=(?!\[REDACTED\]|%5BREDACTED)"),
}


def files() -> list[Path]:
    out = []
    for entry in SCANNED:
        path = ROOT / entry
        candidates = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        out += [
            p
            for p in candidates
            if not any(part.startswith(".") or part == "__pycache__" for part in p.relative_to(ROOT).parts)
        ]
    return out


def test_no_secret_shapes_anywhere() -> None:
    found = []
    for path in files():
        text = path.read_text(errors="replace")
        patterns = PATTERNS if path.suffix == ".py" else {**PATTERNS, **DATA_PATTERNS}
        for name, pattern in patterns.items():
            for match in pattern.finditer(text):
                found.append(f"{path.relative_to(ROOT)}: {name}: {match.group(0)[:12]}...")
    assert found == []


CASSETTES = sorted((ROOT / "tests" / "recorded" / "cassettes").rglob("*.yaml"))


def test_there_are_cassettes_for_every_operation() -> None:
    assert len(CASSETTES) >= 60


@pytest.mark.parametrize("cassette", CASSETTES, ids=lambda p: p.stem[:50])
def test_cassettes_are_scrubbed(cassette: Path) -> None:
    text = cassette.read_text()
    for name, pattern in CASSETTE_PATTERNS.items():
        if name != "authorization header":
            assert not pattern.search(text), name
    for line in text.splitlines():
        assert not CASSETTE_PATTERNS["authorization header"].match(line), line


@pytest.mark.parametrize(
    "leak",
    [
        "access_token=IGQVJ" + "x" * 30,
        "https://x/?client_secret=" + "0123456789abcdef" * 2,
        "https://x/?client_secret=abcdef-real-secret-value",
        "Authorization: Bearer " + "EAAB" + "y" * 30,
    ],
)
def test_the_scanner_catches_leaks(leak: str) -> None:
    assert any(p.search(leak) for p in {**PATTERNS, **DATA_PATTERNS}.values())
