"""Recording helpers: where recorded tests send requests, and how cassettes are scrubbed.

Replay is the default (record mode none). There are two ways to re-record:

    INSTAGRAM_CASSETTE_SOURCE=spec  scripts/record_cassettes.py --source spec
        answer every request with the spec's example for its operation (shapes from Meta's docs
        and Postman collection; how the committed cassettes were made)
    INSTAGRAM_CASSETTE_SOURCE=live  make cassettes
        call the real API with the credentials in INSTAGRAM_ACCESS_TOKEN (and friends)

Either way the recorder scrubs tokens, secrets, codes and paging URLs with the SDK's own
redaction function before anything reaches disk.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import check_spec
import httpx

from instagram_graph_api_sdk._redact import REDACTED, redact
from instagram_graph_api_sdk._transport import OPERATION_EXTENSION

SOURCE = os.environ.get("INSTAGRAM_CASSETTE_SOURCE", "replay")
SPEC = check_spec.load()
OPERATIONS = {op["operationId"]: (path, method, op) for path, method, op in check_spec.operations(SPEC)}
SECRET_KEYS = {"access_token", "client_secret", "code", "appsecret_proof"}
# Headers Meta's recorded graph.instagram.com responses carry (Postman collection, 2025).
META_HEADERS = {
    "content-type": "application/json; charset=UTF-8",
    "x-app-usage": '{"call_volume":0,"cpu_time":0}',
    "x-fb-trace-id": "FakeTraceId",
    "x-fb-request-id": "FakeRequestId",
    "cache-control": "private, no-cache, no-store, must-revalidate",
}
# The IDs the recorded tests use. The committed values are the spec examples' (cassettes/ids.json);
# `make cassettes` takes them from INSTAGRAM_TEST_<NAME> and writes them back next to the cassettes.
IDS_FILE = Path(__file__).resolve().parent / "cassettes" / "ids.json"
DEFAULT_IDS = {
    "media_id": "17895695668004550",
    "comment_id": "17858893269000001",
    "container_id": "18270815569115548",
    "igsid": "819898670256713",
    "conversation_id": "FAKE-CONVERSATION-1",
    "message_id": "FAKE-MESSAGE-1",
    "flow_id": "1234567890",
    "hashtag_id": "17843857450040591",
    "ig_user_id": "17841405309211844",
    "page_id": "100000000000001",
    "client_id": "990602627938098",
    "redirect_uri": "https://example.com/instagram/callback",
}


def load_ids() -> dict[str, str]:
    ids = dict(DEFAULT_IDS)
    if IDS_FILE.exists():
        ids.update(json.loads(IDS_FILE.read_text()))
    for key in ids:
        ids[key] = os.environ.get(f"INSTAGRAM_TEST_{key.upper()}", ids[key])
    return ids


IDS = load_ids()


def _scrub_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: (REDACTED if k in SECRET_KEYS and isinstance(v, str) else _scrub_json(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_json(v) for v in value]
    if isinstance(value, str) and ("access_token=" in value or "client_secret=" in value):
        return redact(value)  # paging.next / previous URLs carry the token
    return value


def scrub_request(request: Any) -> Any:
    request.uri = redact(request.uri)
    if request.body:
        body = request.body if isinstance(request.body, str) else request.body.decode("utf-8", "replace")
        request.body = redact(body).encode()
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    body = response.get("body", {}).get("string")
    if body:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
        try:
            text = json.dumps(_scrub_json(json.loads(text)), separators=(",", ":"))
        except ValueError:
            text = redact(text)
        response["body"]["string"] = text.encode()
    for name in list(response.get("headers", {})):
        if name.lower() in ("set-cookie", "x-fb-debug", "location"):
            response["headers"][name] = [redact(v) for v in response["headers"][name]]
    return response


def spec_example(operation_id: str, variant: str = "ok", fields: str = "") -> tuple[int, Any]:
    """The operation's example; among named examples, the one named after a requested field
    (`fields=persistent_menu` -> `persistent_menu`), else the first."""
    _path, _method, op = OPERATIONS[operation_id]
    responses = op["responses"]
    code = "200" if variant == "ok" else next(c for c in responses if not c.startswith("2"))
    media = check_spec.resolve(SPEC, responses[code])["content"]["application/json"]
    examples = check_spec.media_examples(media)
    chosen = next((value for name, value in examples if name.rsplit(".", 1)[-1] in fields), examples[0][1])
    return (200 if code == "200" else 400), chosen


def _operation_of(request: httpx.Request) -> str:
    tagged = request.extensions.get(OPERATION_EXTENSION)
    if tagged:
        return str(tagged)
    return {"/oauth/access_token": "get_short_lived_token", "/access_token": "exchange_token"}[request.url.path]


def spec_transport(variant: str = "ok") -> httpx.MockTransport:
    """Answers each request with its operation's spec example (the committed cassettes' source)."""

    def handler(request: httpx.Request) -> httpx.Response:
        status, body = spec_example(_operation_of(request), variant, request.url.params.get("fields", ""))
        return httpx.Response(status, json=body, headers=META_HEADERS)

    return httpx.MockTransport(handler)


def transport(variant: str = "ok") -> httpx.BaseTransport | None:
    """What the recorded tests send through: spec examples when recording offline, else the real
    transport (vcrpy replays cassettes from it, or it reaches Meta when recording live)."""
    return spec_transport(variant) if SOURCE == "spec" else None
