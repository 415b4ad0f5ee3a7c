"""FakeInstagram: a stateful fake of the Instagram API with Instagram Login.

    fake = FakeInstagram()
    client = fake.client()                              # InstagramClient over an in-process transport
    with fake.serve() as server:                        # or a real HTTP server on 127.0.0.1
        client = InstagramClient(fake.access_token, base_url=server.url)

It reproduces Meta's documented semantics: single-use OAuth codes, one-hour and 60-day tokens,
refresh only after 24 hours, Meta's error envelopes and codes (190/463 expired, 190/460
password changed, 4/17/80002 throttling), the container state machine and the publishing
quota, cursor pagination (with `paging.next` URLs that carry the token, as Meta's do), usage
headers and the app's hourly limit (`calls_per_hour`), comments, insights and messaging. Time
is a controllable clock (`fake.clock.advance`); faults are injected with `fake.faults`. Every
response it sends validates against the spec.
"""

from __future__ import annotations

import collections
import json
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import httpx

from .._constants import ALL_SCOPES
from . import _events as events
from . import _graph_routes as graph
from ._faults import FaultPlan, LostResponse, SlowResponse, app_limit_response, fault_response
from ._http import FakeRequest, FakeResponse
from ._routing import operation_for, route
from ._server import FakeServer
from ._state import FakeClock, State

if TYPE_CHECKING:
    from .._client import AsyncInstagramClient, InstagramClient

__all__ = ["Exchange", "FakeInstagram", "FakeServer"]

USAGE_LIMIT_PER_HOUR = 200  # the fake's app-level limit behind x-app-usage percentages


@dataclass(frozen=True)
class Exchange:
    """One request the fake answered: which spec operation, and what it sent back."""

    operation_id: str | None
    method: str
    path: str
    status: int
    body: Any


class FakeInstagram:
    """A fake Instagram (see the module docstring). Seeded with one account, 30 media, 63
    comments and a customer conversation; `access_token` is a long-lived token with every scope."""

    def __init__(
        self,
        *,
        real_time: bool = True,
        seed: bool = True,
        video_processing: float = 2.0,
        quota_total: int = 50,
        calls_per_hour: int | None = USAGE_LIMIT_PER_HOUR,
        legacy_token_shape: bool = False,
        redirect_uris: list[str] | None = None,
        resumable_uploads: bool = False,
        usage_keys: str = "instagram",
    ) -> None:
        """`resumable_uploads=True` serves `upload_type=resumable` sessions on graph.instagram.com
        (what Meta's guide describes for Facebook Login; with an Instagram Login token Meta answers
        code 100 "The parameter video_url is required", which is the default here).
        `usage_keys="documented"` sends X-App-Usage as `call_count`/`total_time`/`total_cputime`
        instead of graph.instagram.com's `call_volume`/`cpu_time`."""
        self.state = State(clock=FakeClock(real_time=real_time), quota_total=quota_total)
        self.state.resumable_uploads = resumable_uploads
        self.usage_keys = usage_keys
        self.state.video_processing = timedelta(seconds=video_processing)
        if redirect_uris is not None:
            self.state.redirect_uris = list(redirect_uris)
        if seed:
            self.state.seed()
        self.faults = FaultPlan()
        self.exchanges: collections.deque[Exchange] = collections.deque(maxlen=10_000)
        self.state.legacy_token_shape = legacy_token_shape
        self.calls_per_hour = calls_per_hour
        self._servers: list[FakeServer] = []
        self.access_token = self.state.issue_token("long", ALL_SCOPES).value

    # --- what tests and demos read
    @property
    def clock(self) -> FakeClock:
        return self.state.clock

    @property
    def client_id(self) -> str:
        return self.state.client_id

    @property
    def client_secret(self) -> str:
        return self.state.client_secret

    @property
    def redirect_uri(self) -> str:
        return self.state.redirect_uris[0]

    @property
    def user_id(self) -> str:
        return self.state.user_id

    @property
    def sent_messages(self) -> list[dict[str, Any]]:
        return list(self.state.sent)

    def media_ids(self) -> list[str]:
        """The account's feed, newest first."""
        return [m["id"] for m in graph.feed(self.state)]

    @property
    def legacy_token_shape(self) -> bool:
        """Answer the short-lived token in the older, flat shape (`user_id` an integer)."""
        return self.state.legacy_token_shape

    @legacy_token_shape.setter
    def legacy_token_shape(self, value: bool) -> None:
        self.state.legacy_token_shape = value

    def deny_next_authorization(self) -> None:
        """The next visit to the authorization URL ends with error=access_denied."""
        self.state.deny_next_authorization()

    def issue_token(
        self,
        *,
        long_lived: bool = True,
        scopes: tuple[str, ...] = ALL_SCOPES,
        age: timedelta = timedelta(),
        value: str | None = None,
    ) -> str:
        """A token issued `age` ago (e.g. age=timedelta(days=61) for an expired one); `value`
        chooses its string (tests use it to follow a canary token)."""
        with self.state.lock:
            kind = "long" if long_lived else "short"
            token = self.state.issue_token(kind, scopes, issued=self.state.now() - age)
            if value is not None:
                del self.state.tokens[token.value]
                token.value = value
                self.state.tokens[value] = token
            return token.value

    def revoke(self, token: str, reason: str = "password_changed") -> None:
        """Invalidate a token: "password_changed" (190/460) or "logged_out" (190/458)."""
        with self.state.lock:
            self.state.tokens[token].revoked = reason

    # --- clients
    def transport(self) -> httpx.MockTransport:
        """An httpx transport (sync and async) that answers in-process."""
        return httpx.MockTransport(self._httpx_handler)

    def client(self, **kwargs: Any) -> InstagramClient:
        """An InstagramClient with the fake's token and transport (`kwargs` go to the client)."""
        from .._client import InstagramClient

        kwargs.setdefault("transport", self.transport())
        return InstagramClient(kwargs.pop("access_token", self.access_token), **kwargs)

    def async_client(self, **kwargs: Any) -> AsyncInstagramClient:
        """An AsyncInstagramClient with the fake's token and transport (`kwargs` go to the client)."""
        from .._client import AsyncInstagramClient

        kwargs.setdefault("transport", self.transport())
        return AsyncInstagramClient(kwargs.pop("access_token", self.access_token), **kwargs)

    def serve(self, port: int = 0) -> FakeServer:
        """Start a real HTTP server on 127.0.0.1 (a free port by default); stop it with `.stop()`."""
        server = FakeServer(self.handle, port)
        self._servers.append(server)
        return server

    def close(self) -> None:
        for server in self._servers:
            server.stop()
        self._servers.clear()

    # --- webhooks
    def comment_event(
        self,
        media_id: str | None = None,
        text: str = "so cool!",
        username: str = "commenter",
        *,
        layout: str = "changes",
    ) -> dict[str, Any]:
        """Add a comment as another user would, and return the webhook notification it triggers
        (`layout="field"`: the single-change layout Meta's dashboard test sends)."""
        return events.comment_event(self.state, media_id, text, username, layout=layout)

    def message_event(self, text: str = "Hello", igsid: str = "819898670256713") -> dict[str, Any]:
        """Record an incoming message from a customer and return its messaging webhook."""
        return events.message_event(self.state, text, igsid)

    def deliver_webhook(self, url: str, payload: dict[str, Any], *, app_secret: str | None = None) -> httpx.Response:
        """POST a signed notification (X-Hub-Signature-256 over the raw bytes) to a loopback URL."""
        return events.deliver(url, payload, app_secret or self.client_secret)

    # --- the fake itself
    def _httpx_handler(self, request: httpx.Request) -> httpx.Response:
        fake = FakeRequest.build(
            request.method,
            request.url.host,
            request.url.path,
            request.url.query.decode(),
            dict(request.headers),
            request.read(),
        )
        try:
            response = self.handle(fake)
        except SlowResponse as slow:
            raise httpx.ReadTimeout(str(slow), request=request) from None
        except LostResponse as lost:
            raise httpx.RemoteProtocolError(str(lost), request=request) from None
        headers = {"content-type": response.content_type(), **response.headers}
        return httpx.Response(response.status, headers=headers, content=response.content())

    def handle(self, request: FakeRequest) -> FakeResponse:
        """Answer one request: faults first, then the route; adds Meta's headers; logs the exchange."""
        latency = self.faults.take(("latency",), request.path)
        if latency is not None:
            time.sleep(latency.options["seconds"])
        extra: dict[str, str] = {}
        fault = self.faults.take(("throttle", "transient", "html"), request.path)
        with self.state.lock:
            if fault is not None:
                response, extra = fault_response(fault)
            elif self._graph_call(request) and self._usage_percent() >= 100:
                # Like Meta at the app limit: code 4 until the rolling hour lets calls through again.
                response, extra = app_limit_response(), {}
            else:
                response = route(self.state, self.faults, request)
                if self._graph_call(request):
                    self.state.calls.append(self.state.now())
            response.operation_id = response.operation_id or operation_for(self.state, request)
        lost = self.faults.take(("lose",), request.path)
        self.exchanges.append(
            Exchange(response.operation_id, request.method, request.path, response.status, response.body)
        )
        if lost is not None:
            raise LostResponse("FakeInstagram dropped the connection after carrying out the request")
        response.headers.update(self._headers(request), **extra)
        return response

    @staticmethod
    def _graph_call(request: FakeRequest) -> bool:
        return request.host not in ("api.instagram.com", "www.instagram.com") and request.path != "/oauth/access_token"

    def _usage_percent(self) -> int:
        """Graph calls in the rolling hour, as a percentage of `calls_per_hour` (0 when unlimited)."""
        limit = self.calls_per_hour
        if not limit:
            return 0
        since = self.state.now() - timedelta(hours=1)
        recent = sum(1 for t in self.state.calls[-limit * 2 :] if t > since)
        return min(100, recent * 100 // limit)

    def _headers(self, request: FakeRequest) -> dict[str, str]:
        headers = {"x-fb-trace-id": "FakeTrace", "x-fb-request-id": "FakeRequest"}
        if self._graph_call(request):
            # graph.instagram.com's recorded responses send call_volume/cpu_time; other captures
            # carry the documented call_count/total_time/total_cputime (usage_keys="documented").
            percent = self._usage_percent()
            usage = (
                {"call_count": percent, "total_time": percent // 2, "total_cputime": percent // 2}
                if self.usage_keys == "documented"
                else {"call_volume": percent, "cpu_time": percent // 2}
            )
            headers["x-app-usage"] = json.dumps(usage)
        if request.version:
            headers["instagram-api-version"] = request.version
        return headers
