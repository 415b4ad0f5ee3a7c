"""value_or_none and the UNSET idioms of docs/models.md, at run time and under mypy --strict."""

from __future__ import annotations

import textwrap
from pathlib import Path

from mypy import api

from instagram_graph_api_client.models import User
from instagram_graph_api_sdk import UNSET, Unset, value_or_none

ROOT = Path(__file__).resolve().parents[2]


def test_value_or_none() -> None:
    assert value_or_none(UNSET) is None
    assert value_or_none(None) is None  # a null Meta sent stays None
    assert value_or_none(0) == 0  # falsy values are kept: only UNSET becomes None
    assert value_or_none("") == ""
    user = User.from_dict({"id": "1", "username": "u"})
    assert value_or_none(user.username) == "u"
    assert value_or_none(user.media_count) is None
    assert isinstance(user.media_count, Unset)


TYPED = """
from instagram_graph_api_client.models import User
from instagram_graph_api_sdk import Unset, value_or_none


def count_or_none(user: User) -> int | None:
    return value_or_none(user.media_count)


def narrowed(user: User) -> int:
    if isinstance(user.media_count, Unset):
        return 0
    return user.media_count + 1
"""

UNNARROWED = """
from instagram_graph_api_client.models import User


def unnarrowed(user: User) -> int:
    return user.media_count
"""


def mypy_strict(tmp_path: Path, code: str) -> tuple[int, str]:
    source = tmp_path / "idioms.py"
    source.write_text(textwrap.dedent(code))
    config = ROOT / "pyproject.toml"
    out, err, status = api.run(
        ["--strict", "--config-file", str(config), "--cache-dir", str(ROOT / ".mypy_cache"), str(source)]
    )
    return status, out + err


def test_the_idioms_pass_mypy_strict_and_the_unnarrowed_field_does_not(tmp_path: Path) -> None:
    status, output = mypy_strict(tmp_path, TYPED)
    assert status == 0, output
    status, output = mypy_strict(tmp_path, UNNARROWED)
    assert status == 1
    assert "Unset" in output
