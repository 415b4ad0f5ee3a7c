"""Runners: what the generated namespaces call to send one operation.

The generated code describes a request (`_get_kwargs`) and how to parse its 2xx body
(`_parse_response`). A runner checks the login type, routes the operation to its host, adds
the token, sends it through the retrying transport, and turns every outcome into either the
parsed model or an SDK exception. The sync and async runners share everything but `send`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from . import _exceptions as exc
from ._classify import build_error
from ._constants import API_INSTAGRAM
from ._reading import LIMIT_EXTENSION
from ._redact import redact, register_secret
from ._scrub import scrubbed
from ._transport import OPERATION_EXTENSION, RETRY_EXTENSION, UsageState
from ._usage import parse_usage

if TYPE_CHECKING:
    from instagram_graph_api_client._operations import Operation

    from ._options import ClientOptions
    from ._tokens import AccessToken
    from ._usage import UsageSnapshot

_LOGIN_NAMES = {"instagram": "Instagram Login", "facebook": "Facebook Login for Business"}


class TokenHolder:
    """The client's current access token, shared by every copy from `with_options()`."""

    __slots__ = ("_token", "on_refresh", "user_id")

    def __init__(self, token: str, on_refresh: Callable[[AccessToken], None] | None = None) -> None:
        self.set(token)
        self.on_refresh = on_refresh

    def set(self, token: str) -> None:
        if not isinstance(token, str) or not token.strip():
            raise exc.ConfigurationError(
                "access_token must be a non-empty string: pass the Instagram User access token "
                "(from InstagramOAuth.exchange_code_for_token or the App Dashboard's Generate token)."
            )
        register_secret(token)
        self._token = token
        self.user_id: str | None = None  # get_user_id()'s cache: it belongs to the token

    def get(self) -> str:
        return self._token

    def __repr__(self) -> str:
        return "TokenHolder(<redacted>)"


class _RunnerBase:
    __slots__ = ("_bases", "_gen_client", "_http", "_timeout", "options", "token", "usage_state")

    def __init__(
        self, http: httpx.Client | httpx.AsyncClient, token: TokenHolder, options: ClientOptions, usage: UsageState
    ) -> None:
        self._http = http
        self.token = token
        self.options = options
        self.usage_state = usage
        self._bases: dict[str, str] = {}
        self._gen_client: Any = None
        # The client's own timeout needs no per-request override (one Timeout object less per call).
        self._timeout: Any = httpx.USE_CLIENT_DEFAULT if options.timeout == http.timeout else options.timeout

    # --- the generated SyncRunner/AsyncRunner protocol
    @property
    def api_version(self) -> str:
        return self.options.api_version

    def user_id(self, value: str | None) -> str:
        if value:
            return value
        if self.options.ig_user_id:
            return self.options.ig_user_id
        if self.options.login == "facebook":
            raise exc.ConfigurationError(
                "With Facebook Login, `me` is the Facebook user, not the Instagram account: pass "
                "ig_user_id= to the client (the instagram_business_account ID from users.get_facebook_pages())."
            )
        return "me"

    @property
    def usage(self) -> UsageSnapshot | None:
        return self.usage_state.snapshot

    def token_refreshed(self, token: AccessToken) -> None:
        """Tell the app (on_token_refresh) that the client switched to a refreshed token."""
        if self.token.on_refresh is not None:
            self.token.on_refresh(token)

    # --- shared steps
    def prepare(self, op: Operation, build: Callable[[], dict[str, Any]]) -> httpx.Request:
        if op.login != "any" and op.login != self.options.login:
            raise exc.LoginTypeError(
                f"{op.tag}.{op.method_name} needs {_LOGIN_NAMES[op.login]}, but this client uses "
                f"{_LOGIN_NAMES[self.options.login]}, so nothing was sent. "
                + (
                    "Meta does not offer this feature to Instagram Login apps; use InstagramClient(..., "
                    "login='facebook', ig_user_id=...) with a Facebook user or Page token "
                    "(https://developers.facebook.com/docs/instagram-platform/overview)."
                    if op.login == "facebook"
                    else "Use an Instagram Login client (login='instagram') for this call."
                ),
                operation=op.operation_id, required=op.login,
            )  # fmt: skip
        try:
            kwargs = build()
        except exc.InstagramError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError) as error:
            raise exc.InvalidArgumentError(f"{op.tag}.{op.method_name}: {redact(str(error))}") from None
        base = self._bases.get(op.server)
        if base is None:
            base = self._bases[op.server] = self.options.base_for(op.server)
        headers: dict[str, str] = kwargs.get("headers") or {}
        params = kwargs.get("params")
        if op.auth == "bearer":
            if self.options.token_in == "header":
                headers["Authorization"] = "Bearer " + self.token.get()
            else:
                params = {**(params or {}), "access_token": self.token.get()}
        elif op.auth == "rupload":
            headers["Authorization"] = "OAuth " + self.token.get()
        try:
            return self._http.build_request(
                kwargs["method"], base + kwargs["url"], params=params, headers=headers,
                json=kwargs.get("json"), data=kwargs.get("data"), content=kwargs.get("content"),
                files=kwargs.get("files"), timeout=self._timeout,
                extensions={
                    RETRY_EXTENSION: (self.options.retry, op.retry), OPERATION_EXTENSION: op.operation_id,
                    LIMIT_EXTENSION: self.options.max_response_bytes,
                },
            )  # fmt: skip
        except (httpx.InvalidURL, TypeError, ValueError) as error:
            raise exc.InvalidArgumentError(f"{op.tag}.{op.method_name}: {redact(str(error))}") from None

    def finish(
        self,
        op: Operation,
        request: httpx.Request,
        response: httpx.Response,
        parse: Callable[..., Any],
        unwrap: Callable[[Any], Any] | None,
    ) -> Any:
        status = response.status_code
        if status == 200:  # every operation documents 200; others would parse as the error model
            if self._gen_client is None:
                from instagram_graph_api_client.client import Client

                self._gen_client = Client(base_url="")
            try:
                result = parse(client=self._gen_client, response=response)
                return unwrap(result) if unwrap is not None else result
            except json.JSONDecodeError:
                raise exc.NonJSONResponseError(
                    f"{op.tag}.{op.method_name}: Instagram answered HTTP {status} with a body that is not JSON",
                    status_code=status, content_type=response.headers.get("content-type"),
                    method=request.method, path=redact(request.url.path),
                ) from None  # fmt: skip
            except (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError) as error:
                raise exc.ResponseValidationError(
                    f"{op.tag}.{op.method_name}: the response does not have the documented shape "
                    f"({type(error).__name__}: {redact(str(error))[:200]})",
                    status_code=status, content_type=response.headers.get("content-type"),
                    method=request.method, path=redact(request.url.path),
                ) from None  # fmt: skip
        if 200 < status < 300:
            raise exc.ResponseValidationError(
                f"{op.tag}.{op.method_name}: HTTP {status} is not a documented success status",
                status_code=status, method=request.method, path=redact(request.url.path),
            )  # fmt: skip
        if 300 <= status < 400:
            raise exc.InvalidResponseError(
                f"{op.tag}.{op.method_name}: unexpected redirect (HTTP {status}); the SDK does not follow "
                "redirects with credentials attached",
                status_code=status, method=request.method, path=redact(request.url.path),
            )  # fmt: skip
        raise build_error(
            status, response.headers, response.content, method=request.method, path=redact(request.url.path),
            usage=parse_usage(response.headers), oauth_host=op.server.startswith(API_INSTAGRAM),
        )  # fmt: skip

    @staticmethod
    def translate(error: Exception, request: httpx.Request | None) -> exc.InstagramError:
        """An SDK exception for an httpx error (no URL query, no token in the message)."""
        if request is None:
            return exc.InvalidArgumentError(f"the request could not be built: {redact(str(error))}")
        where = f"{request.method} {redact(request.url.path)}"
        detail = redact(str(error)) or type(error).__name__
        if isinstance(error, httpx.TimeoutException):
            return exc.APITimeoutError(
                f"{where} timed out: {detail}", method=request.method, path=redact(request.url.path)
            )
        if isinstance(error, httpx.DecodingError):
            return exc.InvalidResponseError(
                f"{where}: the response could not be decoded: {detail}", method=request.method,
                path=redact(request.url.path),
            )  # fmt: skip
        return exc.APIConnectionError(
            f"{where} failed before Instagram answered: {type(error).__name__}: {detail}",
            method=request.method, path=redact(request.url.path),
        )  # fmt: skip


class SyncRunner(_RunnerBase):
    """Sends operations with an httpx.Client."""

    __slots__ = ()
    _http: httpx.Client

    def call(
        self,
        operation: Operation,
        build: Callable[[], dict[str, Any]],
        parse: Callable[..., Any],
        *,
        unwrap: Callable[[Any], Any] | None = None,
    ) -> Any:
        request = None
        try:
            request = self.prepare(operation, build)
            return self.finish(operation, request, self._http.send(request), parse, unwrap)
        except httpx.HTTPError as error:
            failure = self.translate(error, request)
        except exc.InstagramError as error:
            failure = error
        request = None  # the request holds the token: not in the frame that raises
        raise scrubbed(failure)


class AsyncRunner(_RunnerBase):
    """Sends operations with an httpx.AsyncClient."""

    __slots__ = ()
    _http: httpx.AsyncClient

    async def call(
        self,
        operation: Operation,
        build: Callable[[], dict[str, Any]],
        parse: Callable[..., Any],
        *,
        unwrap: Callable[[Any], Any] | None = None,
    ) -> Any:
        request = None
        try:
            request = self.prepare(operation, build)
            return self.finish(operation, request, await self._http.send(request), parse, unwrap)
        except httpx.HTTPError as error:
            failure = self.translate(error, request)
        except exc.InstagramError as error:
            failure = error
        request = None  # the request holds the token: not in the frame that raises
        raise scrubbed(failure)
