"""FakeInstagram reproduces Meta's documented semantics, in-process and on a loopback port."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from typing import Any, get_type_hints

import httpx
import pytest
from helpers import present

import instagram_graph_api_sdk as sdk
from instagram_graph_api_sdk.testing import FakeInstagram


@pytest.fixture
def fake() -> FakeInstagram:
    return FakeInstagram(video_processing=0.0)


def login(fake: FakeInstagram, **oauth: Any) -> tuple[str, sdk.AccessToken]:
    auth = sdk.InstagramOAuth.build_authorization_url(client_id=fake.client_id, redirect_uri=fake.redirect_uri)
    with httpx.Client(transport=fake.transport()) as browser:
        code = sdk.InstagramOAuth.parse_callback(
            browser.get(auth.url).headers["location"], expected_state=auth.state
        ).code
    token = sdk.InstagramOAuth.exchange_code_for_token(
        client_id=fake.client_id,
        client_secret=fake.client_secret,
        redirect_uri=fake.redirect_uri,
        code=code,
        transport=fake.transport(),
        **oauth,
    )
    return code, token


def test_codes_are_single_use(fake: FakeInstagram) -> None:
    code, _ = login(fake)
    with pytest.raises(sdk.InvalidAuthorizationCodeError, match="already used"):
        sdk.InstagramOAuth.get_short_lived_token(
            client_id=fake.client_id,
            client_secret=fake.client_secret,
            code=code,
            redirect_uri=fake.redirect_uri,
            transport=fake.transport(),
        )


def test_codes_expire_after_an_hour(fake: FakeInstagram) -> None:
    auth = sdk.InstagramOAuth.build_authorization_url(client_id=fake.client_id, redirect_uri=fake.redirect_uri)
    location = httpx.Client(transport=fake.transport()).get(auth.url).headers["location"]
    fake.clock.advance(minutes=61)
    with pytest.raises(sdk.InvalidAuthorizationCodeError):
        sdk.InstagramOAuth.get_short_lived_token(
            client_id=fake.client_id,
            client_secret=fake.client_secret,
            code=sdk.InstagramOAuth.parse_callback(location, expected_state=auth.state).code,
            redirect_uri=fake.redirect_uri,
            transport=fake.transport(),
        )


def test_wrong_credentials_and_redirects(fake: FakeInstagram) -> None:
    auth = sdk.InstagramOAuth.build_authorization_url(client_id=fake.client_id, redirect_uri=fake.redirect_uri)
    code = sdk.InstagramOAuth.parse_callback(
        httpx.Client(transport=fake.transport()).get(auth.url).headers["location"], expected_state=auth.state
    ).code
    with pytest.raises(sdk.OAuthConfigurationError, match="redirect_uri"):
        sdk.InstagramOAuth.get_short_lived_token(
            client_id=fake.client_id,
            client_secret=fake.client_secret,
            code=code,
            redirect_uri="http://127.0.0.1/other",
            transport=fake.transport(),
        )
    with pytest.raises(sdk.OAuthConfigurationError, match="Invalid platform app"):
        sdk.InstagramOAuth.get_short_lived_token(
            client_id="1", client_secret="x", code=code, redirect_uri=fake.redirect_uri, transport=fake.transport()
        )


def test_denied_authorization(fake: FakeInstagram) -> None:
    fake.deny_next_authorization()
    auth = sdk.InstagramOAuth.build_authorization_url(client_id=fake.client_id, redirect_uri=fake.redirect_uri)
    location = httpx.Client(transport=fake.transport()).get(auth.url).headers["location"]
    with pytest.raises(sdk.AuthorizationDeniedError):
        sdk.InstagramOAuth.parse_callback(location, expected_state=auth.state)


def test_both_token_shapes(fake: FakeInstagram) -> None:
    _, token = login(fake)
    fake.legacy_token_shape = True
    _, legacy = login(fake)
    assert token.user_id == legacy.user_id == fake.user_id


def test_token_lifetimes(fake: FakeInstagram) -> None:
    short = fake.issue_token(long_lived=False)
    client = fake.client(access_token=short)
    client.users.get_profile()
    fake.clock.advance(minutes=61)
    with pytest.raises(sdk.AuthenticationError) as caught:
        client.users.get_profile()
    assert (caught.value.code, caught.value.subcode) == (190, 463)
    assert "Session has expired" in caught.value.message
    long_lived = fake.client()
    fake.clock.advance(days=59)
    long_lived.users.get_profile()
    fake.clock.advance(days=2)
    with pytest.raises(sdk.AuthenticationError):
        long_lived.users.get_profile()


def test_refresh_rules(fake: FakeInstagram) -> None:
    client = fake.client(access_token=fake.issue_token())
    with pytest.raises(sdk.ValidationError, match="24 hours"):
        client.auth.refresh_token()
    fake.clock.advance(hours=24, seconds=1)
    old = client.access_token
    client.auth.refresh_token()
    assert client.access_token != old
    short = fake.client(access_token=fake.issue_token(long_lived=False, age=timedelta(minutes=5)))
    with pytest.raises(sdk.ValidationError, match="long-lived"):
        short.auth.refresh_token()
    expired = fake.client(access_token=fake.issue_token(age=timedelta(days=61)))
    with pytest.raises(sdk.AuthenticationError):
        expired.auth.refresh_token()


def test_revoked_tokens(fake: FakeInstagram) -> None:
    token = fake.issue_token()
    fake.revoke(token)
    with pytest.raises(sdk.AuthenticationError) as caught:
        fake.client(access_token=token).users.get_profile()
    assert caught.value.subcode == 460
    with pytest.raises(sdk.AuthenticationError, match="Cannot parse access token"):
        fake.client(access_token="never-issued").users.get_profile()


def test_missing_scope_is_a_permission_error(fake: FakeInstagram) -> None:
    client = fake.client(access_token=fake.issue_token(scopes=("instagram_business_basic",)))
    with pytest.raises(sdk.PermissionDeniedError):
        client.messaging.send_text("819898670256713", "hi")


def test_container_state_machine_and_quota() -> None:
    fake = FakeInstagram(video_processing=30.0, quota_total=2, real_time=False)
    client = fake.client(retry=sdk.RetryConfig(max_retries=0))
    reel = client.publishing.create_video_container("https://x/v.mp4")
    assert client.publishing.get_container_status(reel.id).status_code == "IN_PROGRESS"
    with pytest.raises(sdk.ContainerNotReadyError):
        client.publishing.publish_container(reel.id)
    fake.clock.advance(seconds=31)
    assert client.publishing.get_container_status(reel.id).status_code == "FINISHED"
    client.publishing.publish_container(reel.id)
    assert client.publishing.get_container_status(reel.id).status_code == "PUBLISHED"
    failed = client.publishing.create_image_container("https://x/fail.jpg")
    assert client.publishing.get_container_status(failed.id).status_code == "ERROR"
    stale = client.publishing.create_image_container("https://x/a.jpg")
    fake.clock.advance(hours=24, seconds=1)
    assert client.publishing.get_container_status(stale.id).status_code == "EXPIRED"
    with pytest.raises(sdk.ContainerExpiredError):
        client.publishing.publish_container(stale.id)
    for _ in range(2):
        client.publishing.publish_container(client.publishing.create_image_container("https://x/b.jpg").id)
    with pytest.raises(sdk.PublishingLimitError):
        client.publishing.publish_container(client.publishing.create_image_container("https://x/c.jpg").id)
    limits = client.users.get_content_publishing_limit().data[0]
    assert (limits.quota_usage, present(limits.config).quota_total) == (2, 2)
    with pytest.raises(sdk.ValidationError):
        client.publishing.create_carousel_container(["only", "bad"])


def test_pagination_next_urls_carry_the_token_like_meta(fake: FakeInstagram) -> None:
    client = fake.client()
    page = client.users.get_media(limit=5)
    assert fake.access_token in present(present(page.paging).next_)
    assert len(list(client.paginate(client.users.get_media, limit=7))) == 30


def test_comments_replies_hide_and_delete(fake: FakeInstagram) -> None:
    client = fake.client()
    media = fake.media_ids()[0]
    comments = [present(comment.id) for comment in client.paginate(client.media.get_comments, media)]
    assert len(comments) == 60
    assert len(client.comments.get_replies(comments[-1]).data) == 3
    client.comments.hide(comments[0])
    assert client.comments.get(comments[0]).hidden is True
    with pytest.raises(sdk.ValidationError, match="Hidden comments"):
        client.comments.reply(comments[0], "nope")
    client.comments.delete(comments[1])
    assert len(list(client.paginate(client.media.get_comments, media))) == 59


def test_messages_and_conversation_window(fake: FakeInstagram) -> None:
    client = fake.client()
    client.messaging.send_text("819898670256713", "hello there")
    assert fake.sent_messages[-1]["message"] == {"text": "hello there"}
    with pytest.raises(sdk.ValidationError, match="No matching user"):
        client.messaging.send_text("404", "hi")
    conversation = present(client.conversations.find_by_user("819898670256713").data[0].id)
    latest = present(present(client.conversations.get_messages(conversation).messages).data[0].id)
    assert client.conversations.get_message(latest).message == "hello there"


def test_usage_headers_and_faults(fake: FakeInstagram) -> None:
    client = fake.client(retry=sdk.RetryConfig(max_retries=2, backoff_base=0.001, throttle_base=0.001))
    client.users.get_profile()
    assert client.usage is not None
    assert client.usage.app is not None
    fake.faults.transient(times=2)
    client.users.get_profile()  # retried through two 500s
    fake.faults.throttle(times=1, code=80002, regain_minutes=0.001)
    client.users.get_profile()
    fake.faults.html_error(times=5)
    with pytest.raises(sdk.NonJSONResponseError):
        client.users.get_profile()
    fake.faults.clear()
    fake.faults.lose_response(path="media_publish")
    container = client.publishing.create_image_container("https://x/a.jpg")
    result = client.publishing.publish(container.id, settle=0.01)  # reconciled from the PUBLISHED container
    assert result.reconciled
    assert result.media_id is None
    assert sum(1 for m in fake.state.media.values() if m.get("caption") == "") == 1  # published exactly once


def test_resumable_upload_is_refused_on_instagram_login_as_meta_does(fake: FakeInstagram) -> None:
    # A live capture: POST /me/media with upload_type=resumable and an Instagram Login token
    # answered 400, code 100, "The parameter video_url is required".
    with pytest.raises(sdk.ValidationError, match="video_url is required") as caught:
        fake.client().publishing.create_resumable_upload(caption="big")
    assert caught.value.code == 100
    assert fake.state.containers == {}


def test_resumable_upload_survives_a_cut(fake: FakeInstagram) -> None:
    fake.state.resumable_uploads = True  # the session flow Meta documents for Facebook Login
    client = fake.client()
    session = client.publishing.create_resumable_upload(caption="big")
    assert present(session.uri).endswith(f"/ig-api-upload/v25.0/{session.id}")
    fake.faults.cut_upload(at_bytes=1000)
    client.publishing.upload_video_file(session.id, b"\x01" * 5000)
    assert fake.state.containers[session.id].bytes_received == 5000
    assert client.publishing.get_container_status(session.id).status_code == "FINISHED"


def test_server_on_loopback_and_webhook_delivery(fake: FakeInstagram) -> None:
    with fake.serve() as server:
        assert server.url.startswith("http://127.0.0.1:")
        assert server.port > 0
        client = sdk.InstagramClient(fake.access_token, base_url=server.url)
        assert client.users.get_profile().username == "fake_business"
        fake.faults.lose_response(path="/me")
        with pytest.raises(sdk.APIConnectionError):
            client.with_options(max_retries=0).users.get_profile()
        client.close()
    with pytest.raises(httpx.ConnectError):
        httpx.get(server.url + "/v25.0/me", timeout=2)
    with pytest.raises(sdk.ConfigurationError, match="loopback"):
        fake.deliver_webhook("https://example.com/hook", fake.comment_event())


def test_command_line_server() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "instagram_graph_api_sdk._cli", "fake-server"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split()[2]
        token = process.stdout.readline().split("access_token='")[1].split("'")[0]
        client = sdk.InstagramClient(token, base_url=url)
        assert client.auth.me().username == "fake_business"
        client.close()
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def test_the_demo_runs(capsys: pytest.CaptureFixture[str]) -> None:
    from instagram_graph_api_sdk._demo import run

    assert run() == 0
    out = capsys.readouterr().out
    for line in (
        "refused (Meta requires tokens to be 24 hours old)",
        "is_authentication_error(error) is True",
        "30 media over 3 pages",
        "published as media",
        "signature valid",
        "refused with HTTP 403",
        "token bytes in it: False",
        "23 refreshed, 1 need re-login",
        "refreshed before the call",
    ):
        assert line in out
    # It says where its code is, tells the two user IDs apart, and shows the clock moving.
    from pathlib import Path

    from instagram_graph_api_sdk._demo import EXAMPLE

    assert f"The code of these steps, to read and copy: {EXAMPLE}" in out
    assert (Path(__file__).resolve().parents[2] / EXAMPLE).is_file()
    assert "me.id 7219012345678901 is the app-scoped user ID" in out
    assert "me.user_id 17841400000000001 is the professional account ID" in out
    assert "the fake's clock moves 25 hours: 2026-03-02 08:00 -> 2026-03-03 09:00 UTC" in out


pytest_plugins = ["pytester"]


def test_the_pytest_plugin_provides_the_fixture(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_app(fake_instagram):
            client = fake_instagram.client()
            assert client.users.get_profile().username == "fake_business"
            assert len(fake_instagram.media_ids()) == 30
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-W", "ignore::DeprecationWarning")
    result.assert_outcomes(passed=1)


def test_the_app_limit_throttles_like_meta_until_the_hour_moves_on() -> None:
    fake = FakeInstagram(calls_per_hour=5)
    client = fake.client(retry=sdk.RetryConfig(max_retries=0, slowdown_threshold=None))
    for _ in range(5):
        client.users.get_profile()
    assert client.usage is not None
    assert client.usage.max_percent == 100
    with pytest.raises(sdk.RateLimitError) as limited:
        client.users.get_profile()
    assert limited.value.code == 4
    assert "Application request limit reached" in str(limited.value)
    fake.clock.advance(minutes=61)
    assert client.users.get_profile().username
    unlimited = FakeInstagram(calls_per_hour=None).client()
    for _ in range(250):
        unlimited.auth.me("id")


def test_an_open_insights_walk_ends_at_the_fakes_clock(fake: FakeInstagram) -> None:
    client = fake.client()
    start = int(fake.clock.now().timestamp()) - 10 * 86400
    windows = list(client.paginate(client.insights.get_account_insights, metric="reach", period="day", since=start))
    requests = [e for e in fake.exchanges if e.operation_id == "get_account_insights"]
    assert 1 <= len(requests) <= 6  # 2-day windows from 10 days ago up to the fake's "now"
    assert windows


def test_the_client_shortcuts_are_typed_with_the_client_classes() -> None:
    from instagram_graph_api_sdk.testing import fake as module

    names = {**vars(sdk), **vars(module)}  # the classes are imported for type checking only
    assert get_type_hints(FakeInstagram.client, names)["return"] is sdk.InstagramClient
    assert get_type_hints(FakeInstagram.async_client, names)["return"] is sdk.AsyncInstagramClient
    assert isinstance(FakeInstagram().client(), sdk.InstagramClient)
