"""One redaction function for URLs, headers and bodies, and the logging filter that applies it.

Instagram puts secrets in query strings and form bodies (`access_token`, `client_secret`,
`code`), and httpx logs every request's full URL at INFO. `redact` scrubs:
  * secret parameters in query strings, form bodies and JSON bodies;
  * `Authorization` header values (Bearer and OAuth);
  * token-shaped strings (IGAA..., IGQV..., EAA...);
  * every secret the SDK has seen in this process (tokens it was given or received).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Mapping
from functools import cache

REDACTED = "[REDACTED]"
SECRET_PARAMS = (
    "access_token",
    "client_secret",
    "code",
    "appsecret_proof",
    "fb_exchange_token",
    "input_token",
    "refresh_token",
)
_NAMES = "|".join(SECRET_PARAMS)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The redaction patterns, compiled on first use (compiling them costs more than the rest
    of `import instagram_graph_api_sdk`'s own modules together)."""
    return (
        # name=value in query strings and form bodies (also percent-encoded as in logged URLs).
        re.compile(rf"(?i)(?<![\w-])({_NAMES})(=|%3D)([^&\s#\"'<>]*)"),
        # "name": "value" in JSON.
        re.compile(rf'(?i)("(?:{_NAMES})"\s*:\s*)"(?:[^"\\]|\\.)*"'),
        # Authorization headers in any rendering: "Authorization: Bearer x", ('authorization', 'OAuth x').
        re.compile(r"(?i)(authorization['\"]?\s*[:=,]\s*['\"]?(?:b['\"])?(?:bearer|oauth)?\s*)[^\s'\",)]+"),
        # Token shapes Meta issues: Instagram Login (IGAA, IGQV) and Facebook (EAA...).
        re.compile(r"\b(?:IGAA|IGQV|EAA)[A-Za-z0-9_\-]{16,}"),
    )


_known: dict[str, None] = {}  # insertion-ordered set of secrets seen in this process
_known_lock = threading.Lock()
_KNOWN_LIMIT = 1000


def register_secret(value: str | None) -> None:
    """Remember a secret so `redact` scrubs it wherever it appears (tokens, app secrets)."""
    if not value or len(value) < 8:
        return
    with _known_lock:
        _known[value] = None
        if len(_known) > _KNOWN_LIMIT:
            del _known[next(iter(_known))]


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Scrub secrets from `text` (a URL, a header dump, a body, a log line, an error message)."""
    for secret in (*secrets, *tuple(_known)):
        if secret and secret in text:
            text = text.replace(secret, REDACTED)
    param, json_value, auth, token = _patterns()
    text = param.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    text = json_value.sub(lambda m: f'{m.group(1)}"{REDACTED}"', text)
    text = auth.sub(lambda m: f"{m.group(1)}{REDACTED}", text)
    return token.sub(REDACTED, text)


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of `headers` with Authorization and signature values replaced."""
    sensitive = {"authorization", "x-hub-signature", "x-hub-signature-256", "cookie", "set-cookie"}
    return {k: (REDACTED if k.lower() in sensitive else redact(v)) for k, v in headers.items()}


class RedactingFilter(logging.Filter):
    """Rewrites each record's message through `redact` (httpx passes URLs as httpx.URL objects)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not break logging
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


# Loggers that can carry request details. Filters run only on the logger a record is created
# on, so the httpcore children are listed one by one.
LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "instagram_graph_api_sdk",
)
_FILTER = RedactingFilter()


def install_log_filter() -> None:
    """Attach the redacting filter to the httpx, httpcore and SDK loggers (idempotent)."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
