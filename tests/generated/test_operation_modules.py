"""generated/ holds only what the SDK calls: per operation, `build_request` and `parse_response`
(scripts/codegen/templates/endpoint_module.py.jinja), and the overlay uses only those public names."""

from __future__ import annotations

import ast
import re

import check_spec

PACKAGE = check_spec.ROOT / "generated" / "instagram_graph_api_client"
OVERLAY = check_spec.ROOT / "overlay" / "instagram_graph_api_sdk"
PRIVATE_NAMES = re.compile(r"\b(_get_kwargs|_parse_response|_build_response|sync_detailed|asyncio_detailed)\b")


def test_every_operation_module_offers_exactly_build_request_and_parse_response() -> None:
    modules = sorted((PACKAGE / "api").rglob("*.py"))
    operations = {path.stem for path in modules if path.name != "__init__.py"}
    assert operations == {op["operationId"] for _, _, op in check_spec.operations(check_spec.load())}
    for path in modules:
        if path.name == "__init__.py":
            continue
        functions = {node.name for node in ast.parse(path.read_text()).body if isinstance(node, ast.FunctionDef)}
        assert functions == {"build_request", "parse_response"}, path.relative_to(PACKAGE)


def test_the_overlay_names_no_private_or_removed_generated_function() -> None:
    found = [
        f"{path.relative_to(OVERLAY)}:{number}: {line.strip()}"
        for path in sorted(OVERLAY.rglob("*.py"))
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if PRIVATE_NAMES.search(line)
    ]
    assert found == []
