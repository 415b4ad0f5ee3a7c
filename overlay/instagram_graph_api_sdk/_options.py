"""Client options: what `InstagramClient(...)` and `with_options(...)` configure, validated once.

`ClientOptions` is immutable; a runner holds one, and `with_options()` derives a copy that
shares the client's connection pool, token and usage state.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx

from ._constants import DEFAULT_TIMEOUT, GRAPH_FACEBOOK, GRAPH_INSTAGRAM, RUPLOAD_FACEBOOK
from ._exceptions import ConfigurationError
from ._reading import DEFAULT_MAX_RESPONSE_BYTES
from ._retry import RetryConfig

Login = Literal["instagram", "facebook"]
TokenIn = Literal["header", "query"]


@dataclass(frozen=True, slots=True)
class ClientOptions:
    """Per-client settings; `with_options()` derives a copy for some calls."""

    api_version: str
    login: Login = "instagram"
    ig_user_id: str | None = None
    base_url: str | None = None
    upload_host: str = RUPLOAD_FACEBOOK
    token_in: TokenIn = "header"
    retry: RetryConfig = field(default_factory=RetryConfig)
    timeout: httpx.Timeout = field(default_factory=lambda: httpx.Timeout(DEFAULT_TIMEOUT))
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    def base_for(self, server: str) -> str:
        """The base URL for a spec server template under these options."""
        url = server.replace("{version}", self.api_version)
        if self.login == "facebook" and url.startswith(GRAPH_INSTAGRAM):
            url = GRAPH_FACEBOOK + url[len(GRAPH_INSTAGRAM) :]
        if url.startswith(RUPLOAD_FACEBOOK):
            url = self.upload_host.rstrip("/") + url[len(RUPLOAD_FACEBOOK) :]
        if self.base_url:
            # Everything goes to one origin (FakeInstagram, a recording proxy); paths are kept.
            scheme_host = url.split("/", 3)[:3]
            url = self.base_url.rstrip("/") + url[len("/".join(scheme_host)) :]
        return url


_LOOPBACK_NAMES = {"localhost"}


def require_https(url: str | None, option: str) -> None:
    """Only HTTPS, except plain HTTP to a loopback address (FakeInstagram, a local proxy):
    tokens, codes and the app secret must not travel unencrypted. `option` names the setting."""
    if url is None:
        return
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        import ipaddress  # only needed for a configured host, so not at import time

        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host in _LOOPBACK_NAMES
    if (parts.scheme == "https" and host) or (parts.scheme == "http" and loopback):
        return
    raise ConfigurationError(
        f"{option} must be an https:// URL (plain http:// is allowed only for loopback addresses such as "
        f"127.0.0.1), got {parts.scheme}://{host}; tokens and app secrets must not travel unencrypted"
    )


def normalize_api_version(value: str) -> str:
    """`v25.0` as Meta's URLs want it: "25.0" and "25" gain the `v`; anything else is refused
    before a request is sent (Meta would answer GET /25.0/me with a puzzling code 100)."""
    if not isinstance(value, str):
        raise ConfigurationError(f"api_version must be a string such as 'v25.0', got {type(value).__name__}")
    text = value.strip()
    digits = text[1:] if text[:1] in ("v", "V") else text
    major, dot, minor = digits.partition(".")
    if major.isascii() and major.isdigit() and (not dot or (minor.isascii() and minor.isdigit())):
        return f"v{int(major)}.{int(minor) if dot else 0}"
    raise ConfigurationError(f"api_version must look like 'v25.0' (Meta's Graph API versions), got {value!r}")


def check_max_response_bytes(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigurationError(
            f"max_response_bytes must be a positive number of bytes (default {DEFAULT_MAX_RESPONSE_BYTES}), "
            f"got {value!r}"
        )
    return value


def build_options(
    *,
    api_version: str | None,
    login: Login,
    ig_user_id: str | None,
    base_url: str | None,
    upload_host: str,
    token_in: TokenIn,
    timeout: float | httpx.Timeout,
    max_retries: int,
    deadline: float | None,
    retry: RetryConfig | None,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
) -> ClientOptions:
    if login not in ("instagram", "facebook"):
        raise ConfigurationError(f"login must be 'instagram' or 'facebook', got {login!r}")
    if token_in not in ("header", "query"):
        raise ConfigurationError(f"token_in must be 'header' or 'query', got {token_in!r}")
    require_https(base_url, "base_url")
    require_https(upload_host, "upload_host")
    if api_version is None:
        from instagram_graph_api_client._operations import DEFAULT_API_VERSION

        api_version = DEFAULT_API_VERSION
    api_version = normalize_api_version(api_version)
    if retry is None:
        retry = RetryConfig(max_retries=max_retries, deadline=deadline)
    return ClientOptions(
        api_version=api_version,
        login=login,
        ig_user_id=ig_user_id,
        base_url=base_url,
        upload_host=upload_host,
        token_in=token_in,
        retry=retry,
        timeout=httpx.Timeout(timeout),
        max_response_bytes=check_max_response_bytes(max_response_bytes),
    )


def derive_options(
    options: ClientOptions,
    *,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    deadline: float | None,
    retry: RetryConfig | None,
    ig_user_id: str | None,
) -> ClientOptions:
    """`options` with the given settings changed (None keeps the current value)."""
    if retry is None:
        changes: dict[str, Any] = {}
        if max_retries is not None:
            changes["max_retries"] = max_retries
        if deadline is not None:
            changes["deadline"] = deadline
        retry = replace(options.retry, **changes)
    return replace(
        options,
        retry=retry,
        ig_user_id=options.ig_user_id if ig_user_id is None else ig_user_id,  # "" is refused when used
        timeout=httpx.Timeout(timeout) if timeout is not None else options.timeout,
    )
