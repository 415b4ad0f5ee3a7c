"""Every generated module imports, and the package ships py.typed."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

import instagram_graph_api_client

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(instagram_graph_api_client.__path__, prefix="instagram_graph_api_client.")
)


def test_the_package_has_every_part() -> None:
    assert len(MODULES) > 200
    for part in ("client", "types", "params", "webhook_payloads", "_operations", "resources.users", "models.media"):
        assert f"instagram_graph_api_client.{part}" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_module_imports(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__name__ == name


def test_py_typed_is_shipped() -> None:
    assert (Path(instagram_graph_api_client.__file__).parent / "py.typed").is_file()


def test_package_root_imports_no_client_until_asked() -> None:
    # The lazy package __init__ (template override) keeps `import` cheap but the names work.
    assert instagram_graph_api_client.Client.__name__ == "Client"
    assert instagram_graph_api_client.AuthenticatedClient.__name__ == "AuthenticatedClient"
