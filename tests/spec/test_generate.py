"""The generation pipeline: a broken spec changes nothing; a new operation becomes a method."""

from __future__ import annotations

import copy
import inspect
from pathlib import Path

import check_spec
import generate
import pytest
import yaml

from instagram_graph_api_client._operations import DEFAULT_API_VERSION, OPERATIONS
from instagram_graph_api_sdk import AsyncInstagramClient, InstagramClient

SPEC = check_spec.load()


def test_a_malformed_spec_stops_generation_and_leaves_the_target_untouched(tmp_path: Path) -> None:
    target = tmp_path / "instagram_graph_api_client"
    target.mkdir()
    (target / "sentinel.py").write_text("KEEP = 1\n")
    broken = tmp_path / "spec.yaml"
    broken.write_text(check_spec.SPEC.read_text().replace("operationId: get_media\n", "operationId: GetMedia\n", 1))
    with pytest.raises(SystemExit, match="left untouched"):
        generate.build(broken, target)
    assert [p.name for p in target.iterdir()] == ["sentinel.py"]


def test_yaml_errors_are_reported(tmp_path: Path) -> None:
    broken = tmp_path / "spec.yaml"
    broken.write_text("openapi: [unclosed\n")
    assert "not valid YAML" in check_spec.check(broken)[0]


def test_a_new_operation_appears_on_the_client_after_generate(tmp_path: Path) -> None:
    spec = copy.deepcopy(SPEC)
    template = copy.deepcopy(spec["paths"]["/{ig_user_id}/tags"]["get"])
    template.update(operationId="get_brand_new_edge", summary="A new edge")
    template.pop("x-sdk-paginated")
    spec["paths"]["/{ig_user_id}/brand_new_edge"] = {"get": template}
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    target = tmp_path / "out" / "instagram_graph_api_client"
    generate.build(path, target)
    users = (target / "resources" / "users.py").read_text()
    assert "    def get_brand_new_edge(" in users
    assert "    async def get_brand_new_edge(" in users
    assert '"get_brand_new_edge": Operation(' in (target / "_operations.py").read_text()


def test_every_operation_is_a_method_on_both_clients() -> None:
    sync = InstagramClient("t")
    async_ = AsyncInstagramClient("t")
    for op in OPERATIONS.values():
        if op.hidden:
            continue
        sync_method = getattr(getattr(sync, op.tag), op.method_name)
        async_method = getattr(getattr(async_, op.tag), op.method_name)
        assert not inspect.iscoroutinefunction(sync_method), op.operation_id
        assert inspect.iscoroutinefunction(async_method), op.operation_id
    sync.close()


def test_the_api_version_lives_in_the_spec() -> None:
    assert DEFAULT_API_VERSION == SPEC["servers"][0]["variables"]["version"]["default"] == "v25.0"
    assert InstagramClient("t").api_version == DEFAULT_API_VERSION
    assert InstagramClient("t", api_version="v27.0").api_version == "v27.0"
