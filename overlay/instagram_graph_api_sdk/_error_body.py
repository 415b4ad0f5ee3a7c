"""Meta's error bodies read into an `ErrorInfo`: a total parser, so `parse_error_body` never
raises, whatever the bytes (Meta's own Python SDK crashed on `error_data` strings and HTML bodies;
facebook-python-business-sdk#272, #421, #525). `_classify` turns the result into an exception."""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from ._redact import redact, strip_controls


class ErrorInfo(NamedTuple):
    """What an error body says, whatever its shape. Every field may be missing."""

    envelope: str  # "graph", "oauth", "legacy", "upload", "json" (no known envelope), "non-json", "empty"
    message: str | None = None
    code: int | None = None
    subcode: int | None = None
    type: str | None = None
    fbtrace_id: str | None = None
    is_transient: bool | None = None
    user_title: str | None = None
    user_message: str | None = None


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:  # not str.isdigit(): "²" is a digit to it, and int() refuses it (found by the fuzz run)
            return int(value.strip())
        except ValueError:  # also a string of more digits than int() accepts
            return None
    return None


def _str(value: Any, limit: int = 2000) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    return redact(strip_controls(str(value)))[:limit]


def _bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return None


def parse_error_body(body: bytes) -> ErrorInfo:
    """Read any error body (bytes) into ErrorInfo. Never raises."""
    if not body.strip():
        return ErrorInfo("empty")
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return ErrorInfo("non-json")
    if not isinstance(data, dict):
        return ErrorInfo("json")
    error = data.get("error")
    if isinstance(error, dict):
        return ErrorInfo(
            "graph",
            message=_str(error.get("message")),
            code=_int(error.get("code")),
            subcode=_int(error.get("error_subcode")),
            type=_str(error.get("type"), 100),
            fbtrace_id=_str(error.get("fbtrace_id"), 100),
            is_transient=_bool(error.get("is_transient")),
            user_title=_str(error.get("error_user_title")),
            user_message=_str(error.get("error_user_msg")),
        )
    debug = data.get("debug_info")
    if isinstance(debug, dict):  # the resumable upload host: {"debug_info": {retriable, type, message}}
        return ErrorInfo(
            "upload",
            message=_str(debug.get("message")),
            type=_str(debug.get("type"), 100),
            is_transient=_bool(debug.get("retriable")),
        )
    if isinstance(error, str):  # {"error": "access_denied", "error_description": "..."}
        return ErrorInfo("oauth", message=_str(data.get("error_description")) or _str(error), type=_str(error, 100))
    # api.instagram.com: {"error_type", "code", "error_message"}; pre-2020: {"meta": {...}}.
    for envelope, source in (("oauth", data), ("legacy", data.get("meta"))):
        if isinstance(source, dict) and ("error_message" in source or "error_type" in source):
            return ErrorInfo(
                envelope,
                message=_str(source.get("error_message")),
                code=_int(source.get("code")),
                type=_str(source.get("error_type"), 100),
            )
    return ErrorInfo("json")
