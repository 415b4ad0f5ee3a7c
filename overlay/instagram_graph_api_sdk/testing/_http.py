"""FakeInstagram's request and response types, Graph errors, field selection and paging."""

from __future__ import annotations

import base64
import json
import re
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlencode

from instagram_graph_api_client._operations import DEFAULT_API_VERSION

from ._state import State, Token

VERSIONED = re.compile(r"/(v\d+\.\d+)(/.*)?")


@dataclass
class FakeRequest:
    method: str
    host: str
    path: str  # without the version prefix
    version: str | None
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: bytes = b""
    params: dict[str, Any] = field(default_factory=dict)  # query + form or JSON body fields

    @classmethod
    def build(
        cls, method: str, host: str, raw_path: str, raw_query: str, headers: dict[str, str], body: bytes
    ) -> FakeRequest:
        query = {k: v[0] for k, v in parse_qs(raw_query, keep_blank_values=True).items()}
        match = VERSIONED.fullmatch(raw_path)
        version, path = (match.group(1), match.group(2) or "/") if match else (None, raw_path)
        lowered = {k.lower(): v for k, v in headers.items()}
        params: dict[str, Any] = dict(query)
        content_type = lowered.get("content-type", "")
        if body and "application/json" in content_type:
            try:
                decoded = json.loads(body)
            except ValueError:
                decoded = None
            if isinstance(decoded, dict):
                params.update(decoded)
        elif body and "application/x-www-form-urlencoded" in content_type:
            params.update(
                {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items()}
            )
        return cls(method.upper(), host, path, version, query, lowered, body, params)

    def token(self) -> str | None:
        auth = self.headers.get("authorization", "")
        if auth.lower().startswith(("bearer ", "oauth ")):
            return auth.split(" ", 1)[1].strip()
        return self.query.get("access_token")


@dataclass
class FakeResponse:
    status: int
    body: Any  # a JSON value, or str for HTML/text
    operation_id: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def content(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode()
        return json.dumps(self.body, separators=(",", ":")).encode()

    def content_type(self) -> str:
        return (
            "application/json; charset=UTF-8" if not isinstance(self.body, str | bytes) else "text/html; charset=utf-8"
        )


def graph_error(
    code: int,
    message: str,
    *,
    subcode: int | None = None,
    status: int = 400,
    operation_id: str | None = None,
    error_type: str = "OAuthException",
    transient: bool | None = None,
) -> FakeResponse:
    error: dict[str, Any] = {"message": message, "type": error_type, "code": code}
    if subcode is not None:
        error["error_subcode"] = subcode
    if transient is not None:
        error["is_transient"] = transient
    error["fbtrace_id"] = "Fake" + secrets.token_urlsafe(8)
    return FakeResponse(status, {"error": error}, operation_id)


def oauth_error(message: str, operation_id: str = "get_short_lived_token") -> FakeResponse:
    """api.instagram.com's flat envelope: `code` is the HTTP status."""
    return FakeResponse(400, {"error_type": "OAuthException", "code": 400, "error_message": message}, operation_id)


def expired_message(token: Token, now: Any) -> str:
    def fmt(when: Any) -> str:
        return str(when.strftime("%A, %d-%b-%y %H:%M:%S UTC"))

    return (
        f"Error validating access token: Session has expired on {fmt(token.expires)}. The current time is {fmt(now)}."
    )


def authenticate(state: State, request: FakeRequest, operation_id: str | None = None) -> Token | FakeResponse:
    """The request's token, or the Graph error Meta answers for a missing, expired or revoked one."""
    value = request.token()
    token = state.tokens.get(value or "")
    if token is None:
        return graph_error(190, "Invalid OAuth access token - Cannot parse access token", operation_id=operation_id)
    if token.revoked == "password_changed":
        message = (
            "Error validating access token: The session has been invalidated because the user changed their "
            "password or Facebook has changed the session for security reasons."
        )
        return graph_error(190, message, subcode=460, operation_id=operation_id)
    if token.revoked:
        return graph_error(
            190,
            "Error validating access token: The user has not authorized application.",
            subcode=458,
            operation_id=operation_id,
        )
    if state.now() >= token.expires:
        return graph_error(190, expired_message(token, state.now()), subcode=463, operation_id=operation_id)
    return token


def missing_permission(token: Token, scope: str, operation_id: str) -> FakeResponse | None:
    if scope in token.scopes:
        return None
    return graph_error(
        10,
        f"(#10) Application does not have permission for this action ({scope} was not granted)",
        operation_id=operation_id,
    )


# --- field selection: `id,caption,children{media_url},comments.limit(5){text}`
@dataclass
class Field:
    name: str
    args: dict[str, str]
    sub: list[Field] | None


def parse_fields(text: str | None) -> list[Field]:
    if not text:
        return []
    items, depth, current = [], 0, ""
    for char in text:
        if char in "{(":
            depth += 1
        elif char in "})":
            depth -= 1
        if char == "," and depth == 0:
            items.append(current)
            current = ""
        else:
            current += char
    items.append(current)
    fields = []
    for item in (i.strip() for i in items if i.strip()):
        sub = None
        if "{" in item and item.endswith("}"):
            item, inner = item[: item.index("{")], item[item.index("{") + 1 : -1]
            sub = parse_fields(inner)
        name, *modifiers = item.split(".")
        args = {}
        for modifier in modifiers:
            match = re.fullmatch(r"(\w+)\((.*)\)", modifier)
            if match:
                args[match.group(1)] = match.group(2)
        fields.append(Field(name, args, sub))
    return fields


def project(obj: dict[str, Any], fields: list[Field], expand: Any = None) -> dict[str, Any]:
    """Only the requested fields (plus `id`, which Graph always returns). `expand(obj, field)`
    resolves edges requested as fields (children, comments, messages, ...)."""
    out: dict[str, Any] = {}
    for f in fields or [Field("id", {}, None)]:
        value = expand(obj, f) if expand is not None else None
        if value is None:
            value = obj.get(f.name)
            if isinstance(value, dict) and f.sub:
                value = project(value, f.sub)
        if value is not None:
            out[f.name] = value
    if "id" in obj:
        out.setdefault("id", obj["id"])
    return out


def cursor(index: int) -> str:
    return base64.urlsafe_b64encode(f"fake-cursor:{index}".encode()).decode().rstrip("=")


def uncursor(value: str | None) -> int:
    if not value:
        return 0
    try:
        decoded = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
        return int(decoded.split(":", 1)[1])
    except (ValueError, IndexError):
        return 0


def page(
    items: list[dict[str, Any]], request: FakeRequest, *, limit: int = 25, max_limit: int = 100, with_next: bool = True
) -> dict[str, Any]:
    """A cursor page like Graph's: data, cursors, and a `next` URL that carries the token (as Meta's do)."""
    try:
        size = max(1, min(int(request.params.get("limit", limit)), max_limit))
    except (TypeError, ValueError):
        size = limit
    start = uncursor(request.params.get("after"))
    chunk = items[start : start + size]
    body: dict[str, Any] = {"data": chunk}
    if not chunk:
        return body
    body["paging"] = {"cursors": {"before": cursor(start), "after": cursor(start + len(chunk))}}
    if with_next and start + size < len(items):
        query = {**request.query, "after": cursor(start + len(chunk)), "limit": str(size)}
        if "access_token" not in query and request.token():
            query["access_token"] = request.token() or ""
        body["paging"]["next"] = (
            f"https://graph.instagram.com/{request.version or DEFAULT_API_VERSION}{request.path}?{urlencode(query)}"
        )
    return body
