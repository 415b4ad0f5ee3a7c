"""Exception messages say what to do, carry the ids, and never leak secrets."""

from __future__ import annotations

import pickle
import traceback

import pytest

import instagram_graph_api_sdk as sdk
from instagram_graph_api_sdk import _exceptions as exc
from instagram_graph_api_sdk._classify import build_error
from instagram_graph_api_sdk._redact import register_secret

CANARY = "c4n4ry|exc/tok+en=" + "7f" * 8  # not token-shaped: the registry, not the IGAA rule, must hide it


def test_str_is_a_sentence_with_ids_and_advice() -> None:
    error = exc.AuthenticationError(
        "Error validating access token: Session has expired",
        code=190,
        subcode=463,
        fbtrace_id="AbC123",
        method="GET",
        path="/v25.0/me",
    )
    text = str(error)
    assert text.startswith("Instagram API error on GET /v25.0/me: Error validating access token")
    assert "code 190" in text
    assert "subcode 463" in text
    assert "fbtrace_id AbC123" in text
    assert "send the user through Instagram Login again" in text


@pytest.mark.parametrize(
    ("error_class", "advice"),
    [
        (exc.RateLimitError, "Wait before calling again"),
        (exc.PublishingLimitError, "publishing quota"),
        (exc.PermissionDeniedError, "scope"),
        (exc.ValidationError, "Fix the parameter"),
        (exc.PolicyBlockError, "Do not retry"),
        (exc.TransientError, "retry later"),
        (exc.ContainerNotReadyError, "FINISHED"),
        (exc.ContainerExpiredError, "create a new one"),
        (exc.ContainerFailedError, "media URL"),
        (exc.UserActionRequiredError, "Instagram app"),
    ],
)
def test_every_api_error_says_what_to_do(error_class: type[exc.InstagramAPIError], advice: str) -> None:
    assert advice in str(error_class("m", code=1))


def test_repr_is_structured() -> None:
    error = exc.RateLimitError("slow down", code=4, fbtrace_id="T", status_code=400, retry_after=12.0)
    assert repr(error) == "RateLimitError(code=4, fbtrace_id='T', status_code=400)"
    assert "Retry after about 12 s" in str(error)


def test_errors_pickle_and_keep_their_fields() -> None:
    error = exc.AuthenticationError("expired", code=190, subcode=463, fbtrace_id="T")
    clone = pickle.loads(pickle.dumps(error))
    assert type(clone) is exc.AuthenticationError
    assert (clone.code, clone.subcode, clone.fbtrace_id, str(clone)) == (190, 463, "T", str(error))
    oauth = pickle.loads(pickle.dumps(exc.InvalidAuthorizationCodeError("used", status_code=400)))
    assert oauth.status_code == 400


def test_guards_have_the_typescript_names() -> None:
    auth = exc.AuthenticationError("x", code=190)
    limit = exc.RateLimitError("x", code=4)
    invalid = exc.ValidationError("x", code=100)
    assert sdk.is_authentication_error(auth)
    assert not sdk.is_authentication_error(limit)
    assert sdk.is_rate_limit_error(limit)
    assert not sdk.is_rate_limit_error(invalid)
    assert sdk.is_validation_error(invalid)
    assert not sdk.is_validation_error(auth)
    assert all(sdk.is_instagram_api_error(e) for e in (auth, limit, invalid))
    assert not sdk.is_instagram_api_error(ValueError())
    assert not sdk.is_authentication_error("not an error")


@pytest.mark.parametrize(
    ("error", "transient"),
    [
        (exc.TransientError("x", code=2), True),
        (exc.RateLimitError("x", code=4), True),
        (exc.PublishingLimitError("x", code=9), False),
        (exc.APITimeoutError("x"), True),
        (exc.APIConnectionError("x"), True),
        (exc.InstagramAPIError("x", code=999, is_transient=True), True),
        (exc.InstagramAPIError("x", code=999), False),
        (exc.ValidationError("x", code=100), False),
        (exc.NonJSONResponseError("x", status_code=503), True),
        (exc.AuthenticationError("x", code=190), False),
    ],
)
def test_is_transient_error(error: Exception, transient: bool) -> None:
    assert sdk.is_transient_error(error) is transient


@pytest.mark.parametrize("registered", [True, False], ids=["registered-canary", "unregistered-meta-shaped"])
def test_no_secret_reaches_an_error_message(registered: bool) -> None:
    # Meta's message echoing a token, a URL with the token: both are scrubbed. A client registers
    # its token (the registry hides any shape); an unregistered one is caught by Meta's token shape.
    canary = CANARY if registered else "IGAAunregistered" + "q" * 30
    if registered:
        register_secret(canary)
    body = (
        '{"error": {"message": "Invalid token '
        + canary
        + " for https://graph.instagram.com/me?access_token="
        + canary
        + '", "code": 190}}'
    ).encode()
    error = build_error(400, {}, body, method="GET", path="/v25.0/me")
    for rendering in (
        str(error),
        repr(error),
        "".join(traceback.format_exception(error)),
        str(pickle.loads(pickle.dumps(error))),
    ):
        assert canary not in rendering


def test_the_tree_in_the_docstring_names_every_class() -> None:
    doc = exc.__doc__ or ""
    for name in exc.__all__:
        if name[0].isupper():
            assert name in doc, name
            assert issubclass(getattr(exc, name), exc.InstagramError)
