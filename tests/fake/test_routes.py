"""FakeInstagram's routes table against the spec: one row per operation the fake serves, each
with the spec's method, path and server; and routing and operation lookup both follow the table."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlsplit

import check_spec
import httpx
import pytest

from instagram_graph_api_sdk.testing import FakeInstagram, FakeServer
from instagram_graph_api_sdk.testing._call import Route, placeholder
from instagram_graph_api_sdk.testing._faults import LostResponse
from instagram_graph_api_sdk.testing._http import FakeRequest, FakeResponse
from instagram_graph_api_sdk.testing._routes import KINDS, ROUTES
from instagram_graph_api_sdk.testing._routing import match, operation_for

SPEC = check_spec.load()
OPERATIONS = {op["operationId"]: (method.upper(), path, op) for path, method, op in check_spec.operations(SPEC)}
ROWS = {route.operation_id: route for route in ROUTES}

# Deliberately not served: the Facebook Login operations (`x-login: facebook`). The fake is Instagram
# with Instagram Login; an Instagram token sent to graph.facebook.com gets Meta's 190 "Cannot parse
# access token", and graph.instagram.com answers those paths as it answers any unknown one (100/33).
NOT_SERVED_WHY = "Facebook Login only (x-login: facebook): graph.facebook.com refuses an Instagram token"


def not_served() -> dict[str, str]:
    return {op_id: NOT_SERVED_WHY for op_id, (_, _, op) in OPERATIONS.items() if op.get("x-login") == "facebook"}


def server(op: dict[str, object]) -> str:
    servers = op.get("servers") or SPEC["servers"]
    assert isinstance(servers, list)
    return str(servers[0]["url"])


def row_problems(route: Route) -> list[str]:
    """How a row differs from its spec operation (method, path, server, placeholders)."""
    if route.operation_id not in OPERATIONS:
        return [f"{route.operation_id}: not a spec operation"]
    method, path, op = OPERATIONS[route.operation_id]
    url, name = server(op), route.operation_id
    problems = []
    if (route.method, route.path) != (method, path):
        problems.append(f"{name}: the row says {route.method} {route.path}, the spec {method} {path}")
    if urlsplit(url).hostname != route.host:
        problems.append(f"{name}: the row's host is {route.host}, the spec's server {url}")
    if route.unversioned != (route.host == "graph.instagram.com" and "{version}" not in url):
        problems.append(f"{name}: unversioned={route.unversioned}, the spec's server is {url}")
    for segment in route.segments:  # every placeholder has a kind, or the row could never match
        kind = placeholder(segment)
        if kind is not None and kind not in KINDS and kind not in route.where:
            problems.append(f"{name}: no kind for {{{kind}}}")
    return problems


def table_problems(routes: tuple[Route, ...]) -> list[str]:
    ids = [route.operation_id for route in routes]
    problems = [f"{i}: {ids.count(i)} rows" for i in sorted(set(ids)) if ids.count(i) > 1]
    problems += [
        f"{i}: served by the fake but has no row" for i in sorted(set(OPERATIONS) - set(not_served()) - set(ids))
    ]
    problems += [f"{i}: has a row but is not served ({not_served()[i]})" for i in sorted(set(ids) & set(not_served()))]
    return problems + [p for route in routes for p in row_problems(route)]


def test_the_routes_table_matches_the_spec() -> None:
    assert table_problems(ROUTES) == []
    assert len(ROUTES) == len(OPERATIONS) - len(not_served())
    assert {"get_business_discovery", "delete_media", "search_hashtags"} <= set(not_served())


def test_the_check_catches_a_table_that_drifts_from_the_spec() -> None:
    comments = ROWS["get_comments"]
    wrong_method = replace(comments, method="POST")
    wrong_host = replace(ROWS["get_oembed"], host="graph.instagram.com")
    kindless = replace(comments, path="/{ig_hashtag_id}/comments")
    drifted = (*(r for r in ROUTES if r.operation_id != "get_tags"), comments)
    facebook = Route("GET", "/{instagram_business_account_id}", "get_business_discovery", comments.handler)
    assert row_problems(wrong_method) == [
        "get_comments: the row says POST /{ig_media_id}/comments, the spec GET /{ig_media_id}/comments"
    ]
    assert "the row's host is graph.instagram.com" in row_problems(wrong_host)[0]
    assert any("no kind for {ig_hashtag_id}" in p for p in row_problems(kindless))
    assert table_problems(drifted) == ["get_comments: 2 rows", "get_tags: served by the fake but has no row"]
    assert any("is not served" in p for p in table_problems((*ROUTES, facebook)))


def request(fake: FakeInstagram, method: str, path: str, host: str = "graph.instagram.com") -> FakeRequest:
    headers = {"authorization": f"Bearer {fake.access_token}"}
    return FakeRequest.build(method, host, path, "", headers, b"")


def test_routing_and_operation_lookup_come_from_the_same_rows() -> None:
    fake = FakeInstagram(real_time=False)
    media = fake.media_ids()[0]
    comment = next(iter(fake.state.comments))
    cases = {
        ("GET", "/v25.0/me"): "me",
        ("GET", f"/v25.0/{fake.user_id}"): "get_profile",
        ("GET", f"/v25.0/{fake.state.app_scoped_id}"): "get_profile",
        ("GET", "/v25.0/me/media"): "get_user_media",
        ("POST", "/v25.0/me/media"): "create_media_container",
        ("GET", f"/v25.0/{media}"): "get_media",
        ("POST", f"/v25.0/{media}"): "update_media",
        ("GET", f"/v25.0/{comment}"): "get_comment",
        ("DELETE", f"/v25.0/{comment}"): "delete_comment",
        ("POST", f"/v25.0/{comment}/replies"): "reply",
        ("GET", "/refresh_access_token"): "refresh_token",
        ("POST", "/ig-api-upload/v25.0/123"): "upload_video",
    }
    for (method, path), operation_id in cases.items():
        found = match(fake.state, request(fake, method, path))
        assert found is not None, (method, path)
        assert found.route.operation_id == operation_id, (method, path)
        assert operation_for(fake.state, request(fake, method, path)) == operation_id
    assert match(fake.state, request(fake, "GET", "/v25.0/refresh_access_token")) is None  # unversioned only
    assert match(fake.state, request(fake, "GET", "/v25.0/404404")) is None  # no object of any kind
    assert match(fake.state, request(fake, "DELETE", f"/v25.0/{media}")) is None  # delete_media: Facebook Login
    assert match(fake.state, request(fake, "GET", "/v25.0/me", "graph.facebook.com")) is None
    # Refused on graph.facebook.com, it is still the operation a Facebook Login client called.
    assert operation_for(fake.state, request(fake, "GET", "/v25.0/me", "graph.facebook.com")) == "me"


def test_a_method_the_spec_does_not_list_is_refused_as_meta_does() -> None:
    fake = FakeInstagram(real_time=False)
    stories = fake.handle(request(fake, "POST", "/v25.0/me/stories"))
    assert (stories.status, stories.body["error"]["code"], stories.body["error"]["error_subcode"]) == (400, 100, 33)
    assert "Unsupported post request" in stories.body["error"]["message"]
    refresh = fake.handle(request(fake, "POST", "/refresh_access_token"))
    assert refresh.body["error"]["message"] == "Unsupported request - method type: post"
    assert fake.handle(request(fake, "GET", "/v25.0/me/stories")).status == 200


def test_the_architecture_page_lists_every_module_of_the_fake() -> None:
    page = (check_spec.ROOT / "docs" / "architecture.md").read_text()
    package = check_spec.ROOT / "overlay" / "instagram_graph_api_sdk" / "testing"
    names = {p.name for p in package.glob("*.py")} - {"__init__.py"}
    assert {n for n in names if f"`{n}`" not in page} == set()
    assert "Adding an endpoint" in page


def test_the_loopback_server_serves_any_handler_and_drops_a_lost_response() -> None:
    def handler(request: FakeRequest) -> FakeResponse:
        if request.path == "/lost":
            raise LostResponse("dropped on purpose")
        return FakeResponse(200, {"method": request.method, "path": request.path})

    with FakeServer(handler) as server, httpx.Client(base_url=server.url, timeout=5) as client:
        assert client.post("/v25.0/anything").json() == {"method": "POST", "path": "/anything"}
        with pytest.raises(httpx.RemoteProtocolError):
            client.get("/lost")
