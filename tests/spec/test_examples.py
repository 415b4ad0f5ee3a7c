"""Every example in the spec validates against its schema, parses into its model and round-trips."""

from __future__ import annotations

import datetime as dt
import importlib
import re
from typing import Any

import check_spec
import httpx
import pytest

from instagram_graph_api_client import models

SPEC = check_spec.load()
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")
EXAMPLES = list(check_spec.collect_examples(SPEC))


def normalize(value: Any) -> Any:
    """Make `+0000` and `+00:00` timestamps compare equal (to_dict writes the latter)."""
    if isinstance(value, dict):
        return {k: normalize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalize(v) for v in value]
    if isinstance(value, str) and ISO.match(value):
        return dt.datetime.fromisoformat(value)
    return value


def response_examples() -> list[tuple[str, str, str, Any]]:
    out = []
    for path, method, op in check_spec.operations(SPEC):
        for code, response in op["responses"].items():
            if not code.startswith("2"):
                continue
            for media in check_spec.resolve(SPEC, response).get("content", {}).values():
                for name, value in check_spec.media_examples(media):
                    out.append((f"{method.upper()} {path} {name}", op["tags"][0], op["operationId"], value))
    return out


def request_examples() -> list[tuple[str, str, Any]]:
    out = []
    for path, method, op in check_spec.operations(SPEC):
        body = check_spec.resolve(SPEC, op.get("requestBody", {}))
        for media in body.get("content", {}).values():
            if "$ref" in media.get("schema", {}):
                name = media["schema"]["$ref"].rsplit("/", 1)[1]
                for label, value in check_spec.media_examples(media):
                    out.append((f"{method.upper()} {path} {label}", name, value))
    return out


def test_the_spec_has_examples_everywhere() -> None:
    assert len(EXAMPLES) >= 80
    assert len(response_examples()) >= 61


@pytest.mark.parametrize(("where", "schema", "example"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example_validates_against_its_schema(where: str, schema: dict[str, Any], example: Any) -> None:
    errors = [e.message for e in check_spec.schema_validator(SPEC, schema).iter_errors(example)]
    assert errors == []


def test_an_invalid_example_is_caught() -> None:
    schema = {"$ref": "#/components/schemas/IdResponse"}
    assert list(check_spec.schema_validator(SPEC, schema).iter_errors({"id": 5}))
    assert list(check_spec.schema_validator(SPEC, schema).iter_errors({}))


@pytest.mark.parametrize(("where", "tag", "operation_id", "example"), response_examples(), ids=lambda v: str(v)[:60])
def test_response_example_parses_and_round_trips(where: str, tag: str, operation_id: str, example: Any) -> None:
    module = importlib.import_module(f"instagram_graph_api_client.api.{tag}.{operation_id}")
    parsed = module.parse_response(httpx.Response(200, json=example))
    assert parsed is not None
    assert normalize(parsed.to_dict()) == normalize(example)
    assert type(parsed).from_dict(parsed.to_dict()) == parsed


@pytest.mark.parametrize(("where", "schema_name", "example"), request_examples(), ids=lambda v: str(v)[:60])
def test_request_example_parses_and_round_trips(where: str, schema_name: str, example: Any) -> None:
    model = getattr(models, schema_name).from_dict(example)
    assert model.to_dict() == example
    assert type(model).from_dict(model.to_dict()) == model


@pytest.mark.parametrize("name", [n for n, s in SPEC["components"]["schemas"].items() if s.get("examples")])
def test_component_example_parses_and_round_trips(name: str) -> None:
    for example in SPEC["components"]["schemas"][name]["examples"]:
        model = getattr(models, name).from_dict(example)
        assert normalize(model.to_dict()) == normalize(example)


def test_unknown_enum_values_parse() -> None:
    # Meta adds values without notice; the spec keeps response values open (house rule).
    media = models.Media.from_dict({"id": "1", "media_type": "HOLOGRAM", "media_product_type": "SPACES"})
    assert (media.media_type, media.media_product_type) == ("HOLOGRAM", "SPACES")
    container = models.Container.from_dict({"id": "2", "status_code": "QUEUED_FOR_REVIEW"})
    assert container.status_code == "QUEUED_FOR_REVIEW"
    user = models.User.from_dict({"id": "3", "account_type": "MEDIA_CREATOR_PLUS"})
    assert user.account_type == "MEDIA_CREATOR_PLUS"
    attachment = models.WebhookAttachment.from_dict({"type": "hologram", "payload": {"url": "x"}})
    assert attachment.type_ == "hologram"


def test_unknown_fields_are_kept() -> None:
    media = models.Media.from_dict({"id": "1", "brand_new_field": {"x": 1}})
    assert media["brand_new_field"] == {"x": 1}
    assert media.to_dict()["brand_new_field"] == {"x": 1}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-03-02T08:15:00+0000", dt.datetime(2025, 3, 2, 8, 15, tzinfo=dt.UTC)),
        ("2025-03-02T08:15:00.123+0000", dt.datetime(2025, 3, 2, 8, 15, 0, 123000, tzinfo=dt.UTC)),
        ("2025-03-02T10:15:00+0200", dt.datetime(2025, 3, 2, 8, 15, tzinfo=dt.UTC)),
        ("2025-03-02T08:15:00Z", dt.datetime(2025, 3, 2, 8, 15, tzinfo=dt.UTC)),
    ],
)
def test_instagram_timestamps_parse(raw: str, expected: dt.datetime) -> None:
    media = models.Media.from_dict({"id": "1", "timestamp": raw})
    assert media.timestamp == expected
    assert isinstance(media.timestamp, dt.datetime)
    assert media.timestamp.tzinfo is not None
