"""Every response FakeInstagram sends validates against the spec (over a full scripted run)."""

from __future__ import annotations

import contextlib
from typing import Any

import check_spec
import httpx
import pytest
from helpers import present
from jsonschema import ValidationError as SchemaError

import instagram_graph_api_sdk as sdk
from instagram_graph_api_client._operations import OPERATIONS
from instagram_graph_api_sdk.testing import FakeInstagram

SPEC = check_spec.load()
BY_ID = {op["operationId"]: op for _, _, op in check_spec.operations(SPEC)}


def response_schema(operation_id: str, status: int) -> dict[str, Any] | None:
    responses = BY_ID[operation_id]["responses"]
    response = responses.get(str(status)) or (None if 200 <= status < 400 else responses.get("default"))
    response = check_spec.resolve(SPEC, response or {})
    media = response.get("content", {}).get("application/json") or response.get("content", {}).get("text/html")
    return media.get("schema") if media else None


def tolerate(call: Any) -> None:
    with contextlib.suppress(sdk.InstagramError):
        call()


def scripted_run(fake: FakeInstagram) -> None:
    """Touch every Instagram Login operation, successes and errors alike."""
    base = "https://www.instagram.com"
    auth = sdk.InstagramOAuth.build_authorization_url(
        client_id=fake.client_id, redirect_uri=fake.redirect_uri, scopes=sdk.InstagramOAuth.get_all_scopes()
    )
    transport = fake.transport()
    with httpx.Client(transport=transport) as browser:
        location = browser.get(auth.url).headers["location"]
        browser.get(
            f"{base}/oauth/authorize?client_id=wrong&redirect_uri=x&response_type=code&scope=instagram_business_basic"
        )
    code = sdk.InstagramOAuth.parse_callback(location, expected_state=auth.state).code
    token = sdk.InstagramOAuth.exchange_code_for_token(
        client_id=fake.client_id,
        client_secret=fake.client_secret,
        redirect_uri=fake.redirect_uri,
        code=code,
        transport=transport,
    )
    tolerate(
        lambda: sdk.InstagramOAuth.get_short_lived_token(
            client_id=fake.client_id,
            client_secret=fake.client_secret,
            code=code,
            redirect_uri=fake.redirect_uri,
            transport=transport,
        )
    )
    tolerate(
        lambda: sdk.InstagramOAuth.get_long_lived_token(client_secret="wrong", access_token="x", transport=transport)
    )
    ig = fake.client(access_token=token.access_token, retry=sdk.RetryConfig(max_retries=0))
    tolerate(ig.auth.refresh_token)  # too young
    fake.clock.advance(hours=25)
    ig.auth.refresh_token()
    ig.auth.exchange_token(fake.issue_token(long_lived=False), fake.client_secret)
    ig.auth.me()
    ig.users.get_profile(
        fields="id,username,user_id,account_type,followers_count,follows_count,media_count,biography,website"
    )
    media = fake.media_ids()
    carousel = next(m for m in media if fake.state.media[m]["media_type"] == "CAROUSEL_ALBUM")
    list(
        ig.paginate(
            ig.users.get_media, fields="id,caption,media_type,media_product_type,timestamp,permalink,like_count"
        )
    )
    ig.users.get_stories()
    ig.users.get_live_media()
    ig.users.get_tags()
    ig.users.get_content_publishing_limit()
    ig.users.get_mentioned_media(media[1])
    tolerate(lambda: ig.users.get_mentioned_media("404"))
    ig.media.get(carousel, fields="id,caption,children{media_url,media_type},comments.limit(3){text,timestamp}")
    ig.media.get_children(carousel)
    comments = list(
        ig.paginate(ig.media.get_comments, media[0], fields="id,text,timestamp,username,like_count,hidden,from,media")
    )
    ig.media.create_comment(media[0], "Thanks!")
    ig.media.update(media[0], comment_enabled=False)
    ig.media.get_insights(media[0], ["reach", "shares"])
    tolerate(lambda: ig.media.get_insights(media[0], ["impressions"]))
    ig.comments.get(present(comments[0].id))
    ig.comments.get_replies(present(comments[-1].id))
    ig.comments.reply(present(comments[0].id), "A reply")
    ig.comments.hide(present(comments[1].id))
    ig.comments.unhide(present(comments[1].id))
    ig.comments.delete(present(comments[2].id))
    ig.comments.reply_to_mention(media_id=media[1], message="Thanks for the mention")
    list(ig.paginate(ig.insights.get_account_insights, metric=["reach", "views"], max_pages=2))
    ig.insights.get_account_insights(metric="reach", metric_type="total_value", breakdown="follow_type")
    customer = "819898670256713"
    for send in (
        lambda m: m.send_text(customer, "hi"),
        lambda m: m.mark_seen(customer),
        lambda m: m.send_private_reply(present(comments[3].id), "psst"),
        lambda m: m.send_text("404", "nobody"),
    ):
        tolerate(lambda send=send: send(ig.messaging))
    ig.messaging.upload_attachment(message={"attachment": {"type": "image", "payload": {"url": "https://x/i.jpg"}}})
    ig.messaging.get_user_profile(customer)
    conversation = present(ig.conversations.find_by_user(customer).data[0].id)
    messages = ig.conversations.get_messages(conversation)
    ig.conversations.get_message(present(present(messages.messages).data[0].id))
    created = ig.welcome_flows.create(
        name="Intake", welcome_message_flow=[{"message": {"text": "Hi"}}], eligible_platforms=["instagram"]
    )
    ig.welcome_flows.list()
    flow = present(created.flow_id)
    ig.welcome_flows.update(flow, name="Intake 2", welcome_message_flow=[{"message": {"text": "Hello"}}])
    ig.welcome_flows.delete(flow)
    ig.messenger_profile.set_ice_breakers(
        [{"call_to_actions": [{"question": "Q?", "payload": "P"}], "locale": "default"}]
    )
    ig.messenger_profile.get_ice_breakers()
    ig.messenger_profile.set_persistent_menu(
        [{"locale": "default", "call_to_actions": [{"type": "postback", "title": "A", "payload": "P"}]}]
    )
    ig.messenger_profile.get_persistent_menu()
    ig.messenger_profile.delete_ice_breakers()
    ig.webhooks.subscribe(["comments", "messages"])
    ig.webhooks.get_subscribed_fields()
    ig.webhooks.unsubscribe()
    ig.oembed.get(url="https://www.instagram.com/p/FAKE0000001/")  # no token sent (Meta: 2026-05-15)
    tolerate(lambda: ig.oembed.get(url="https://example.com/not-instagram"))
    image = ig.publishing.create_image_container("https://x/a.jpg", caption="hi")
    ig.publishing.wait_and_publish(image.id, interval=0.01)
    reel = ig.publishing.create_video_container("https://x/v.mp4")
    tolerate(lambda: ig.publishing.publish_container(reel.id))  # 9007/2207027
    failed = ig.publishing.create_video_container("https://x/fail.mp4")
    ig.publishing.get_container_status(failed.id)
    tolerate(lambda: ig.publishing.create_resumable_upload(caption="big"))  # code 100, as Meta answers
    fake.state.resumable_uploads = True  # then the session flow Meta documents for Facebook Login
    upload = ig.publishing.create_resumable_upload(caption="big")
    ig.publishing.upload_video_file(upload.id, b"\x00" * 2048)
    ig.publishing.get_container_status(upload.id, fields="id,status_code,status,video_status")
    fake.clock.advance(days=1, seconds=1)
    tolerate(lambda: ig.publishing.publish_container(reel.id))  # expired
    # Faults and limits answer with the same envelopes and headers Meta uses.
    once = fake.client(retry=sdk.RetryConfig(max_retries=0, slowdown_threshold=None, fail_fast_when_blocked=False))
    for error_code in (4, 17, 613, 80002):
        fake.faults.throttle(times=1, code=error_code, regain_minutes=1 if error_code == 80002 else None)
        tolerate(once.users.get_profile)
    fake.faults.transient(times=1)
    tolerate(lambda: once.users.get_media(limit=2))
    fake.faults.html_error(times=1)
    tolerate(once.users.get_profile)
    fake.faults.clear()
    fake.calls_per_hour = 1  # the app limit (code 4, x-app-usage at 100 %)
    tolerate(once.users.get_profile)
    fake.calls_per_hour = None
    fake.clock.advance(days=61)
    tolerate(ig.users.get_profile)  # expired token
    ig.close()


def test_every_response_of_a_full_run_validates_against_the_spec() -> None:
    fake = FakeInstagram(video_processing=0.0)
    scripted_run(fake)
    seen: set[str] = set()
    problems = []
    for exchange in fake.exchanges:
        operation_id = exchange.operation_id
        assert operation_id is not None, exchange
        assert operation_id in BY_ID, exchange
        seen.add(operation_id)
        schema = response_schema(operation_id, exchange.status)
        if schema is None or isinstance(exchange.body, str):  # a 302, or the HTML page of a failing proxy
            continue
        try:
            check_spec.schema_validator(SPEC, schema).validate(exchange.body)
        except SchemaError as error:
            problems.append(f"{exchange.operation_id} {exchange.status}: {error.message}")
    assert problems == []
    instagram_login = {op.operation_id for op in OPERATIONS.values() if op.login != "facebook"}
    assert instagram_login - seen == set()
    assert {e.status for e in fake.exchanges} >= {200, 302, 400, 500, 502}
    codes = {e.body["error"]["code"] for e in fake.exchanges if isinstance(e.body, dict) and "error" in e.body}
    assert codes >= {2, 4, 17, 100, 190, 613, 80002}


def test_the_check_catches_a_fake_that_drifts() -> None:
    schema = response_schema("get_profile", 200)
    assert schema is not None
    with pytest.raises(SchemaError):
        check_spec.schema_validator(SPEC, schema).validate({"id": 17841400000000001})  # IDs are strings
    error_schema = response_schema("get_profile", 400)
    assert error_schema is not None
    with pytest.raises(SchemaError):
        check_spec.schema_validator(SPEC, error_schema).validate({"error": "flat string"})
