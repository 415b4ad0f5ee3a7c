"""InstagramClient / AsyncInstagramClient: auth, routing, login refusal, errors, options."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from helpers import FAKE_TOKEN, Recorder, json_response

import instagram_graph_api_sdk as sdk
from instagram_graph_api_client._operations import OPERATIONS

ME = {"id": "1", "user_id": "17841400000000001", "username": "fake_business", "account_type": "BUSINESS"}


def test_namespaces_are_the_spec_tags() -> None:
    tags = {op.tag for op in OPERATIONS.values()}
    client = sdk.InstagramClient(FAKE_TOKEN)
    namespaces = {
        name for name in dir(type(client)) if not name.startswith("_") and hasattr(getattr(client, name), "_operations")
    }
    assert namespaces == tags
    assert len(tags) == 13


def test_token_goes_in_the_authorization_header_not_the_url(make_client: Any) -> None:
    handler = Recorder(json_response(ME))
    make_client(handler).users.get_profile(fields=["id", "username"])
    request = handler.last
    assert request.headers["authorization"] == f"Bearer {FAKE_TOKEN}"
    assert "access_token" not in str(request.url)
    assert str(request.url) == "https://graph.instagram.com/v25.0/me?fields=id%2Cusername"


def test_token_in_query_when_asked(make_client: Any) -> None:
    handler = Recorder(json_response(ME))
    make_client(handler, token_in="query").users.get_profile()
    assert handler.last.url.params["access_token"] == FAKE_TOKEN
    assert "authorization" not in handler.last.headers


def test_comma_lists_accept_strings_and_lists(make_client: Any) -> None:
    handler = Recorder(json_response({"data": []}))
    ig = make_client(handler)
    ig.insights.get_account_insights(
        metric=["reach", "views"], period="day", metric_type="total_value", breakdown="follow_type"
    )
    params = handler.last.url.params
    assert (params["metric"], params["period"], params["metric_type"], params["breakdown"]) == (
        "reach,views",
        "day",
        "total_value",
        "follow_type",
    )
    ig.media.get_comments("m1", fields="id,text")
    assert handler.last.url.params["fields"] == "id,text"


def test_defaults_come_from_the_spec(make_client: Any) -> None:
    handler = Recorder(json_response({"data": []}))
    ig = make_client(handler)
    ig.users.get_media()
    assert handler.last.url.path == "/v25.0/me/media"
    assert handler.last.url.params["fields"] == "id,caption,media_type,media_url,permalink,timestamp"
    ig.users.get_media(ig_user_id="17841400000000001", limit=5)
    assert handler.last.url.path == "/v25.0/17841400000000001/media"
    assert handler.last.url.params["limit"] == "5"


@pytest.mark.parametrize(
    ("call", "operation"),
    [
        (lambda ig: ig.hashtags.search(user_id="1", q="coke"), "search_hashtags"),
        (lambda ig: ig.users.get_business_discovery("bluebottle"), "get_business_discovery"),
        (lambda ig: ig.media.get_collaborators("m1"), "get_collaborators"),
        (lambda ig: ig.media.get_product_tags("m1"), "get_product_tags"),
        (lambda ig: ig.media.delete("m1"), "delete_media"),
        (lambda ig: ig.users.get_available_catalogs(), "get_available_catalogs"),
        (lambda ig: ig.media.like(media_id="m1"), "like_object"),
        (lambda ig: ig.media.unlike(comment_id="c1"), "unlike_object"),
    ],
)
def test_facebook_only_operations_are_refused_before_any_request(make_client: Any, call: Any, operation: str) -> None:
    handler = Recorder(json_response({}))
    with pytest.raises(sdk.LoginTypeError, match="Facebook Login for Business") as caught:
        call(make_client(handler))
    assert handler.requests == []
    assert caught.value.operation == operation
    assert caught.value.required == "facebook"
    assert "nothing was sent" in str(caught.value)


def test_facebook_login_clients_use_graph_facebook_com(make_client: Any) -> None:
    handler = Recorder(json_response({"data": [{"id": "17843857450040591"}]}))
    ig = make_client(handler, login="facebook", ig_user_id="17841400000000001")
    ig.hashtags.search(user_id="17841400000000001", q="coke")
    assert str(handler.last.url).startswith("https://graph.facebook.com/v25.0/ig_hashtag_search?")
    ig.users.get_media()
    assert handler.last.url.host == "graph.facebook.com"
    assert handler.last.url.path == "/v25.0/17841400000000001/media"
    with pytest.raises(sdk.LoginTypeError, match="Instagram Login"):
        ig.messaging.send_text("1", "hi")


def test_facebook_login_needs_an_account_id(make_client: Any) -> None:
    handler = Recorder(json_response({}))
    with pytest.raises(sdk.ConfigurationError, match="ig_user_id="):
        make_client(handler, login="facebook").users.get_media()
    assert handler.requests == []


def test_base_url_keeps_paths_and_only_allows_https_or_loopback(make_client: Any) -> None:
    handler = Recorder(json_response(ME))
    make_client(handler, base_url="http://127.0.0.1:8080").users.get_profile()
    assert str(handler.last.url).startswith("http://127.0.0.1:8080/v25.0/me?")
    for allowed in ("https://proxy.example.com", "http://localhost:9", "http://[::1]:9"):
        sdk.InstagramClient(FAKE_TOKEN, base_url=allowed).close()
    with pytest.raises(sdk.ConfigurationError, match="https://"):
        sdk.InstagramClient(FAKE_TOKEN, base_url="http://graph.instagram.com")


def test_configuration_errors_say_what_to_do() -> None:
    with pytest.raises(sdk.ConfigurationError, match="non-empty string"):
        sdk.InstagramClient("  ")
    with pytest.raises(sdk.ConfigurationError, match="'instagram' or 'facebook'"):
        sdk.InstagramClient(FAKE_TOKEN, login="threads")  # type: ignore[arg-type]


def test_bad_arguments_fail_before_any_request(make_client: Any) -> None:
    handler = Recorder(json_response({}))
    ig = make_client(handler)
    with pytest.raises(sdk.InvalidArgumentError, match=r"users\.get_profile"):
        ig.users.get_profile(fields=[1, 2])
    with pytest.raises(sdk.InvalidArgumentError, match=r"messaging\.send_message"):
        ig.messaging.send_message(recipient=42)
    with pytest.raises(sdk.InvalidArgumentError):
        ig.messaging.send_message(recipient={"id": "1"}, message={"attachment": {"payload": {}}})  # no type
    assert handler.requests == []


@pytest.mark.parametrize(
    ("response", "error"),
    [
        (httpx.Response(200, text="<html>hello</html>"), sdk.NonJSONResponseError),
        (json_response([1, 2]), sdk.ResponseValidationError),
        (json_response({"data": []}), sdk.ResponseValidationError),  # /me wrapper with nothing inside
        (httpx.Response(302, headers={"location": "https://evil.example/"}), sdk.InvalidResponseError),
        (httpx.Response(204), sdk.ResponseValidationError),
    ],
)
def test_bad_successes_become_typed_errors(make_client: Any, response: httpx.Response, error: type) -> None:
    with pytest.raises(error):
        make_client(Recorder(response)).users.get_profile()


@pytest.mark.parametrize(
    "body", [{"data": "not a list"}, {"data": [1, 2]}, {"paging": {}}, {"data": [{"timestamp": "soon"}]}]
)
def test_lists_of_the_wrong_shape_become_validation_errors(make_client: Any, body: Any) -> None:
    with pytest.raises(
        sdk.ResponseValidationError, match=r"users.get_media: the response does not have the documented shape"
    ):
        make_client(Recorder(json_response(body))).users.get_media()


@pytest.mark.parametrize(
    ("raised", "error"),
    [
        (httpx.ConnectError("refused"), sdk.APIConnectionError),
        (httpx.ReadTimeout("slow"), sdk.APITimeoutError),
        (httpx.RemoteProtocolError("peer closed"), sdk.APIConnectionError),
        (httpx.DecodingError("bad gzip"), sdk.InvalidResponseError),
    ],
)
def test_network_failures_never_leak_raw_httpx_errors(make_client: Any, raised: Exception, error: type) -> None:
    with pytest.raises(error) as caught:
        make_client(Recorder(raised)).users.get_profile()
    assert not isinstance(caught.value, httpx.HTTPError)
    assert caught.value.__cause__ is None


def test_both_documented_me_shapes_return_the_user(make_client: Any) -> None:
    flat = make_client(Recorder(json_response(ME))).auth.me()
    wrapped = make_client(Recorder(json_response({"data": [ME]}))).auth.me()
    assert flat == wrapped
    assert flat.user_id == "17841400000000001"


def test_with_options_shares_the_token_and_changes_the_retries(make_client: Any) -> None:
    handler = Recorder(httpx.Response(503), json_response(ME))
    ig = make_client(handler, retry=sdk.RetryConfig(max_retries=0))
    with pytest.raises(sdk.TransientError):
        ig.users.get_profile()
    patient = ig.with_options(max_retries=1, timeout=5)
    patient.retry_config = None  # attributes of the copy do not leak back
    assert patient.users.get_profile().id == "1"
    assert handler.last.extensions["timeout"]["read"] == 5
    ig.set_access_token("test-access-token-0002")
    patient.users.get_profile()
    assert handler.last.headers["authorization"] == "Bearer test-access-token-0002"


def test_get_user_id_is_the_professional_account_id_and_cached(make_client: Any) -> None:
    handler = Recorder(json_response({"user_id": "17841400000000001"}))
    ig = make_client(handler)
    assert ig.get_user_id() == ig.get_user_id() == "17841400000000001"
    assert len(handler.requests) == 1
    assert handler.last.url.params["fields"] == "user_id"


def test_get_user_id_belongs_to_the_token_and_needs_a_user_id(make_client: Any) -> None:
    handler = Recorder(
        json_response({"user_id": 17841400000000001}),  # Meta has sent it as a number too
        json_response({"user_id": "17841400000000002"}),
        json_response({"id": "1"}),
    )
    ig = make_client(handler)
    assert ig.get_user_id() == "17841400000000001"
    assert ig.with_options(max_retries=0).get_user_id() == "17841400000000001"  # copies share the cache
    ig.set_access_token("test-access-token-0002")  # another token may be another account
    assert ig.get_user_id() == "17841400000000002"
    ig.set_access_token("test-access-token-0003")
    with pytest.raises(sdk.ResponseValidationError, match="no user_id"):
        ig.get_user_id()
    assert len(handler.requests) == 3


def test_get_user_id_does_not_cache_an_id_for_a_token_switched_meanwhile(make_client: Any) -> None:
    clients: list[Any] = []

    def me_while_the_token_changes(request: httpx.Request) -> httpx.Response:
        clients[0].set_access_token("test-access-token-0002")  # e.g. another thread, mid-call
        return httpx.Response(200, json={"user_id": "17841400000000001"})

    handler = Recorder(me_while_the_token_changes, json_response({"user_id": "17841400000000002"}))
    clients.append(make_client(handler))
    assert clients[0].get_user_id() == "17841400000000001"  # what that call answered...
    assert clients[0].get_user_id() == "17841400000000002"  # ...but not cached for the new token
    assert len(handler.requests) == 2


def test_reprs_hide_the_token(make_client: Any) -> None:
    ig = make_client(Recorder(json_response(ME)))
    assert FAKE_TOKEN not in repr(ig)
    assert FAKE_TOKEN not in str(ig)
    assert repr(ig) == "InstagramClient(api_version='v25.0', login='instagram')"
    assert FAKE_TOKEN not in repr(ig._runner.token)
    assert ig.access_token == FAKE_TOKEN


def test_context_manager_closes_the_pool() -> None:
    with sdk.InstagramClient(FAKE_TOKEN, transport=httpx.MockTransport(Recorder(json_response(ME)))) as ig:
        ig.users.get_profile()
    assert ig._http.is_closed


async def test_async_client_mirrors_the_sync_one(make_async_client: Any) -> None:
    handler = Recorder(json_response(ME))
    async with make_async_client(handler) as ig:
        profile = await ig.users.get_profile(fields=["id", "username"])
        assert profile.username == "fake_business"
        assert handler.last.headers["authorization"] == f"Bearer {FAKE_TOKEN}"
        assert await ig.get_user_id() == "17841400000000001"
        with pytest.raises(sdk.LoginTypeError):
            await ig.hashtags.search(user_id="1", q="x")
        copy = ig.with_options(max_retries=0)
        assert (await copy.auth.me()).id == "1"


PROXY_VARIABLES = ("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY")


@pytest.fixture
def clean_proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_the_environments_proxy_is_used_as_httpx_would(clean_proxy_env: pytest.MonkeyPatch) -> None:
    import httpcore

    def pool(client: Any, host: str = "graph.instagram.com") -> Any:
        transport = client._transport.wrapped
        return (transport.transport_for(host) if hasattr(transport, "transport_for") else transport)._pool

    assert isinstance(pool(sdk.InstagramClient(FAKE_TOKEN)), httpcore.ConnectionPool)  # no proxy configured
    clean_proxy_env.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    proxied = pool(sdk.InstagramClient(FAKE_TOKEN))
    assert isinstance(proxied, httpcore.HTTPProxy)
    assert proxied._proxy_url.port == 3128
    assert isinstance(pool(sdk.AsyncInstagramClient(FAKE_TOKEN)), httpcore.AsyncHTTPProxy)
    # NO_PROXY exempts a host the client is pointed at (FakeInstagram on loopback, say).
    clean_proxy_env.setenv("NO_PROXY", "127.0.0.1,localhost")
    local = sdk.InstagramClient(FAKE_TOKEN, base_url="http://127.0.0.1:8000")
    assert not isinstance(pool(local), httpcore.HTTPProxy)
    assert isinstance(pool(sdk.InstagramClient(FAKE_TOKEN)), httpcore.HTTPProxy)  # Meta's hosts still go through it


@pytest.mark.parametrize("client_class", [sdk.InstagramClient, sdk.AsyncInstagramClient])
def test_no_proxy_is_decided_per_host_without_a_base_url(
    clean_proxy_env: pytest.MonkeyPatch, client_class: Any
) -> None:
    """Issue 8 item 14: NO_PROXY=graph.instagram.com exempts the API host, not the upload host."""
    import httpcore

    clean_proxy_env.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    clean_proxy_env.setenv("NO_PROXY", "graph.instagram.com,.facebook.com")
    router = client_class(FAKE_TOKEN)._transport.wrapped
    proxy_class = httpcore.HTTPProxy if client_class is sdk.InstagramClient else httpcore.AsyncHTTPProxy
    assert not isinstance(router.transport_for("graph.instagram.com")._pool, proxy_class)
    assert not isinstance(router.transport_for("rupload.facebook.com")._pool, proxy_class)
    assert isinstance(router.transport_for("api.instagram.com")._pool, proxy_class)
    # one transport (one pool) per route, however many hosts share it
    assert router.transport_for("graph.instagram.com") is router.transport_for("graph.facebook.com")


def test_oauth_calls_use_the_environments_proxy(clean_proxy_env: pytest.MonkeyPatch) -> None:
    from instagram_graph_api_sdk._sync import oauth as _oauth_client
    from instagram_graph_api_sdk._transport import default_transport

    hosts: list[str | None] = []

    def spy(host: str | None = None) -> httpx.BaseTransport:
        hosts.append(host)
        return default_transport(host)

    clean_proxy_env.setattr(_oauth_client, "default_transport", spy)
    clean_proxy_env.setenv("HTTPS_PROXY", "http://127.0.0.1:9")  # nothing listens: the call must go there
    with pytest.raises(sdk.APIConnectionError):
        sdk.InstagramOAuth.get_long_lived_token(client_secret="test-app-secret", access_token="test-short-token")
    assert hosts == ["graph.instagram.com"]


def test_timeouts_per_client_and_per_call(make_client: Any) -> None:
    handler = Recorder(json_response(ME))
    ig = make_client(handler)
    ig.users.get_profile()
    assert handler.last.extensions["timeout"]["read"] == 30.0  # the default
    ig.with_options(timeout=5).users.get_profile()
    assert handler.last.extensions["timeout"] == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}
    ig.users.get_profile()
    assert handler.last.extensions["timeout"]["read"] == 30.0  # the copy did not change the client
    quick = sdk.InstagramClient(FAKE_TOKEN, transport=httpx.MockTransport(handler), timeout=httpx.Timeout(2, read=7))
    quick.users.get_profile()
    assert (handler.last.extensions["timeout"]["connect"], handler.last.extensions["timeout"]["read"]) == (2, 7)
