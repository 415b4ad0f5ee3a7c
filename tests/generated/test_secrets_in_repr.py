"""Properties the spec marks `x-secret` stay out of the generated models' repr() and str(), and
the generated clients never show their token or headers."""

from __future__ import annotations

import importlib
import re
from typing import Any

import check_spec
import pytest

from instagram_graph_api_client.client import AuthenticatedClient, Client

SPEC = check_spec.load()
SECRET = "secret-value-0123456789"


def module_name(schema: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", schema).lower()


def marked() -> list[tuple[str, str]]:
    found = []
    for name, schema in SPEC["components"]["schemas"].items():
        for prop, sub in (schema.get("properties") or {}).items():
            if sub.get("x-secret"):
                found.append((name, prop))
    return found


def test_the_spec_marks_every_credential() -> None:
    assert set(marked()) >= {
        ("Paging", "next"),
        ("Paging", "previous"),
        ("ShortLivedToken", "access_token"),
        ("LongLivedToken", "access_token"),
        ("ShortLivedTokenRequest", "client_secret"),
        ("ShortLivedTokenRequest", "code"),
        ("FacebookPage", "access_token"),
    }


@pytest.mark.parametrize(("schema", "prop"), marked())
def test_a_secret_property_is_kept_but_not_shown(schema: str, prop: str) -> None:
    model: Any = getattr(importlib.import_module(f"instagram_graph_api_client.models.{module_name(schema)}"), schema)
    data: dict[str, Any] = {}
    for name, sub in (SPEC["components"]["schemas"][schema].get("properties") or {}).items():
        if name in SPEC["components"]["schemas"][schema].get("required", []) or name == prop:
            data[name] = SECRET if name == prop else _sample(sub)
    value = model.from_dict(data)
    assert value.to_dict()[prop] == SECRET  # the data is intact
    assert SECRET not in repr(value)
    assert SECRET not in str(value)


def _sample(sub: dict[str, Any]) -> Any:
    if "enum" in sub:
        return sub["enum"][0]
    return {"string": "x", "integer": 1, "array": []}.get(sub.get("type", "string"), "x")


def test_the_generated_clients_hide_token_and_headers() -> None:
    authenticated = AuthenticatedClient(base_url="https://graph.instagram.com", token=SECRET)
    authenticated.get_httpx_client()  # copies the token into the Authorization header
    plain = Client(base_url="https://graph.instagram.com", headers={"Authorization": f"Bearer {SECRET}"})
    configured = Client(base_url="https://graph.instagram.com", httpx_args={"headers": {"X-Token": SECRET}})
    for client in (authenticated, plain, configured):
        assert SECRET not in repr(client)
        assert "graph.instagram.com" in repr(client)
