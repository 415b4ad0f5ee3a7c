"""One redaction function for URLs, headers and bodies; the logging filter uses it."""

from __future__ import annotations

import logging

import httpx
import pytest

from instagram_graph_api_sdk._redact import (
    REDACTED,
    RedactingFilter,
    install_log_filter,
    redact,
    redact_headers,
    register_secret,
)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("https://graph.instagram.com/v25.0/me?fields=id&access_token=abc.def-123", "abc.def-123"),
        ("GET /access_token?grant_type=ig_exchange_token&client_secret=s3cr3tvalue&access_token=t0k3n", "s3cr3tvalue"),
        ("https://example.com/cb?code=AQBx_y-z&state=1#_", "AQBx_y-z"),
        ("appsecret_proof=deadbeefcafe&x=1", "deadbeefcafe"),
        ("fb_exchange_token=zzzzzz", "zzzzzz"),
        ("client_id=1&client_secret=topsecret1&code=onetimecode", "topsecret1"),
        ("client_id=1&client_secret=topsecret1&code=onetimecode", "onetimecode"),
        ('{"access_token": "IGQVJ-looks-like", "token_type": "bearer"}', "IGQVJ-looks-like"),
        ('{"client_secret":"json-secret"}', "json-secret"),
        ("Authorization: Bearer bearer-value-1", "bearer-value-1"),
        ("authorization: OAuth oauth-value-2", "oauth-value-2"),
        ("[(b'authorization', b'Bearer bytes-value-3')]", "bytes-value-3"),
        ("{'Authorization': 'Bearer dict-value-4'}", "dict-value-4"),
        ("token IGAA" + "b" * 40 + " leaked", "IGAA" + "b" * 40),
        ("EAAB" + "c" * 40, "EAAB" + "c" * 40),
        ("access_token%3Dencoded-5", "encoded-5"),
    ],
)
def test_redact_scrubs(text: str, secret: str) -> None:
    out = redact(text)
    assert secret not in out
    assert REDACTED in out


def test_redact_keeps_what_is_not_secret() -> None:
    text = "GET https://graph.instagram.com/v25.0/me/media?fields=id,caption&limit=25&after=QVFIUk"
    assert redact(text) == text
    assert redact("Error validating verification code (code 190)") == "Error validating verification code (code 190)"


def test_registered_secrets_are_scrubbed_anywhere() -> None:
    register_secret("plain-looking-secret-value")
    assert "plain-looking-secret-value" not in redact("the value was plain-looking-secret-value, oops")
    assert redact("x", secrets=["x-but-longer"]) == "x"
    assert "one-off" not in redact("has one-off inside", secrets=["one-off"])


def test_redact_headers() -> None:
    headers = {"Authorization": "Bearer t", "X-Hub-Signature-256": "sha256=abc", "Content-Type": "application/json"}
    assert redact_headers(headers) == {
        "Authorization": REDACTED,
        "X-Hub-Signature-256": REDACTED,
        "Content-Type": "application/json",
    }


def test_the_filter_rewrites_httpx_url_arguments(caplog: pytest.LogCaptureFixture) -> None:
    install_log_filter()
    url = httpx.URL("https://graph.instagram.com/v25.0/me?access_token=from-a-url-object")
    with caplog.at_level(logging.INFO, logger="httpx"):
        logging.getLogger("httpx").info('HTTP Request: %s %s "%s %d %s"', "GET", url, "HTTP/1.1", 200, "OK")
    assert "from-a-url-object" not in caplog.text
    assert "access_token=[REDACTED]" in caplog.text


def test_the_filter_survives_broken_records() -> None:
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1, "%s %s", ("only-one",), None)
    assert RedactingFilter().filter(record) is True
    assert record.args is None


def test_install_is_idempotent() -> None:
    install_log_filter()
    install_log_filter()
    assert sum(isinstance(f, RedactingFilter) for f in logging.getLogger("httpx").filters) == 1
    assert logging.getLogger("httpcore.http11").filters
