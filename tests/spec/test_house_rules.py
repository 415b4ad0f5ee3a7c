"""The spec checker enforces each house rule (each rule is shown failing on a broken copy)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import check_spec
import pytest

SPEC = check_spec.load()


def op(spec: dict[str, Any], path: str, method: str = "get") -> dict[str, Any]:
    result: dict[str, Any] = spec["paths"][path][method]
    return result


def drop_example(spec: dict[str, Any]) -> None:
    media = op(spec, "/{ig_media_id}")["responses"]["200"]["content"]["application/json"]
    del media["example"]


def enum_in_response(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Media"]["properties"]["media_type"]["enum"] = ["IMAGE", "VIDEO"]


def inline_nested_object(spec: dict[str, Any]) -> None:
    props = spec["components"]["schemas"]["SendMessageRequest"]["properties"]
    props["recipient"] = {"type": "object", "properties": {"id": {"type": "string"}}}


def facebook_without_host(spec: dict[str, Any]) -> None:
    del op(spec, "/ig_hashtag_search")["servers"]


def duplicate_method(spec: dict[str, Any]) -> None:
    op(spec, "/{ig_media_id}/children")["x-sdk-method"] = "get"


def bad_example(spec: dict[str, Any]) -> None:
    op(spec, "/{ig_media_id}")["responses"]["200"]["content"]["application/json"]["example"]["like_count"] = "many"


CASES: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("operationId", lambda s: op(s, "/{ig_media_id}").update(operationId="getMedia"), "is not snake_case"),
    ("tag", lambda s: op(s, "/{ig_media_id}").update(tags=["photos"]), "needs exactly one tag"),
    ("doc link", lambda s: op(s, "/{ig_media_id}").update(description="Permissions: x."), "link Meta's documentation"),
    (
        "permissions",
        lambda s: op(s, "/{ig_media_id}").update(description="See https://developers.facebook.com/x"),
        "name the permissions",
    ),
    ("error response", lambda s: op(s, "/{ig_media_id}")["responses"].pop("default"), "needs an error response"),
    ("example", drop_example, "has no example"),
    ("open enums", enum_in_response, "must not use enum"),
    ("request refs", inline_nested_object, "must be $refs to components"),
    ("x-login value", lambda s: op(s, "/{ig_media_id}").update({"x-login": "twitter"}), "x-login='twitter'"),
    ("facebook host", facebook_without_host, "graph.facebook.com server"),
    ("unique methods", duplicate_method, "repeats"),
    ("examples validate", bad_example, "example does not validate"),
    (
        "one version",
        lambda s: op(s, "/ig_hashtag_search")["servers"][0]["variables"]["version"].update(default="v19.0"),
        "differs from the root's",
    ),
    (
        "secrets marked",
        lambda s: s["components"]["schemas"]["LongLivedToken"]["properties"]["access_token"].pop("x-secret"),
        "mark it `x-secret: true`",
    ),
    (
        "paging urls marked",
        lambda s: s["components"]["schemas"]["Paging"]["properties"]["next"].pop("x-secret"),
        "mark it `x-secret: true`",
    ),
]


def test_the_real_spec_passes() -> None:
    assert check_spec.house_rules(SPEC) == []


def test_the_spec_has_at_least_60_operations_in_every_group() -> None:
    ops = list(check_spec.operations(SPEC))
    assert len(ops) >= 60
    tags = {o["tags"][0] for _, _, o in ops}
    assert tags == {t["name"] for t in SPEC["tags"]}


@pytest.mark.parametrize(("rule", "break_it", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_rule_catches_its_violation(rule: str, break_it: Callable[[dict[str, Any]], None], expected: str) -> None:
    broken = copy.deepcopy(SPEC)
    break_it(broken)
    problems = check_spec.house_rules(broken)
    assert any(expected in p for p in problems), problems


def test_secret_shaped_values_are_refused(tmp_path: Path) -> None:
    text = check_spec.SPEC.read_text().replace("FAKE-LONG-LIVED-TOKEN", "IGAA" + "Q" * 60, 1)
    path = tmp_path / "spec.yaml"
    path.write_text(text)
    assert any("secret-shaped" in p for p in check_spec.check(path))


def test_openapi_errors_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n")
    problems = check_spec.check(path)
    assert len(problems) == 1
    assert "openapi-spec-validator" in problems[0]
