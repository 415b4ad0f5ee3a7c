"""The wheel and the sdist build offline and carry what an install needs (README: Installing)."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_and_sdist_build_and_carry_both_packages(tmp_path: Path) -> None:
    # --no-isolation: hatchling comes from the locked dev environment, so no network is needed.
    result = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    wheel = next(tmp_path.glob("instagram_graph_api_sdk-*-py3-none-any.whl"))
    sdist = next(tmp_path.glob("instagram_graph_api_sdk-*.tar.gz"))

    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(archive.read(n).decode() for n in names if n.endswith(".dist-info/entry_points.txt"))
        metadata = next(archive.read(n).decode() for n in names if n.endswith(".dist-info/METADATA"))
    for path in (
        "instagram_graph_api_sdk/__init__.py",
        "instagram_graph_api_sdk/py.typed",
        "instagram_graph_api_sdk/testing/fake.py",
        "instagram_graph_api_sdk/_cli.py",
        "instagram_graph_api_client/__init__.py",
        "instagram_graph_api_client/py.typed",
        "instagram_graph_api_client/models/user.py",
        "instagram_graph_api_client/resources/users.py",
    ):
        assert path in names, path
    assert not any(n.startswith(("overlay/", "generated/", "tests/")) for n in names)
    assert "instagram-graph = instagram_graph_api_sdk._cli:main" in entry_points
    assert "instagram_graph_api_sdk = instagram_graph_api_sdk.testing.pytest_plugin" in entry_points
    assert "Requires-Dist: httpx" in metadata

    with tarfile.open(sdist) as archive:
        members = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for path in (
        "pyproject.toml",
        "README.md",
        "LICENSE",
        "overlay/instagram_graph_api_sdk/py.typed",
        "generated/instagram_graph_api_client/py.typed",
        "spec/instagram.openapi.yaml",
    ):
        assert path in members, path
