"""Exceptions raised by instagram_graph_api_sdk (defined in `_errors` and `_api_errors`).

Every failure reaches the caller as one of these (never a KeyError, a JSONDecodeError or a raw
httpx error). Messages say what to do and never contain a token, a secret or a full URL.

InstagramError                          base of everything the SDK raises
├── ConfigurationError                  bad client or OAuth setup (raised before any request)
├── InvalidArgumentError                an argument the SDK cannot send (before any request)
│   └── InvalidCredentialError          a token, secret or code that is empty or has control characters
├── LoginTypeError                      the operation needs the other login type (before any request)
├── ClientClosedError                   the client (or the one it was derived from) was closed
├── APIConnectionError                  no HTTP response: DNS, refused, reset, TLS
│   └── APITimeoutError                 no response in time (per-attempt timeout or call deadline)
├── InvalidResponseError                a response the SDK cannot read
│   ├── NonJSONResponseError            not JSON (a proxy's HTML 502 page, say)
│   └── ResponseValidationError         JSON, but not the documented shape
├── WebhookPayloadError                 a webhook body that is not an Instagram notification
├── OAuthError                          the OAuth flow failed (api.instagram.com or the redirect)
│   ├── AuthorizationDeniedError        the user declined (error=access_denied)
│   ├── InvalidAuthorizationCodeError   the code expired, was used, or was mangled
│   ├── OAuthConfigurationError         wrong app ID or secret, or redirect_uri mismatch
│   └── StateMismatchError              the callback's state is not the one sent (CSRF)
└── InstagramAPIError                   Meta answered with a Graph error
    ├── AuthenticationError             token invalid, expired or revoked (190, 102)
    │   └── UserActionRequiredError     the user must act in the app (checkpoint 459, 490, 464)
    ├── PermissionDeniedError           a permission is missing (3, 10, 200-299)
    ├── RateLimitError                  throttled (4, 17, 32, 341, 613, 80000-80014)
    │   └── PublishingLimitError        the 24-hour publishing quota is used up (9/2207042)
    ├── ValidationError                 the request is wrong (100, media errors)
    │   ├── TokenTooNewError            refresh refused: the token is under 24 hours old
    │   └── ShortLivedTokenRefreshError refresh refused: only long-lived tokens refresh
    ├── PolicyBlockError                blocked for policy or spam (368, 4/2207051)
    ├── TransientError                  a temporary Meta-side problem (1, 2, is_transient, 5xx)
    └── PublishingError                 a container cannot be published as it is
        ├── ContainerNotReadyError      still processing (9007/2207027)
        ├── ContainerExpiredError       expired (2207020, 2207006, status EXPIRED)
        └── ContainerFailedError        processing failed (status ERROR, 2207032, 2207053)
"""

from __future__ import annotations

# `X as X`: names outside __all__ that the SDK imports from here (NetworkError is the TypeScript
# SDK's name for APIConnectionError).
from ._api_errors import (
    AuthenticationError,
    ContainerExpiredError,
    ContainerFailedError,
    ContainerNotReadyError,
    InstagramAPIError,
    PermissionDeniedError,
    PolicyBlockError,
    PublishingError,
    PublishingLimitError,
    RateLimitError,
    ShortLivedTokenRefreshError,
    TokenTooNewError,
    TransientError,
    UserActionRequiredError,
    ValidationError,
    is_authentication_error,
    is_instagram_api_error,
    is_rate_limit_error,
    is_transient_error,
    is_validation_error,
)
from ._api_errors import (
    PublishUncertainError as PublishUncertainError,
)
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    AuthorizationDeniedError,
    ClientClosedError,
    ConfigurationError,
    InstagramError,
    InvalidArgumentError,
    InvalidAuthorizationCodeError,
    InvalidCredentialError,
    InvalidResponseError,
    LoginTypeError,
    NonJSONResponseError,
    OAuthConfigurationError,
    OAuthError,
    ResponseValidationError,
    StateMismatchError,
    WebhookPayloadError,
)
from ._errors import (
    InvalidIdError as InvalidIdError,
)
from ._errors import (
    NetworkError as NetworkError,
)
from ._errors import (
    ResponseTooLargeError as ResponseTooLargeError,
)

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AuthenticationError",
    "AuthorizationDeniedError",
    "ClientClosedError",
    "ConfigurationError",
    "ContainerExpiredError",
    "ContainerFailedError",
    "ContainerNotReadyError",
    "InstagramAPIError",
    "InstagramError",
    "InvalidArgumentError",
    "InvalidCredentialError",
    "InvalidAuthorizationCodeError",
    "InvalidResponseError",
    "LoginTypeError",
    "NonJSONResponseError",
    "OAuthConfigurationError",
    "OAuthError",
    "PermissionDeniedError",
    "PolicyBlockError",
    "PublishingError",
    "PublishingLimitError",
    "RateLimitError",
    "ResponseValidationError",
    "ShortLivedTokenRefreshError",
    "StateMismatchError",
    "TokenTooNewError",
    "TransientError",
    "UserActionRequiredError",
    "ValidationError",
    "WebhookPayloadError",
    "is_authentication_error",
    "is_instagram_api_error",
    "is_rate_limit_error",
    "is_transient_error",
    "is_validation_error",
]
