"""docs/cli.md against the CLI itself: every command documented, the exit-code table equal to
`ExitCode`, every environment variable the CLI reads listed, every command line in the page
accepted by the real parser, the cron and systemd examples present, and the page linked."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest

from instagram_graph_api_sdk.cli import ExitCode, main

ROOT = Path(__file__).resolve().parents[2]
PAGE = (ROOT / "docs" / "cli.md").read_text()
SOURCES = "".join(p.read_text() for p in (ROOT / "overlay" / "instagram_graph_api_sdk" / "cli").glob("*.py"))


def commands() -> list[str]:
    import typer

    from instagram_graph_api_sdk.cli._app import app

    root = typer.main.get_command(app)
    # A group's subcommands (typer types get_command() as a plain command).
    commands: dict[str, Any] = getattr(root, "commands", {})
    assert commands
    names: list[str] = []
    for name, command in commands.items():
        subcommands = getattr(command, "commands", None)
        names.extend(f"{name} {sub}" for sub in subcommands) if subcommands else names.append(name)
    return sorted(names)


def documented_lines() -> list[list[str]]:
    """Every `instagram-graph ...` command in the page's shell, cron and ini blocks."""
    lines: list[list[str]] = []
    for block in re.findall(r"```(?:sh|cron|ini)\n(.*?)```", PAGE, re.S):
        for line in block.splitlines():
            for match in re.finditer(r"instagram-graph ((?:tokens )?[a-z-]+[^|&>#]*)", line):
                lines.append(shlex.split(match.group(1).replace("$TOKEN", "x")))
    return lines


def test_every_command_is_documented() -> None:
    assert commands() == sorted(
        [
            "call",
            "demo",
            "fake-server",
            "login",
            "me",
            "tokens add",
            "tokens list",
            "tokens refresh-due",
            "tokens remove",
            "tokens status",
        ]
    )
    for name in commands():
        assert f"`instagram-graph {name}" in PAGE, name


def test_the_exit_code_table_is_the_code() -> None:
    table = dict(re.findall(r"^\| (\d) \| (.+?) \|$", PAGE, re.M))
    assert sorted(int(code) for code in table) == sorted(int(code) for code in ExitCode)
    assert table["0"] == "success"
    assert table["2"].startswith("usage")
    assert table["3"].startswith("login needed")
    assert table["4"].startswith("token store")


def test_every_environment_variable_is_documented() -> None:
    read = set(re.findall(r'envvar="(INSTAGRAM_[A-Z_]+)"', SOURCES)) | set(
        re.findall(r'"(INSTAGRAM_[A-Z_]+)"', SOURCES)
    )
    read |= {"INSTAGRAM_TOKEN_KEY", "INSTAGRAM_TOKENS_DB"}  # read by the store and _store.DB_ENV
    listed = set(re.findall(r"^\| `(INSTAGRAM_[A-Z_]+)` \|", PAGE, re.M))
    assert read <= listed
    assert listed <= read


@pytest.mark.parametrize("args", documented_lines(), ids=lambda a: " ".join(a)[:60])
def test_every_documented_command_line_parses(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    # --help after the documented options: the parser rejects an unknown option or a bad value first.
    assert main([*args, "--help"]) == 0, capsys.readouterr().err
    assert "Usage: instagram-graph" in capsys.readouterr().out


def test_the_schedules_are_there_and_the_page_is_linked() -> None:
    assert "instagram-graph tokens refresh-due --json" in PAGE
    assert re.search(r"```cron\n(?:#.*\n)*\d+ \d+ \* \* \* .*instagram-graph tokens refresh-due", PAGE)
    assert "OnCalendar=daily" in PAGE
    assert "ExecStart=/usr/local/bin/instagram-graph tokens refresh-due" in PAGE
    assert "(cli.md)" in (ROOT / "docs" / "index.md").read_text()
    assert "(cli.md)" in (ROOT / "docs" / "access-tokens.md").read_text()
