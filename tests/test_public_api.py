"""The public surface is explicit: __all__ is pinned, every name resolves, imports stay light."""

from __future__ import annotations

import subprocess
import sys

import pytest

import instagram_graph_api_sdk as sdk

PUBLIC = {
    "InstagramClient",
    "AsyncInstagramClient",
    "AiohttpTransport",
    "InstagramOAuth",
    "AsyncInstagramOAuth",
    "AuthorizationURL",
    "Callback",
    "AccessToken",
    "RetryConfig",
    "UsageSnapshot",
    "AppUsage",
    "BusinessUseCaseUsage",
    "PublishResult",
    "PublishingQuota",
    "InstagramWebhooks",
    "WebhookEvent",
    "WebhookDeduplicator",
    "InstagramError",
    "ConfigurationError",
    "ClientClosedError",
    "InvalidArgumentError",
    "InvalidIdError",
    "LoginTypeError",
    "APIConnectionError",
    "APITimeoutError",
    "InvalidResponseError",
    "NonJSONResponseError",
    "ResponseValidationError",
    "OAuthError",
    "AuthorizationDeniedError",
    "InvalidAuthorizationCodeError",
    "OAuthConfigurationError",
    "StateMismatchError",
    "InstagramAPIError",
    "AuthenticationError",
    "UserActionRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "PublishingLimitError",
    "ValidationError",
    "PolicyBlockError",
    "TransientError",
    "PublishingError",
    "ContainerNotReadyError",
    "ContainerExpiredError",
    "ContainerFailedError",
    "PublishUncertainError",
    "WebhookPayloadError",
    "ResponseTooLargeError",
    "is_instagram_api_error",
    "is_authentication_error",
    "is_rate_limit_error",
    "is_validation_error",
    "is_transient_error",
    "__version__",
    "InvalidCredentialError",
    "TokenTooNewError",
    "ShortLivedTokenRefreshError",
    # the TypeScript SDK's helpers and names
    "ClientOptions",
    "IG_USER_FIELDS",
    "IG_MEDIA_FIELDS",
    "IG_COMMENT_FIELDS",
    "format_fields",
    "NetworkError",
    # models: UNSET (a field Instagram did not return) and the helper that turns it into None
    "value_or_none",
    "UNSET",
    "Unset",
}


def test_the_typescript_helpers_have_python_equivalents() -> None:
    assert sdk.NetworkError is sdk.APIConnectionError
    assert sdk.format_fields(["id", "username"]) == "id,username"
    assert sdk.format_fields("id,caption") == "id,caption"
    with pytest.raises(sdk.InvalidArgumentError, match="list of strings"):
        sdk.format_fields(["id", 3])  # type: ignore[list-item]
    # From the spec, with Meta's Instagram Login fields (user_id, not the Facebook Login ig_id).
    assert {"id", "user_id", "username", "account_type", "media_count"} <= set(sdk.IG_USER_FIELDS)
    assert "ig_id" not in sdk.IG_USER_FIELDS
    assert {"id", "caption", "media_type", "media_url", "permalink", "timestamp"} <= set(sdk.IG_MEDIA_FIELDS)
    assert {"id", "text", "timestamp", "username", "hidden"} <= set(sdk.IG_COMMENT_FIELDS)
    assert "business_discovery" not in sdk.IG_USER_FIELDS  # needs .username(...): not a plain field
    client = sdk.InstagramClient("test-access-token-0001", api_version="v24.0", max_retries=5)
    assert client.get_api_version() == "v24.0"
    config = client.get_config()
    assert isinstance(config, sdk.ClientOptions)
    assert (config.api_version, config.retry.max_retries, config.login) == ("v24.0", 5, "instagram")
    assert "test-access-token-0001" not in repr(config)


def test_all_is_pinned() -> None:
    assert set(sdk.__all__) == PUBLIC
    assert len(sdk.__all__) == len(PUBLIC)


def test_every_public_name_resolves() -> None:
    for name in sdk.__all__:
        assert getattr(sdk, name) is not None, name


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="DoesNotExist"):
        sdk.DoesNotExist  # noqa: B018


def test_importing_the_sdk_loads_no_generated_module_attrs_or_asyncio() -> None:
    code = (
        "import sys, instagram_graph_api_sdk\n"
        "heavy = [m for m in sys.modules if m.startswith('instagram_graph_api_client') or m in ('attrs', 'asyncio')]\n"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_every_public_signature_resolves_at_run_time() -> None:
    """typing.get_type_hints() works on every namespace method (tools built on it need that)."""
    import typing

    names = [
        "auth",
        "users",
        "media",
        "publishing",
        "messaging",
        "conversations",
        "comments",
        "insights",
        "welcome_flows",
        "messenger_profile",
        "webhooks",
        "oembed",
        "hashtags",
    ]
    checked = 0
    for client in (sdk.InstagramClient("test-access-token-0001"), sdk.AsyncInstagramClient("test-access-token-0001")):
        for namespace in names:
            resource = getattr(client, namespace)
            for name in dir(resource):
                method = getattr(resource, name)
                if not name.startswith("_") and callable(method):
                    assert "return" in typing.get_type_hints(method), f"{namespace}.{name}"
                    checked += 1
        for name in ("paginate", "with_options", "get_user_id", "set_access_token"):
            typing.get_type_hints(getattr(client, name))
    assert checked > 100
