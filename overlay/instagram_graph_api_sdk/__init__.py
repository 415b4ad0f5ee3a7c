"""instagram_graph_api_sdk: a typed client for the Instagram API with Instagram Login.

    from instagram_graph_api_sdk import InstagramClient, InstagramOAuth, is_authentication_error

Names starting with `_` are private. The generated package `instagram_graph_api_client` holds
the models (`instagram_graph_api_client.models`) and the TypedDict request views
(`instagram_graph_api_client.params`).
"""

from typing import TYPE_CHECKING, Any

from ._client import AsyncInstagramClient, InstagramClient
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    AuthorizationDeniedError,
    ClientClosedError,
    ConfigurationError,
    ContainerExpiredError,
    ContainerFailedError,
    ContainerNotReadyError,
    InstagramAPIError,
    InstagramError,
    InvalidArgumentError,
    InvalidAuthorizationCodeError,
    InvalidCredentialError,
    InvalidIdError,
    InvalidResponseError,
    LoginTypeError,
    NetworkError,
    NonJSONResponseError,
    OAuthConfigurationError,
    OAuthError,
    PermissionDeniedError,
    PolicyBlockError,
    PublishingError,
    PublishingLimitError,
    PublishUncertainError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    ShortLivedTokenRefreshError,
    StateMismatchError,
    TokenTooNewError,
    TransientError,
    UserActionRequiredError,
    ValidationError,
    WebhookPayloadError,
    is_authentication_error,
    is_instagram_api_error,
    is_rate_limit_error,
    is_transient_error,
    is_validation_error,
)
from ._options import ClientOptions
from ._retry import RetryConfig
from ._usage import AppUsage, BusinessUseCaseUsage, UsageSnapshot
from ._version import __version__

if TYPE_CHECKING:
    from instagram_graph_api_client.types import UNSET, Unset

    from ._aiohttp import AiohttpTransport
    from ._fields import IG_COMMENT_FIELDS, IG_MEDIA_FIELDS, IG_USER_FIELDS, format_fields
    from ._oauth import AuthorizationURL, Callback
    from ._oauth_client import AsyncInstagramOAuth, InstagramOAuth
    from ._publish_decisions import PublishingQuota, PublishResult
    from ._tokens import AccessToken
    from ._unset import value_or_none
    from .webhooks import InstagramWebhooks, WebhookDeduplicator, WebhookEvent

__all__ = [
    # clients and OAuth
    "InstagramClient",
    "AsyncInstagramClient",
    "AiohttpTransport",
    "InstagramOAuth",
    "AsyncInstagramOAuth",
    "AuthorizationURL",
    "Callback",
    "AccessToken",
    "ClientOptions",
    "RetryConfig",
    "UsageSnapshot",
    "AppUsage",
    "BusinessUseCaseUsage",
    "PublishResult",
    "PublishingQuota",
    # fields (the TypeScript SDK's IG_*_FIELDS and formatFields)
    "IG_USER_FIELDS",
    "IG_MEDIA_FIELDS",
    "IG_COMMENT_FIELDS",
    "format_fields",
    # models: a field Instagram did not return is UNSET; this gives None instead
    "value_or_none",
    "UNSET",
    "Unset",
    # webhooks
    "InstagramWebhooks",
    "WebhookEvent",
    "WebhookDeduplicator",
    # errors
    "InstagramError",
    "ConfigurationError",
    "ClientClosedError",
    "InvalidArgumentError",
    "InvalidCredentialError",
    "InvalidIdError",
    "LoginTypeError",
    "APIConnectionError",
    "NetworkError",
    "APITimeoutError",
    "InvalidResponseError",
    "NonJSONResponseError",
    "ResponseValidationError",
    "ResponseTooLargeError",
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
    "TokenTooNewError",
    "ShortLivedTokenRefreshError",
    "PolicyBlockError",
    "TransientError",
    "PublishingError",
    "ContainerNotReadyError",
    "ContainerExpiredError",
    "ContainerFailedError",
    "PublishUncertainError",
    "WebhookPayloadError",
    # guards (the TypeScript SDK's names)
    "is_instagram_api_error",
    "is_authentication_error",
    "is_rate_limit_error",
    "is_validation_error",
    "is_transient_error",
    "__version__",
]

# Loaded on first access: the publishing and webhook modules import the generated models (and
# attrs); OAuth is a one-off at sign-in, so apps that only call the API never load it.
_LAZY = {
    "AiohttpTransport": "._aiohttp",
    "InstagramOAuth": "._oauth_client",
    "AsyncInstagramOAuth": "._oauth_client",
    "AuthorizationURL": "._oauth",
    "Callback": "._oauth",
    "AccessToken": "._tokens",
    "IG_USER_FIELDS": "._fields",
    "IG_MEDIA_FIELDS": "._fields",
    "IG_COMMENT_FIELDS": "._fields",
    "format_fields": "._fields",
    "value_or_none": "._unset",
    "UNSET": "instagram_graph_api_client.types",
    "Unset": "instagram_graph_api_client.types",
    "PublishResult": "._publish_decisions",
    "PublishingQuota": "._publish_decisions",
    "InstagramWebhooks": ".webhooks",
    "WebhookEvent": ".webhooks",
    "WebhookDeduplicator": ".webhooks",
}


# Names people look for here that live in a submodule: `from instagram_graph_api_sdk import FakeInstagram`
# says where to import them from (an ImportError, because `from x import y` hides an AttributeError's text).
_ELSEWHERE = {
    "FakeInstagram": "instagram_graph_api_sdk.testing",
    "FakeServer": "instagram_graph_api_sdk.testing",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None and name in _ELSEWHERE:
        raise ImportError(
            f"{name} is not in {__name__}: import it with `from {_ELSEWHERE[name]} import {name}`",
            name=__name__,
        )
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
