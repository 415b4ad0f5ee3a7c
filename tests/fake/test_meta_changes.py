"""The client and FakeInstagram follow the Meta changes in spec/META-CHANGES.md: oEmbed without a
token, the insights metrics and periods, the documented usage keys, persistent-menu results."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from helpers import present

import instagram_graph_api_sdk as sdk
from instagram_graph_api_sdk.testing import FakeInstagram

POST = "https://www.instagram.com/p/FAKE0000001/"


@pytest.fixture
def fake() -> FakeInstagram:
    return FakeInstagram(video_processing=0.0)


def test_oembed_needs_no_token_from_a_tokenless_client(fake: FakeInstagram) -> None:
    # Meta, 2026-05-15: "You can now call Instagram oEmbed API without an access token".
    client = sdk.InstagramClient(None, transport=fake.transport())
    embed = client.oembed.get(url=POST, omitscript=True)
    assert embed.provider_name == "Instagram"
    html = present(embed.html)
    assert POST in html
    assert "embed.js" not in html  # omitscript reached the fake
    exchange = fake.exchanges[-1]
    assert (exchange.operation_id, exchange.status) == ("get_oembed", 200)


def test_oembed_from_an_instagram_login_client_sends_no_token() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"version": "1.0", "html": "<blockquote></blockquote>"})

    canary = "c4n4ry|tok/en+x=y"
    client = sdk.InstagramClient(canary, transport=httpx.MockTransport(handler))
    client.oembed.get(url=POST)
    request = seen[0]
    assert str(request.url).startswith("https://graph.facebook.com/v25.0/instagram_oembed?")
    assert "authorization" not in request.headers
    assert "access_token" not in request.url.params
    assert "c4n4ry" not in str(request.url)
    # A Facebook Login client still sends its (app or client) token.
    facebook = sdk.InstagramClient(canary, transport=httpx.MockTransport(handler), login="facebook", ig_user_id="1")
    facebook.oembed.get(url=POST)
    assert seen[1].headers["authorization"] == "Bearer " + canary


def test_async_oembed_without_a_token(fake: FakeInstagram) -> None:
    async def run() -> str:
        async with sdk.AsyncInstagramClient(None, transport=fake.transport()) as client:
            return str((await client.oembed.get(url=POST)).html)

    assert POST in asyncio.run(run())


def test_a_tokenless_client_refuses_calls_that_need_a_token_before_sending(fake: FakeInstagram) -> None:
    client = sdk.InstagramClient(None, transport=fake.transport())
    before = len(fake.exchanges)
    with pytest.raises(sdk.ConfigurationError, match="access_token=None"):
        client.users.get_profile()
    assert len(fake.exchanges) == before
    client.set_access_token(fake.access_token)  # and it can be given one later
    assert client.users.get_profile().username == "fake_business"


def test_a_token_on_graph_facebook_com_is_still_refused_by_the_fake(fake: FakeInstagram) -> None:
    facebook = fake.client(login="facebook", ig_user_id=fake.user_id)
    with pytest.raises(sdk.AuthenticationError):
        facebook.oembed.get(url=POST)  # an Instagram token there: 190, as Meta answers


def test_media_insights_accept_every_period_and_report_lifetime(fake: FakeInstagram) -> None:
    client = fake.client()
    media = fake.media_ids()[0]
    for period in ("day", "week", "days_28", "month", "lifetime", "total_over_range"):
        result = client.insights.get_media_insights(media, metric=["reach", "reposts"], period=period)
        assert [m.period for m in result.data] == ["lifetime", "lifetime"]
    new = client.insights.get_media_insights(media, metric="reels_skip_rate,crossposted_views,facebook_views")
    assert [m.name for m in new.data] == ["reels_skip_rate", "crossposted_views", "facebook_views"]
    with pytest.raises(sdk.ValidationError, match="no longer supported"):
        client.insights.get_media_insights(media, metric="video_views")


def test_account_insights_say_saves_and_reposts_and_need_a_period(fake: FakeInstagram) -> None:
    client = fake.client()
    result = client.insights.get_account_insights(metric=["saves", "reposts"], metric_type="total_value")
    assert [m.name for m in result.data] == ["saves", "reposts"]
    with pytest.raises(sdk.ValidationError, match="must be one of"):
        client.insights.get_account_insights(metric="saved")  # media insights' name, not the account's
    with pytest.raises(sdk.ValidationError, match="day, lifetime"):
        client.insights.get_account_insights(metric="reach", period="week")  # type: ignore[arg-type]
    raw = httpx.Client(transport=fake.transport()).get(
        "https://graph.instagram.com/v25.0/me/insights?metric=reach",
        headers={"authorization": "Bearer " + fake.access_token},
    )
    assert raw.status_code == 400
    assert "period" in raw.json()["error"]["message"]


def test_the_fake_can_send_the_documented_usage_keys() -> None:
    fake = FakeInstagram(usage_keys="documented", calls_per_hour=10)
    client = fake.client()
    client.users.get_profile()
    client.users.get_profile()
    usage = client.usage
    assert usage is not None
    assert usage.app is not None
    assert usage.app.call_count == 20  # two calls out of 10 per hour
    assert usage.app.total_time == 10
    assert usage.app.total_cputime == 10
    instagram = FakeInstagram(calls_per_hour=10)
    other = instagram.client()
    other.users.get_profile()
    other.users.get_profile()
    assert other.usage is not None
    assert other.usage.app is not None
    assert (other.usage.app.call_count, other.usage.app.total_time) == (20, None)  # call_volume/cpu_time only


def test_thread_control_and_message_replies_reach_the_send_api(fake: FakeInstagram) -> None:
    client = fake.client()
    customer = "819898670256713"
    sent = client.messaging.pass_thread_control(customer, "Let me transfer you", app_id="1217981644879628")
    assert sent.recipient_id == customer
    assert fake.state.sent[-1]["thread_control"] == {"control_type": "pass", "app_id": "1217981644879628"}
    assert fake.state.sent[-1]["messaging_type"] == "RESPONSE"
    assert fake.state.thread_owners[customer] == "1217981644879628"
    client.messaging.take_thread_control(customer, "I am back", metadata="escalation done")
    assert fake.state.thread_owners[customer] == fake.client_id
    assert fake.state.sent[-1]["thread_control"] == {"control_type": "take", "metadata": "escalation done"}
    incoming = fake.message_event("Which size?", igsid=customer)["entry"][0]["messaging"][0]["message"]["mid"]
    reply = client.messaging.reply_to_message(customer, incoming, "Medium")
    assert reply.message_id
    assert fake.state.sent[-1]["reply_to"] == {"mid": incoming}
    with pytest.raises(sdk.ValidationError, match=r"reply_to\.mid"):
        client.messaging.reply_to_message(customer, "no-such-mid", "Medium")


def test_async_thread_control(fake: FakeInstagram) -> None:
    async def run() -> None:
        async with sdk.AsyncInstagramClient(fake.access_token, transport=fake.transport()) as client:
            await client.messaging.pass_thread_control("819898670256713", "Handing over")
            await client.messaging.take_thread_control("819898670256713", "Back")

    asyncio.run(run())
    assert [s["thread_control"]["control_type"] for s in fake.state.sent[-2:]] == ["pass", "take"]
    assert fake.state.thread_owners["819898670256713"] == fake.client_id
