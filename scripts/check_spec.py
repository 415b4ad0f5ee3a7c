"""Validate spec/instagram.openapi.yaml: openapi-spec-validator, then the house rules.

House rules (spec/README.md explains each):
  * every operation has a snake_case operationId, exactly one declared tag, a description that
    names its permissions and links Meta's documentation, an error response, and an example for
    its request body and for each success response;
  * vendor extensions use known values;
  * response and webhook schemas use no `enum` (Meta adds values without notice; known values go
    in `x-known-values`), request-side enums are fine;
  * request bodies and the objects nested in them are `$ref`s to named components (so the
    TypedDict views and the attrs models share names);
  * every example validates against its schema;
  * every server's `version` variable defaults to the root server's (one place for the version);
  * credential properties (and the paging URLs, which carry the token) are marked `x-secret`;
  * no real-looking token or secret appears anywhere.

Usage: python scripts/check_spec.py [path]   (exit status 1 with one line per problem)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from referencing import Registry
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "instagram.openapi.yaml"
HTTP_METHODS = ("get", "post", "delete", "put", "patch")
SNAKE = re.compile(r"^_?[a-z][a-z0-9_]*$")
META_DOCS = "https://developers.facebook.com/"
KNOWN = {
    "x-login": {"instagram", "facebook"},
    "x-sdk-paginated": {"cursor", "cursor-only", "time"},
    "x-sdk-retry": {"never", "reconcile-container"},
    "x-sdk-unwrap": {"data-first"},
    "x-status": {"unconfirmed"},
}
# Token shapes Meta issues (Instagram Login IGAA/IGQV, Facebook EAA...) and hex app secrets.
SECRET_SHAPES = re.compile(r"(IGAA|IGQV|EAA[A-Z])[A-Za-z0-9_-]{20,}|\b[0-9a-f]{32}\b")
# Properties that hold a credential (or a URL carrying one): the models must keep them out of repr.
SECRET_PROPERTIES = {
    "access_token",
    "client_secret",
    "appsecret_proof",
    "fb_exchange_token",
    "refresh_token",
    "input_token",
    "code",
    "next",
    "previous",
}
# Meta writes timestamps as 2025-03-02T08:15:00+0000, which is ISO 8601 but not RFC 3339.
META_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$")


def load(path: Path = SPEC) -> dict[str, Any]:
    with path.open() as f:
        data: dict[str, Any] = yaml.safe_load(f)
    return data


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def refs_in(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/components/schemas/"):
                yield value.rsplit("/", 1)[1]
            else:
                yield from refs_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs_in(value)


def reachable(spec: dict[str, Any], roots: list[Any]) -> set[str]:
    schemas = spec["components"]["schemas"]
    seen: set[str] = set()
    todo = [name for root in roots for name in refs_in(root)]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo += list(refs_in(schemas[name]))
    return seen


def meta_datetime(value: object) -> bool:
    return not isinstance(value, str) or bool(META_DATETIME.match(value))


def schema_validator(spec: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    """A JSON Schema validator for one spec schema, resolving #/components refs against the spec."""
    registry: Registry[Any] = Registry().with_resource("urn:spec", DRAFT202012.create_resource(spec))
    rebased = _rebase(schema)
    checker = FormatChecker(formats=())
    checker.checks("date-time")(meta_datetime)
    return Draft202012Validator(rebased, registry=registry, format_checker=checker)


def _rebase(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: ("urn:spec" + v if k == "$ref" and v.startswith("#/") else _rebase(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node


def media_examples(media: dict[str, Any]) -> list[tuple[str, Any]]:
    out = []
    if "example" in media:
        out.append(("example", media["example"]))
    for name, ex in media.get("examples", {}).items():
        out.append((f"examples.{name}", ex["value"]))
    return out


def collect_examples(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(where, schema, example) for every request, response and component example."""
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        body = resolve(spec, op.get("requestBody", {}))
        for ctype, media in body.get("content", {}).items():
            for name, value in media_examples(media):
                yield f"{where} request {ctype} {name}", media.get("schema", {}), value
        for code, response in op.get("responses", {}).items():
            response = resolve(spec, response)
            for ctype, media in response.get("content", {}).items():
                for name, value in media_examples(media):
                    yield f"{where} {code} {ctype} {name}", media.get("schema", {}), value
    for name, schema in spec["components"]["schemas"].items():
        for i, value in enumerate(schema.get("examples", [])):
            yield f"components.schemas.{name} examples[{i}]", {"$ref": f"#/components/schemas/{name}"}, value


def house_rules(spec: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    tags = {t["name"] for t in spec["tags"]}
    schemas = spec["components"]["schemas"]
    method_names: dict[tuple[str, str], str] = {}
    response_roots: list[Any] = []
    request_roots: list[Any] = []
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        oid = op.get("operationId", "")
        if not SNAKE.match(oid):
            problems.append(f"{where}: operationId {oid!r} is not snake_case")
        if len(op.get("tags", [])) != 1 or op["tags"][0] not in tags:
            problems.append(f"{where}: needs exactly one tag from {sorted(tags)}")
        description = op.get("description", "")
        if META_DOCS not in description:
            problems.append(f"{where}: description must link Meta's documentation ({META_DOCS}...)")
        if "Permissions" not in description:
            problems.append(f"{where}: description must name the permissions it needs ('Permissions: ...')")
        responses = op.get("responses", {})
        if not any(code == "default" or code.startswith("4") for code in responses):
            problems.append(f"{where}: needs an error response (default or 4xx)")
        for code, response in responses.items():
            response = resolve(spec, response)
            if code.startswith("2"):
                response_roots.append(response)
                for ctype, media in response.get("content", {}).items():
                    if not media_examples(media):
                        problems.append(f"{where}: {code} {ctype} response has no example")
            elif code.startswith("3"):
                if not any("example" in h for h in response.get("headers", {}).values()):
                    problems.append(f"{where}: {code} response needs a header example")
            else:
                response_roots.append(response)
        if not any(code.startswith(("2", "3")) for code in responses):
            problems.append(f"{where}: has no success response")
        body = resolve(spec, op.get("requestBody", {}))
        for media in body.get("content", {}).values():
            request_roots.append(media)
            schema = media.get("schema", {})
            if "$ref" not in schema and schema.get("format") != "binary":
                problems.append(f"{where}: request body schema must be a $ref to a component")
            if "$ref" in schema and not media_examples(media):
                problems.append(f"{where}: request body has no example")
        for key, allowed in KNOWN.items():
            if key in op and op[key] not in allowed:
                problems.append(f"{where}: {key}={op[key]!r} is not one of {sorted(allowed)}")
        if op.get("x-login") == "facebook" and not any("graph.facebook.com" in s["url"] for s in op.get("servers", [])):
            problems.append(f"{where}: x-login facebook operations must name the graph.facebook.com server")
        method_key = (op["tags"][0] if op.get("tags") else "", op.get("x-sdk-method", oid))
        if method_key in method_names:
            problems.append(
                f"{where}: method {method_key[1]!r} repeats {method_names[method_key]} in tag {method_key[0]!r}"
            )
        method_names[method_key] = where

    webhook_roots = [{"$ref": f"#/components/schemas/{n}"} for n in schemas if n.startswith("Webhook")]
    for name in sorted(reachable(spec, response_roots + webhook_roots)):
        for where, node in walk_schema(schemas[name], f"components.schemas.{name}"):
            if "enum" in node:
                problems.append(
                    f"{where}: response/webhook schemas must not use enum (Meta adds values); use x-known-values"
                )
    for name in sorted(reachable(spec, request_roots)):
        for where, node in walk_schema(schemas[name], f"components.schemas.{name}"):
            if node.get("type") == "object" and "properties" in node and where != f"components.schemas.{name}":
                problems.append(f"{where}: objects nested in request bodies must be $refs to components")

    root_version = spec["servers"][0]["variables"]["version"]["default"]
    for path, method, op in operations(spec):
        for server in op.get("servers", []):
            version = server.get("variables", {}).get("version", {}).get("default", root_version)
            if version != root_version:
                problems.append(
                    f"{method.upper()} {path}: server version {version!r} differs from the root's {root_version!r} "
                    "(refer to the root's &api_version anchor)"
                )
    for name, schema in schemas.items():
        for where, node in walk_schema(schema, f"components.schemas.{name}"):
            for prop, sub in node.get("properties", {}).items():
                if prop in SECRET_PROPERTIES and sub.get("type") == "string" and sub.get("x-secret") is not True:
                    problems.append(f"{where}.{prop}: holds a credential; mark it `x-secret: true` (kept out of repr)")

    for where, schema, example in collect_examples(spec):
        for error in schema_validator(spec, schema).iter_errors(example):
            problems.append(f"{where}: example does not validate: {error.message}")
    return problems


def walk_schema(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if not isinstance(node, dict) or "$ref" in node:
        return
    yield where, node
    for key in ("properties", "patternProperties"):
        for name, sub in node.get(key, {}).items():
            yield from walk_schema(sub, f"{where}.{name}")
    for key in ("items", "additionalProperties"):
        if isinstance(node.get(key), dict):
            yield from walk_schema(node[key], f"{where}.{key}")
    for key in ("oneOf", "anyOf", "allOf"):
        for i, sub in enumerate(node.get(key, [])):
            yield from walk_schema(sub, f"{where}.{key}[{i}]")


def check(path: Path = SPEC) -> list[str]:
    try:
        spec = load(path)
    except yaml.YAMLError as exc:
        return [f"{path}: not valid YAML: {exc}"]
    try:
        validate(spec)
    except OpenAPIValidationError as exc:
        return [f"{path}: openapi-spec-validator: {exc.message}"]
    problems = house_rules(spec)
    for match in SECRET_SHAPES.finditer(path.read_text()):
        problems.append(f"{path}: secret-shaped value: {match.group(0)[:8]}... (use an obvious fake)")
    return problems


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else SPEC
    problems = check(path)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{path}: {len(problems)} problem(s); generated/ was left untouched.", file=sys.stderr)
        return 1
    print(f"{path}: valid ({sum(1 for _ in operations(load(path)))} operations, house rules pass)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
