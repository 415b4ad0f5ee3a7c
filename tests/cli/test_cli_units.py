"""The CLI's pure parts: path checks, the spec match that decides a raw call's retry rule, the
loopback redirect rule, the token fingerprint, and the error-to-exit-code table."""

from __future__ import annotations

import pytest

from instagram_graph_api_sdk import (
    APIConnectionError,
    AuthenticationError,
    ConfigurationError,
    StateMismatchError,
    TransientError,
)
from instagram_graph_api_sdk.cli._callback import loopback_target
from instagram_graph_api_sdk.cli._errors import CLIError, ExitCode, classify
from instagram_graph_api_sdk.cli._output import mask, to_json
from instagram_graph_api_sdk.cli._raw import operation_for, parse_path
from instagram_graph_api_sdk.tokens import TokenKeyError, TokenNotFoundError, TokenStoreError

from .conftest import CANARY, canary_forms


def test_raw_calls_take_the_spec_operations_retry_rule() -> None:
    assert operation_for("GET", "/me/media").operation_id == "get_user_media"
    assert operation_for("POST", "/17895695668004550/comments").retry == "unsafe"
    publish = operation_for("POST", "/me/media_publish")
    assert (publish.operation_id, publish.retry) == ("publish_container", "reconcile-container")  # never resent
    unknown_get, unknown_post = operation_for("GET", "/me/something_new"), operation_for("POST", "/me/something_new")
    assert (unknown_get.operation_id, unknown_get.retry) == ("raw_call", "idempotent")
    assert (unknown_post.operation_id, unknown_post.retry) == ("raw_call", "unsafe")


def test_paths_are_checked() -> None:
    assert parse_path("/me/media?limit=5&fields=id") == ("/me/media", {"limit": "5", "fields": "id"})
    assert parse_path("/me//media/") == ("/me/media", {})
    for bad in ("me", "//evil.example/me", "https://graph.instagram.com/me", "/me#x", "/", "/me/<script>", "/v22.0/me"):
        with pytest.raises(CLIError) as caught:
            parse_path(bad)
        assert caught.value.code == ExitCode.USAGE


def test_the_redirect_uri_must_be_loopback_with_a_port() -> None:
    assert loopback_target("http://127.0.0.1:8765/callback") == (8765, "/callback")
    assert loopback_target("http://localhost:9000/") == (9000, "/")
    for bad in (
        "https://127.0.0.1:8765/cb",
        "http://example.com:8765/cb",
        "http://127.0.0.1/cb",
        "http://127.0.0.1:8765/cb?x=1",
        "http://127.0.0.1:99999/cb",
    ):
        with pytest.raises(CLIError):
            loopback_target(bad)


def test_the_fingerprint_tells_tokens_apart_without_showing_them() -> None:
    assert mask(CANARY) == mask(CANARY)
    assert mask(CANARY) != mask(CANARY + "x")
    assert mask(CANARY).startswith("sha256:")
    assert len(mask(CANARY)) == len("sha256:") + 8
    assert not any(form in mask(CANARY) for form in canary_forms(CANARY))


def test_json_output_scrubs_secret_fields() -> None:
    text = to_json({"next": "https://graph.instagram.com/me?access_token=abcdefgh12345678&after=x"})
    assert "abcdefgh12345678" not in text


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (TokenKeyError("wrong key"), ExitCode.STORE),
        (TokenNotFoundError("no token"), ExitCode.STORE),
        (TokenStoreError("corrupt"), ExitCode.STORE),
        (ConfigurationError("bad base_url"), ExitCode.USAGE),
        (AuthenticationError("expired"), ExitCode.AUTH_NEEDED),
        (StateMismatchError("state"), ExitCode.AUTH_NEEDED),
        (TransientError("later"), ExitCode.API_ERROR),
        (APIConnectionError("down"), ExitCode.API_ERROR),
    ],
)
def test_errors_map_to_the_documented_exit_codes(error: Exception, code: ExitCode) -> None:
    assert classify(error).code == code
    assert classify(error).kind == type(error).__name__


def test_a_bug_is_not_hidden_behind_an_exit_code() -> None:
    with pytest.raises(ZeroDivisionError):
        classify(ZeroDivisionError("a bug"))
