"""The classification table, row by row, over every code and subcode in the references
(api-inventory.md §3.3-3.5, reliability-security.md §1.3)."""

from __future__ import annotations

import json

import pytest

from instagram_graph_api_sdk import _exceptions as exc
from instagram_graph_api_sdk._classify import ErrorInfo, build_error, classify, parse_error_body


def graph(code: int | None, subcode: int | None = None, transient: bool | None = None) -> ErrorInfo:
    return ErrorInfo("graph", message="m", code=code, subcode=subcode, is_transient=transient)


TABLE: list[tuple[int, int | None, bool | None, type[exc.InstagramAPIError]]] = [
    # Authentication: 190 and 102, every documented and legacy subcode.
    *[
        (190, sub, None, exc.AuthenticationError)
        for sub in (None, 456, 457, 458, 460, 461, 462, 463, 465, 466, 467, 468, 492)
    ],
    *[(102, sub, None, exc.AuthenticationError) for sub in (None, 458, 463)],
    *[(code, sub, None, exc.UserActionRequiredError) for code in (190, 102) for sub in (459, 464, 490)],
    (25, 2207050, None, exc.UserActionRequiredError),
    # Transient.
    (1, None, None, exc.TransientError),
    (2, None, None, exc.TransientError),
    # Meta's is_transient: false outranks the table's "temporary" rows (never retried).
    (1, None, False, exc.InstagramAPIError),
    (2, None, False, exc.InstagramAPIError),
    (-1, 2207001, False, exc.InstagramAPIError),
    (1, None, True, exc.TransientError),
    (4, None, False, exc.RateLimitError),  # throttling stays throttling: only "temporary" rows change
    (100, None, False, exc.ValidationError),
    (-1, 2207001, None, exc.TransientError),
    (-2, 2207003, None, exc.TransientError),
    (24, 2207008, None, exc.TransientError),
    # Throttling, including the Business Use Case series.
    *[(code, None, None, exc.RateLimitError) for code in (4, 17, 32, 341, 613)],
    *[(code, None, None, exc.RateLimitError) for code in range(80000, 80015)],
    (4, 1234567, None, exc.RateLimitError),
    (9, 2207042, None, exc.PublishingLimitError),
    # Policy blocks (4 with 2207051 is spam, not throttling).
    (4, 2207051, None, exc.PolicyBlockError),
    (368, None, None, exc.PolicyBlockError),
    (368, 1390008, True, exc.PolicyBlockError),
    # Permissions.
    *[(code, None, None, exc.PermissionDeniedError) for code in (3, 10, 200, 230, 299)],
    # Publishing containers.
    (9007, 2207027, None, exc.ContainerNotReadyError),
    (-2, 2207020, None, exc.ContainerExpiredError),
    (24, 2207006, None, exc.ContainerExpiredError),
    (-1, 2207032, None, exc.ContainerFailedError),
    (-1, 2207053, None, exc.ContainerFailedError),
    # Invalid requests and media.
    *[
        (100, sub, None, exc.ValidationError)
        for sub in (None, 33, 2207023, 2207028, 2207035, 2207036, 2207037, 2207040)
    ],
    (1, 2207057, None, exc.ValidationError),
    *[(code, None, None, exc.ValidationError) for code in (36000, 36001, 36003, 36004, 352, 9004, 506, 1609005)],
    (36000, 2207004, None, exc.ValidationError),
    (352, 2207026, None, exc.ValidationError),
    (9004, 2207052, None, exc.ValidationError),
    # Unknown codes: the base class, unless Meta says it is transient.
    (12345, None, None, exc.InstagramAPIError),
    (12345, None, True, exc.TransientError),
    (9, None, None, exc.InstagramAPIError),
]


@pytest.mark.parametrize(("code", "subcode", "transient", "expected"), TABLE)
def test_classification_table(code: int, subcode: int | None, transient: bool | None, expected: type) -> None:
    assert classify(graph(code, subcode, transient)) is expected


@pytest.mark.parametrize("status", [400, 403, 500, 503])
def test_http_status_does_not_override_the_envelope(status: int) -> None:
    body = json.dumps({"error": {"code": 4, "message": "Application request limit reached"}}).encode()
    assert type(build_error(status, {}, body)) is exc.RateLimitError


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (429, exc.RateLimitError),
        (500, exc.TransientError),
        (503, exc.TransientError),
        (401, exc.AuthenticationError),
        (403, exc.PermissionDeniedError),
        (418, exc.InstagramAPIError),
    ],
)
def test_status_is_the_fallback_without_an_envelope(status: int, expected: type) -> None:
    assert type(build_error(status, {}, b"")) is expected
    assert type(build_error(status, {}, b'{"unexpected": true}')) is expected


BODIES = [
    b"",
    b"   ",
    b"<html><body>502 Bad Gateway</body></html>",
    b"Sorry, this content isn't available right now",
    b"\x1f\x8b\x08\x00garbage",
    b'{"error": "access_denied", "error_description": "The user denied your request"}',
    b'{"error": {"code": "190", "error_subcode": "463", "message": "expired"}}',
    b'{"error": {"code": true, "message": ["not", "a", "string"], "error_data": "{\\"x\\": 1}"}}',
    b'{"error": {"code": 190, "error_data": "\\"null\\""}}',
    b'{"error": {"code": 459, "error_data": {"checkpoint_url": "https://www.instagram.com/challenge/"}}}',
    b'{"error": null}',
    b"[1, 2, 3]",
    b'"just a string"',
    b'{"meta": {"error_type": "OAuthAccessTokenException", "code": 400, "error_message": "invalid"}}',
    b'{"debug_info": {"retriable": false, "type": "ProcessingFailedError", "message": "unauthorized"}}',
    b'{"' + b"[" * 5000 + b'"',
]


@pytest.mark.parametrize("body", BODIES)
def test_the_envelope_parser_never_raises(body: bytes) -> None:
    info = parse_error_body(body)
    assert isinstance(info, ErrorInfo)
    error = build_error(400, {}, body)
    assert isinstance(error, exc.InstagramError)


def test_string_codes_are_read_as_numbers() -> None:
    info = parse_error_body(b'{"error": {"code": "190", "error_subcode": "463"}}')
    assert (info.code, info.subcode) == (190, 463)
    assert type(build_error(400, {}, b'{"error": {"code": "190", "error_subcode": "463"}}')) is exc.AuthenticationError


@pytest.mark.parametrize("value", ["\u00b2", "1e3", "9" * 5000, "", "  ", "-", "0x10", True])
def test_codes_that_are_not_numbers_are_unknown(value: object) -> None:
    # "\u00b2" (superscript two) passes str.isdigit() but not int(): found by the fuzz run.
    body = json.dumps({"error": {"code": 4, "error_subcode": value}}).encode()
    info = parse_error_body(body)
    assert (info.code, info.subcode) == (4, None)


def test_graph_fields_are_carried_over() -> None:
    body = json.dumps(
        {
            "error": {
                "message": "The image size is too large.",
                "type": "OAuthException",
                "code": 36000,
                "error_subcode": 2207004,
                "is_transient": False,
                "error_user_title": "Image size too large",
                "error_user_msg": "Less than 8 MiB please.",
                "fbtrace_id": "A6LJylpZRKw2xKLFsAP-cJh",
            }
        }
    ).encode()
    error = build_error(400, {}, body, method="POST", path="/v25.0/me/media")
    assert isinstance(error, exc.ValidationError)
    assert (error.code, error.subcode, error.type, error.fbtrace_id) == (
        36000,
        2207004,
        "OAuthException",
        "A6LJylpZRKw2xKLFsAP-cJh",
    )
    assert (error.is_transient, error.user_title, error.user_message) == (
        False,
        "Image size too large",
        "Less than 8 MiB please.",
    )
    assert (error.status_code, error.method, error.path) == (400, "POST", "/v25.0/me/media")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Matching code was not found or was already used", exc.InvalidAuthorizationCodeError),
        ("This authorization code has been used", exc.InvalidAuthorizationCodeError),
        ("Invalid authorization code", exc.InvalidAuthorizationCodeError),
        ("No matching code found", exc.InvalidAuthorizationCodeError),
        ("Redirect URI does not match registered redirect URI", exc.OAuthConfigurationError),
        (
            "Error validating verification code. Please make sure your redirect_uri is identical",
            exc.OAuthConfigurationError,
        ),
        ("Invalid platform app", exc.OAuthConfigurationError),
        ("Invalid scope field(s): basic", exc.OAuthConfigurationError),
        ('Only response type "code" and "token" is allowed', exc.OAuthConfigurationError),
        ("Something new", exc.OAuthError),
    ],
)
def test_oauth_host_messages(message: str, expected: type) -> None:
    body = json.dumps({"error_type": "OAuthException", "code": 400, "error_message": message}).encode()
    error = build_error(400, {}, body, oauth_host=True)
    assert type(error) is expected
    assert isinstance(error, exc.OAuthError)
    assert error.status_code == 400
    assert error.error_type == "OAuthException"


def test_non_json_bodies_get_their_own_error() -> None:
    error = build_error(502, {"content-type": "text/html"}, b"<html>Bad Gateway</html>", method="GET", path="/v25.0/me")
    assert type(error) is exc.NonJSONResponseError
    assert error.status_code == 502
    assert error.content_type == "text/html"
    assert exc.is_transient_error(error)
    assert not exc.is_transient_error(build_error(404, {}, b"<html>Not found</html>"))


def test_rate_limit_errors_carry_retry_after_from_usage_headers() -> None:
    from instagram_graph_api_sdk._usage import parse_usage

    headers = {
        "x-business-use-case-usage": json.dumps(
            {"1784": [{"type": "instagram", "call_count": 100, "estimated_time_to_regain_access": 2}]}
        )
    }
    error = build_error(400, headers, b'{"error": {"code": 80002, "message": "limit"}}', usage=parse_usage(headers))
    assert isinstance(error, exc.RateLimitError)
    assert error.retry_after == 120.0
    from_header = build_error(429, {"retry-after": "30"}, b"")
    assert isinstance(from_header, exc.RateLimitError)
    assert from_header.retry_after == 30.0
    for garbage in ("soon", "-5", "999999999"):
        error = build_error(429, {"retry-after": garbage}, b"")
        assert isinstance(error, exc.RateLimitError)
        assert error.retry_after is None
