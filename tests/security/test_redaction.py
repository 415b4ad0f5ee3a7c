"""Registered secrets are redacted in every encoded form, and the registry keeps app secrets.

Canaries are not token-shaped, so only the registry (not the IGAA/EAA shape rule) can hide them.
"""

from __future__ import annotations

import json
import logging
import sys
from collections import OrderedDict
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

import instagram_graph_api_sdk as sdk
from instagram_graph_api_sdk import _redact
from instagram_graph_api_sdk._redact import KNOWN_LIMIT, REDACTED, is_registered, redact, register_secret

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canaries import FORM_NAMES, Canaries, Echo, echo_server, forms, leaks

LOGGERS = ("httpx", "httpcore", "httpcore.connection", "httpcore.http11", "instagram_graph_api_sdk")


@pytest.fixture
def fresh_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty registry for this test (the process-wide one is restored afterwards)."""
    monkeypatch.setattr(_redact, "_pinned", {})
    monkeypatch.setattr(_redact, "_recent", OrderedDict())
    monkeypatch.setattr(_redact, "_snapshot", None)


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


@pytest.mark.parametrize("form", FORM_NAMES)
@pytest.mark.parametrize("which", ["token", "app_secret", "code", "refresh_token"])
def test_every_form_of_a_registered_secret_is_redacted(which: str, form: str) -> None:
    secret = Canaries.fresh().named()[which]
    rendered = forms(secret)[form]
    text = f"Meta said: no such thing as {rendered}, try again"
    assert secret[:6] in rendered or form in ("double-quote",) or "%" in rendered  # the form is really there
    register_secret(secret)
    out = redact(text)
    assert rendered not in out
    assert out == f"Meta said: no such thing as {REDACTED}, try again"  # exactly the secret, nothing around it


def test_the_issue_s_example_quote_of_a_registered_secret() -> None:
    token = "1234567890|appsecret-" + Canaries.fresh().app_secret[:6]
    register_secret(token)
    assert token.split("|")[1] not in redact("... " + quote(token, safe=""))
    assert redact("... " + quote(token, safe="")) == "... " + REDACTED


def test_repr_escaped_forms_in_httpx_s_illegal_header_error() -> None:
    canaries = Canaries.fresh()
    register_secret(canaries.refresh_token)
    message = f"Illegal header value {('Bearer ' + canaries.refresh_token + chr(10)).encode()!r}"
    assert "r3fr3sh\\\\" in message
    assert "\\'" in message
    assert leaks(redact(message), canaries) == []
    nested = repr(json.dumps({"message": canaries.refresh_token}))  # repr of JSON: escaped twice
    assert leaks(redact(nested), canaries) == []


def test_one_off_secrets_are_redacted_in_every_form_too() -> None:
    secret = Canaries.fresh().token
    for rendered in forms(secret).values():
        assert redact(f"x {rendered} y", secrets=[secret]) == f"x {REDACTED} y"


def test_the_registry_pins_app_secrets(fresh_registry: None) -> None:
    app_secret = Canaries.fresh().app_secret
    register_secret(app_secret, pin=True)
    for i in range(2 * KNOWN_LIMIT + 5):
        register_secret(f"tenant-token-{i:06d}")
    assert is_registered(app_secret)
    assert redact(f"secret={quote(app_secret)}!") == f"secret={REDACTED}!"
    assert len(_redact._recent) == KNOWN_LIMIT


def test_app_secrets_used_by_the_sdk_are_pinned(fresh_registry: None) -> None:
    canaries = Canaries.fresh()
    sdk.InstagramOAuth.get_long_lived_token  # noqa: B018 (the shells call these builders)
    from instagram_graph_api_sdk import _oauth

    _oauth.long_lived_token_request(client_secret=canaries.app_secret, access_token=canaries.token)
    for i in range(KNOWN_LIMIT + 1):
        register_secret(f"tenant-token-{i:06d}")
    assert is_registered(canaries.app_secret)
    assert not is_registered(canaries.token)  # an ordinary secret, least recently used


def test_other_secrets_are_evicted_least_recently_used(fresh_registry: None) -> None:
    register_secret("first-secret-000")
    register_secret("second-secret-00")
    for i in range(KNOWN_LIMIT - 2):
        register_secret(f"tenant-token-{i:06d}")
    register_secret("first-secret-000")  # re-registering makes it the most recent
    register_secret("one-more-secret-")  # the limit is passed: the least recent goes
    assert is_registered("first-secret-000")
    assert not is_registered("second-secret-00")
    assert not is_registered("tenant-token-000000") or len(_redact._recent) == KNOWN_LIMIT
    assert len(_redact._recent) == KNOWN_LIMIT
    # A redaction hit is a use too.
    assert redact("tenant-token-000000 leaked") == f"{REDACTED} leaked"
    register_secret("yet-another-one-")
    assert is_registered("tenant-token-000000")
    assert not is_registered("tenant-token-000001")


def test_registration_strips_and_ignores_what_cannot_be_a_secret(fresh_registry: None) -> None:
    register_secret("  padded-secret-1\n")
    assert redact("padded-secret-1") == REDACTED
    for value in (None, "", "short", 12345678):
        register_secret(value)  # type: ignore[arg-type]
    assert len(_redact._recent) == 1


def test_a_loopback_server_echoing_the_encoded_token_in_headers_leaks_nothing(
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    canaries = Canaries.fresh()
    echo = Echo(canaries.refresh_token)
    with echo_server(echo) as url:
        for token_in in ("header", "query"):
            client = sdk.InstagramClient(
                canaries.token, base_url=url, token_in=token_in, retry=sdk.RetryConfig(max_retries=0), timeout=5
            )
            with pytest.raises(sdk.ValidationError) as caught:
                client.users.get_profile()
            client.close()
            said = "\n".join([debug_logs.text, str(caught.value), repr(caught.value)])
            assert leaks(said, canaries) == []
    assert echo.seen == [canaries.token, canaries.token]  # the server did receive it, and echoed it
    assert "receive_response_headers.complete" in debug_logs.text  # httpcore logged the echoing headers
    assert "X-Echo-0-quote" in debug_logs.text
    assert REDACTED in debug_logs.text


@pytest.mark.parametrize("logger", ["instagram_graph_api_sdk", "httpx", "httpcore.http11"])
def test_log_records_with_any_form_are_redacted(logger: str, debug_logs: pytest.LogCaptureFixture) -> None:
    canaries = Canaries.fresh()
    for secret in canaries.named().values():
        register_secret(secret)
    _redact.install_log_filter()
    for secret in canaries.named().values():
        for rendered in forms(secret).values():
            logging.getLogger(logger).debug("echo %s and %r", rendered, httpx.URL(f"http://127.0.0.1/?x={rendered}"))
    assert len(debug_logs.records) == 4 * len(FORM_NAMES)
    assert leaks(debug_logs.text, canaries) == []


def test_tracebacks_logged_with_exc_info_are_redacted(debug_logs: pytest.LogCaptureFixture) -> None:
    canaries = Canaries.fresh()
    register_secret(canaries.token)
    _redact.install_log_filter()
    try:
        raise RuntimeError(f"upstream said {quote(canaries.token, safe='')}")
    except RuntimeError:
        logging.getLogger("instagram_graph_api_sdk").exception("call failed")
    record = debug_logs.records[-1]
    assert record.exc_text is not None
    assert "RuntimeError: upstream said [REDACTED]" in debug_logs.text
    assert leaks(debug_logs.text, canaries) == []


def test_hpack_header_logs_are_filtered_too() -> None:
    _redact.install_log_filter()
    assert any(isinstance(f, _redact.RedactingFilter) for f in logging.getLogger("hpack.hpack").filters)


def test_control_characters_in_meta_s_error_text_are_stripped() -> None:
    body = {
        "error": {
            "message": "Bad\r\nINFO forged line\x1b[0m\u202e",
            "code": 100,
            "type": "OAuthException",
            "error_user_msg": "line\u2028break",
            "fbtrace_id": "A\nB",
        }
    }
    client = sdk.InstagramClient(
        "c4n4ry|tok/en+x=y-0001",
        transport=httpx.MockTransport(lambda r: httpx.Response(400, json=body)),
        retry=sdk.RetryConfig(max_retries=0),
    )
    with pytest.raises(sdk.ValidationError) as caught:
        client.users.get_profile()
    text = str(caught.value) + repr(caught.value) + str(caught.value.user_message) + str(caught.value.fbtrace_id)
    assert "forged line" in text
    assert caught.value.user_message == "line break"
    for char in ("\r", "\n", "\x1b", "\u202e", "\u2028"):
        assert char not in text


def test_a_client_s_token_in_use_is_never_the_one_forgotten(fresh_registry: None) -> None:
    canaries = Canaries.fresh()
    echo = Echo(canaries.refresh_token)
    hostile = [False]

    def handler(request: httpx.Request) -> httpx.Response:
        return echo.handler()(request) if hostile[0] else httpx.Response(200, json={"id": "1", "username": "u"})

    client = sdk.InstagramClient(
        canaries.token, transport=httpx.MockTransport(handler), retry=sdk.RetryConfig(max_retries=0)
    )
    for round_ in range(4):  # a multi-tenant process: many other tokens between two calls
        for i in range(KNOWN_LIMIT // 2):
            register_secret(f"tenant-{round_}-{i:06d}")
        client.users.get_profile()  # succeeds: no redaction happens, only the use
    assert is_registered(canaries.token)
    hostile[0] = True
    with pytest.raises(sdk.ValidationError) as caught:
        client.users.get_profile()  # now the server echoes the token in every form
    assert leaks(str(caught.value), canaries) == []


def test_a_fleet_token_forgotten_by_the_registry_is_registered_again_when_used() -> None:
    # 10,000 for_account() clients outnumber the registry: a token is re-registered when it is sent.
    import httpx

    from instagram_graph_api_sdk import InstagramClient
    from instagram_graph_api_sdk._redact import KNOWN_LIMIT, redact, register_secret

    first = "fl33t|first/tok+en=" + "a1" * 8
    client = InstagramClient(
        "fl33t-parent-token-x", transport=httpx.MockTransport(lambda r: httpx.Response(200, json={}))
    )
    account = client.for_account(first)
    for index in range(KNOWN_LIMIT + 10):
        register_secret(f"other-fleet-token-{index:05d}|z")
    assert first in redact(first)  # forgotten (LRU), as designed
    account.users.get_profile(fields="id")
    assert first not in redact(f"echo {first}")
    client.close()
