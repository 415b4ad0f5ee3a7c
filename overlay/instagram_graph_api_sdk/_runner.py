"""Runners: what the generated namespaces call to send one operation.

The generated code describes a request (`build_request`) and how to parse its 2xx body
(`parse_response`). A runner checks the login type, routes the operation to its host, adds
the token, sends it through the retrying transport, and turns every outcome into either the
parsed model or an SDK exception. The sync and async runners share everything but `send`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from . import _exceptions as exc
from ._classify import build_error, token_advice
from ._constants import API_INSTAGRAM
from ._extensions import OPERATION_EXTENSION, RETRY_EXTENSION, USAGE_EXTENSION
from ._ids import path_id
from ._pool import NO_BODY, Pool, bodiless_request
from ._reading import LIMIT_EXTENSION
from ._redact import redact
from ._retry import RetryPlan
from ._scrub import scrubbed
from ._token_holder import Refresher, TokenCallback, TokenHolder
from ._translate import translate
from ._usage import UsageState, parse_usage

if TYPE_CHECKING:
    from instagram_graph_api_client._operations import Operation

    from ._answer import Answer
    from ._options import ClientOptions
    from ._tokens import AccessToken
    from ._usage import UsageSnapshot

_LANE_METHODS = frozenset({"GET", "DELETE"})  # what AiohttpTransport's fast lane sends (no body)
# Operations that are the token's own lifecycle: no refresh-before-call for them.
_TOKEN_OPERATIONS = frozenset({"refresh_token", "exchange_token", "get_short_lived_token"})
__all__ = ["AsyncRunner", "Pool", "Refresher", "SyncRunner", "TokenCallback", "TokenHolder", "translate"]


_LOGIN_NAMES = {"instagram": "Instagram Login", "facebook": "Facebook Login for Business"}


def _public_name(op: Operation) -> str:
    """The method users call, for messages: `users.get_business_discovery`, not the private
    `_get_business_discovery` that the overlay's public method wraps."""
    return f"{op.tag}.{op.method_name.lstrip('_')}"


class _RunnerBase:
    __slots__ = ("_bases", "_http", "_plans", "_timeout", "closed", "options", "pool", "token", "usage_state")

    def __init__(
        self,
        http: httpx.Client | httpx.AsyncClient,
        token: TokenHolder,
        options: ClientOptions,
        usage: UsageState,
        pool: Pool | None = None,
    ) -> None:
        self._http = http
        self.pool = pool or Pool(http, getattr(http, "_transport", None))
        self.closed = False  # this client (copy) was closed; the pool may still serve others
        self.token = token
        self.options = options
        self.usage_state = usage
        self._bases: dict[str, str] = {}
        self._plans: dict[str, RetryPlan] = {}
        self._timeout = options.timeout.as_dict()

    # --- the generated SyncRunner/AsyncRunner protocol
    @property
    def api_version(self) -> str:
        return self.options.api_version

    def user_id(self, value: str | None) -> str:
        """The `ig_user_id` path segment: the argument, else the client's ig_user_id, else `me`.

        Only None means "the default": `ig_user_id=""` is refused (InvalidIdError), never `me`.
        """
        if value is not None:
            return path_id("ig_user_id", value)
        if self.options.ig_user_id is not None:
            return path_id("ig_user_id", self.options.ig_user_id)
        if self.options.login == "facebook":
            raise exc.ConfigurationError(
                "With Facebook Login, `me` is the Facebook user, not the Instagram account: pass "
                "ig_user_id= to the client (the instagram_business_account ID from users.get_facebook_pages())."
            )
        return "me"

    @staticmethod
    def path_id(name: str, value: object) -> str:
        """A path parameter checked before anything is sent (see `_ids.path_id`)."""
        return path_id(name, value)

    @property
    def usage(self) -> UsageSnapshot | None:
        return self.usage_state.snapshot

    def token_refreshed(self, token: AccessToken) -> None:
        """Tell the app (on_token_refresh) that the client switched to a refreshed token."""
        self.token.refreshed(token)

    # --- shared steps
    def prepare(self, op: Operation, build: Callable[[], dict[str, Any]]) -> httpx.Request:
        if self.closed or self.pool.closed:
            raise exc.ClientClosedError(
                f"{op.tag}.{op.method_name}: this client was closed (or the client it was derived from), so "
                "nothing was sent; create a new client, or close it only when you are done with every copy"
            )
        if op.login != "any" and op.login != self.options.login:
            raise exc.LoginTypeError(
                f"{_public_name(op)} needs {_LOGIN_NAMES[op.login]}, but this client uses "
                f"{_LOGIN_NAMES[self.options.login]}, so nothing was sent. "
                + (
                    "Meta does not offer this feature to Instagram Login apps; use InstagramClient(..., "
                    "login='facebook', ig_user_id=...) with a Facebook user or Page token "
                    "(https://developers.facebook.com/docs/instagram-platform/overview)."
                    if op.login == "facebook"
                    else "Use an Instagram Login client (login='instagram') for this call."
                ),
                operation=op.operation_id,
                required=op.login,
            )
        try:
            kwargs = build()
        except exc.InvalidIdError as error:
            raise exc.InvalidIdError(f"{op.tag}.{op.method_name}: {error.message}", parameter=error.parameter) from None
        except exc.InstagramError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError) as error:
            raise exc.InvalidArgumentError(f"{_public_name(op)}: {redact(str(error))}") from None
        base = self._bases.get(op.server)
        if base is None:
            base = self._bases[op.server] = self.options.base_for(op.server)
        headers: dict[str, str] = kwargs.get("headers") or {}
        params = kwargs.get("params")
        # "optional" (spec `security: [{}, ...]`, oEmbed on graph.facebook.com): Instagram Login
        # tokens are not accepted there, so only a Facebook Login client's token is sent.
        if op.auth == "bearer" or (op.auth == "optional" and self.options.login == "facebook" and self.token.present):
            if self.options.token_in == "header":
                headers["Authorization"] = "Bearer " + self.token.get()
            else:
                params = {**(params or {}), "access_token": self.token.get()}
        elif op.auth == "rupload":
            headers["Authorization"] = "OAuth " + self.token.get()
        try:
            # httpx.Request straight away (what build_request makes, without parsing the URL twice):
            # the client's own headers, then the operation's; a URL seen recently is not parsed again.
            method, url = kwargs["method"], self.pool.url(base + kwargs["url"], params)
            extensions = {
                "timeout": self._timeout,
                RETRY_EXTENSION: self._plan(op.retry),
                OPERATION_EXTENSION: op.operation_id,
                USAGE_EXTENSION: self.usage_state,
                LIMIT_EXTENSION: self.options.max_response_bytes,
            }
            json_body, data, content, files = (
                kwargs.get("json"),
                kwargs.get("data"),
                kwargs.get("content"),
                kwargs.get("files"),
            )
            if json_body is None and data is None and content is None and files is None:
                # The request httpx builds for no body, without normalising the headers twice.
                method = method.upper()
                shared = self.pool.bodiless_headers(method, base, url, headers)
                if self.pool.lane is None or method not in _LANE_METHODS:
                    shared = httpx.Headers(shared)  # its own copy: another transport may change it
                return bodiless_request(method, url, shared, extensions)
            return httpx.Request(
                method,
                url,
                headers={**self.pool.headers, **headers},
                json=json_body,
                data=data,
                content=content,
                files=files,
                extensions=extensions,
            )
        except (httpx.InvalidURL, TypeError, ValueError) as error:
            raise exc.InvalidArgumentError(f"{_public_name(op)}: {redact(str(error))}") from None

    def finish(
        self,
        op: Operation,
        request: httpx.Request,
        response: httpx.Response | Answer,
        parse: Callable[..., Any],
        unwrap: Callable[[Any], Any] | None,
    ) -> Any:
        status = response.status_code
        if status == 200:  # every operation documents 200; others would parse as the error model
            try:
                result = parse(response)
                return unwrap(result) if unwrap is not None else result
            except json.JSONDecodeError:
                raise exc.NonJSONResponseError(
                    f"{_public_name(op)}: Instagram answered HTTP {status} with a body that is not JSON",
                    status_code=status,
                    content_type=response.headers.get("content-type"),
                    method=request.method,
                    path=redact(request.url.path),
                ) from None
            except (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError) as error:
                raise exc.ResponseValidationError(
                    f"{_public_name(op)}: the response does not have the documented shape "
                    f"({type(error).__name__}: {redact(str(error))[:200]})",
                    status_code=status,
                    content_type=response.headers.get("content-type"),
                    method=request.method,
                    path=redact(request.url.path),
                ) from None
        if 200 < status < 300:
            raise exc.ResponseValidationError(
                f"{_public_name(op)}: HTTP {status} is not a documented success status",
                status_code=status,
                method=request.method,
                path=redact(request.url.path),
            )
        if 300 <= status < 400:
            raise exc.InvalidResponseError(
                f"{_public_name(op)}: unexpected redirect (HTTP {status}); the SDK does not follow "
                "redirects with credentials attached",
                status_code=status,
                method=request.method,
                path=redact(request.url.path),
            )
        raise build_error(
            status,
            response.headers,
            response.content,
            method=request.method,
            path=redact(request.url.path),
            usage=parse_usage(response.headers),
            oauth_host=op.server.startswith(API_INSTAGRAM),
            token_advice=token_advice(self.token.get(), self.options.login) if op.auth == "bearer" else None,
        )

    def _plan(self, retry_class: str) -> RetryPlan:
        """The (immutable) retry plan for an operation's retry class, made once per class."""
        plan = self._plans.get(retry_class)
        if plan is None or plan.config is not self.options.retry:
            plan = self._plans[retry_class] = RetryPlan(self.options.retry, retry_class)
        return plan

    translate = staticmethod(translate)  # an httpx error -> the SDK's exception (see `_translate`)


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
            refresher = self.token.refresher
            if refresher is not None and operation.operation_id not in _TOKEN_OPERATIONS:
                refresher.before_call(self.token)
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
            refresher = self.token.refresher
            if refresher is not None and operation.operation_id not in _TOKEN_OPERATIONS:
                await refresher.abefore_call(self.token)
            request = self.prepare(operation, build)
            lane = self.pool.lane
            if lane is not None and request.stream is NO_BODY and request.method in _LANE_METHODS:
                # AiohttpTransport's fast lane: the same retry loop, no httpx.Response (see _answer).
                answer = await self.pool.transport.run(request, lane)
                if answer.status_code != 200:
                    return self.finish(operation, request, answer.to_response(request), parse, unwrap)
                return self.finish(operation, request, answer, parse, unwrap)
            # Straight to the retrying transport: httpx.AsyncClient.send adds nothing the SDK uses
            # (no auth flow, redirects or cookies) and costs a third of a busy fleet's time.
            response = await self.pool.transport.handle_async_request(request)
            response.request = request
            if isinstance(response.stream, httpx.ByteStream):  # the retrying layer read it into memory
                response.read()  # no async iteration (and its generators) over bytes already here
            else:
                await response.aread()
            return self.finish(operation, request, response, parse, unwrap)
        except httpx.HTTPError as error:
            failure = self.translate(error, request)
        except exc.InstagramError as error:
            failure = error
        request = None  # the request holds the token: not in the frame that raises
        raise scrubbed(failure)
