"""One redaction function for URLs, headers and bodies, and the logging filter that applies it.

Instagram puts secrets in query strings and form bodies (`access_token`, `client_secret`,
`code`), and httpx logs every request's full URL at INFO. `redact` scrubs:
  * secret parameters in query strings, form bodies and JSON bodies;
  * `Authorization` header values (Bearer and OAuth);
  * token-shaped strings (IGAA..., IGQV..., EAA...);
  * every secret the SDK has seen in this process (tokens it was given or received, app
    secrets, authorization codes) in every form it takes on its way into a log line or a
    message: raw, percent-encoded (quote, quote_plus, httpx's partial encoding, double
    encoding, either hex case), form-encoded, JSON-escaped (`\\/`, `\\u00XX`) and
    repr-escaped (`\\n`, `\\xXX`, bytes reprs, escaped twice).

The registry pins app secrets (never forgotten) and keeps the `KNOWN_LIMIT` most recently
registered or seen other secrets: the least recently used one is forgotten first.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache

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
KNOWN_LIMIT = 1000
_MIN_LENGTH = 8  # shorter values would redact ordinary words


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


# --- every encoded form of one secret, as one pattern

_ESC = r"\\{1,4}"  # a backslash escape, itself escaped up to once more (repr of JSON, repr of repr)
_JSON_SHORT = {"\b": "b", "\f": "f", "\n": "n", "\r": "r", "\t": "t", '"': '"', "/": "/", "'": "'"}


def _char_forms(char: str) -> str:
    """A regex for one character of a secret in any of the renderings a log line can hold."""
    if char.isascii() and char.isalnum():
        return char
    utf8 = char.encode()
    forms = {re.escape(char), "".join(f"%(?:25){{0,2}}{b:02X}" for b in utf8)}  # quote, twice, thrice
    forms.add("".join(f"{_ESC}x{b:02X}" for b in utf8))  # repr's \\xXX, and bytes reprs of UTF-8
    code = ord(char)
    if code < 0x100:
        forms.add(f"{_ESC}x{code:02X}")  # repr of a str: \x80 is the code point, not the UTF-8 bytes
    if code < 0x10000:
        forms.add(f"{_ESC}u{code:04X}")  # JSON's and repr's \uXXXX
    else:
        high, low = 0xD800 + ((code - 0x10000) >> 10), 0xDC00 + ((code - 0x10000) & 0x3FF)
        forms.add(f"{_ESC}u{high:04X}{_ESC}u{low:04X}")  # JSON's surrogate pair
        forms.add(f"{_ESC}U{code:08X}")  # repr's
    if char in _JSON_SHORT:
        forms.add(_ESC + re.escape(_JSON_SHORT[char]))
    if char == "\\":
        forms.add(r"\\{1,8}")
    if char == " ":
        forms.add(r"\+")  # quote_plus and form bodies
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


def _anchor(secret: str) -> str:
    """The longest run of ASCII letters and digits: no encoding changes it, so a text without it
    cannot hold the secret (a cheap test before the pattern runs)."""
    runs = re.findall(r"[A-Za-z0-9]+", secret)
    return max(runs, key=len) if runs else ""


@lru_cache(maxsize=4 * KNOWN_LIMIT)
def _forms_pattern(secret: str) -> tuple[str, re.Pattern[str]]:
    pattern = "".join(_char_forms(c) for c in secret)
    return _anchor(secret), re.compile(pattern, re.IGNORECASE)


def encoded_forms(secret: str) -> tuple[str, ...]:
    """The renderings of `secret` that `redact` is tested against (raw, quote, quote_plus, form,
    JSON-escaped, repr-escaped, bytes repr). `redact` matches a superset of these."""
    import json
    from urllib.parse import quote, quote_plus, urlencode

    forms = (
        secret,
        quote(secret, safe=""),
        quote(secret),  # safe="/"
        quote_plus(secret),
        urlencode({"x": secret})[2:],
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        json.dumps(secret).replace("/", "\\/")[1:-1],  # Meta's JSON escapes slashes
        repr(secret)[1:-1],
        repr(secret.encode())[2:-1],
    )
    return tuple(dict.fromkeys(forms))


# --- the registry of known secrets

_pinned: dict[str, None] = {}  # app secrets: never forgotten
_recent: OrderedDict[str, None] = OrderedDict()  # everything else, least recently used first
_lock = threading.Lock()
_snapshot: tuple[str, ...] | None = ()  # every known secret, longest first; None when stale


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value if len(value) >= _MIN_LENGTH else None


def register_secret(value: str | None, *, pin: bool = False) -> None:
    """Remember a secret so `redact` scrubs it, in any encoding, wherever it appears.

    `pin=True` (app secrets) keeps it for the life of the process. Other secrets are kept
    least-recently-used: registering one again, or redacting it, makes it recent.
    """
    global _snapshot
    secret = _clean(value)
    if secret is None:
        return
    with _lock:
        if secret in _pinned:
            return
        if pin:
            _pinned[secret] = None
            _recent.pop(secret, None)
            _snapshot = None
            return
        if secret in _recent:
            _recent.move_to_end(secret)
            return
        _recent[secret] = None
        if len(_recent) > KNOWN_LIMIT:
            _recent.popitem(last=False)
        _snapshot = None


def is_registered(value: str) -> bool:
    """Whether `redact` currently knows `value` (after stripping) as a secret."""
    secret = _clean(value)
    with _lock:
        return secret is not None and (secret in _pinned or secret in _recent)


def _known() -> tuple[str, ...]:
    global _snapshot
    with _lock:
        if _snapshot is None:
            _snapshot = tuple(sorted((*_pinned, *_recent), key=len, reverse=True))
        return _snapshot


def touch_secret(secret: str) -> None:
    """Mark a secret as just used (a client sending its token), so it is not the next one
    forgotten; one that was forgotten (a fleet with more tokens than the registry keeps) is
    registered again before it is sent. Cheap: one dictionary move under a lock."""
    with _lock:
        if secret in _recent:
            _recent.move_to_end(secret)
            return
        if secret in _pinned:
            return
    register_secret(secret)


def _scrub(text: str, secret: str) -> str:
    anchor, pattern = _forms_pattern(secret)
    if anchor and anchor not in text:
        return text
    return pattern.sub(REDACTED, text)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Scrub secrets from `text` (a URL, a header dump, a body, a log line, an error message)."""
    for secret in secrets:
        if secret:
            text = _scrub(text, secret)
    for secret in _known():
        scrubbed = _scrub(text, secret)
        if scrubbed != text:
            touch_secret(secret)
            text = scrubbed
    param, json_value, auth, token = _patterns()
    text = param.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    text = json_value.sub(lambda m: f'{m.group(1)}"{REDACTED}"', text)
    text = auth.sub(lambda m: f"{m.group(1)}{REDACTED}", text)
    return token.sub(REDACTED, text)


@cache
def _controls() -> re.Pattern[str]:
    # C0 and C1 controls (line breaks, ESC), zero-width and bidi overrides, line/paragraph separators.
    return re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]+")


def strip_controls(text: str) -> str:
    """`text` with each run of control, zero-width and bidi characters replaced by one space: text
    from a server (or a forged callback) cannot forge log lines or reorder what a reader sees."""
    return _controls().sub(" ", text)


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
        if record.exc_info and not record.exc_text:
            # Formatters reuse exc_text: format the traceback here, so it is redacted too.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
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
    "hpack.hpack",  # with HTTP/2 (httpx[http2]), hpack logs every header it encodes at DEBUG
    "hpack.table",
    "instagram_graph_api_sdk",
)
_FILTER = RedactingFilter()


def install_log_filter() -> None:
    """Attach the redacting filter to the httpx, httpcore and SDK loggers (idempotent)."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
