"""A slow first media_publish (FakeInstagram's slow_publish fault): publish() never posts twice,
and never calls a container that may be publishing failed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest

import instagram_graph_api_sdk as sdk
from instagram_graph_api_sdk.testing import FakeInstagram


@pytest.fixture
def fake() -> Iterator[FakeInstagram]:
    fake = FakeInstagram(real_time=False)
    yield fake
    fake.close()


def posts(fake: FakeInstagram, caption: str) -> list[str]:
    return [m["id"] for m in fake.state.media.values() if m.get("caption") == caption]


def advance(fake: FakeInstagram) -> Callable[[float], None]:
    """A `sleep=` for publish() that moves the fake's clock instead of waiting."""

    def sleep(seconds: float) -> None:
        fake.clock.advance(timedelta(seconds=seconds))

    return sleep


def test_the_fault_reproduces_what_a_blind_retry_does(fake: FakeInstagram) -> None:
    client = fake.client()
    container = client.publishing.create_image_container("https://x/a.jpg", caption="blind")
    fake.faults.slow_publish(seconds=60)
    with pytest.raises(sdk.APITimeoutError):
        client.publishing.publish_container(container.id)
    assert client.publishing.get_container_status(container.id).status_code == "FINISHED"  # as Meta shows it
    client.publishing.publish_container(container.id)  # the blind retry
    fake.clock.advance(timedelta(seconds=61))
    client.users.get_profile()
    assert len(posts(fake, "blind")) == 2  # the double post


def test_a_slow_first_publish_is_never_published_twice(fake: FakeInstagram) -> None:
    client = fake.client(retry=sdk.RetryConfig(max_retries=2))
    container = client.publishing.create_image_container("https://x/a.jpg", caption="once")
    fake.faults.slow_publish(seconds=60)
    with pytest.raises(sdk.PublishUncertainError, match="may have been published") as caught:
        client.publishing.publish(container.id, sleep=advance(fake))  # 3 checks, 5 s apart: 15 s < 60 s
    assert caught.value.container_id == container.id
    fake.clock.advance(timedelta(seconds=60))
    client.users.get_profile()
    assert len(posts(fake, "once")) == 1
    assert client.publishing.get_container_status(container.id).status_code == "PUBLISHED"


def test_a_slow_publish_that_lands_during_reconciliation_is_reported_with_its_media_id(fake: FakeInstagram) -> None:
    client = fake.client(retry=sdk.RetryConfig(max_retries=2))
    container = client.publishing.create_image_container("https://x/a.jpg", caption="late")
    fake.faults.slow_publish(seconds=8)
    result = client.publishing.publish(container.id, sleep=advance(fake))
    assert result.reconciled
    assert posts(fake, "late") == [result.media_id]


def test_in_progress_during_a_slow_publish_is_not_a_failed_container(fake: FakeInstagram) -> None:
    client = fake.client(retry=sdk.RetryConfig(max_retries=2))
    container = client.publishing.create_image_container("https://x/a.jpg", caption="progress")
    fake.faults.slow_publish(seconds=60, status="IN_PROGRESS")
    with pytest.raises(sdk.PublishUncertainError) as caught:
        client.publishing.publish(container.id, sleep=advance(fake))
    assert sdk.ContainerFailedError not in type(caught.value).__mro__
    assert "create a new container" not in str(caught.value).replace("do not create a new container", "")
    fake.clock.advance(timedelta(seconds=60))
    client.users.get_profile()
    assert len(posts(fake, "progress")) == 1


def test_a_slow_publish_over_a_loopback_server(fake: FakeInstagram) -> None:
    server = fake.serve()
    client = sdk.InstagramClient(fake.access_token, base_url=server.url, retry=sdk.RetryConfig(max_retries=2))
    try:
        container = client.publishing.create_image_container("https://x/a.jpg", caption="loopback")
        fake.faults.slow_publish(seconds=60)
        with pytest.raises(sdk.PublishUncertainError):
            client.publishing.publish(container.id, settle=0.01, sleep=advance(fake))
        fake.clock.advance(timedelta(seconds=61))
        client.users.get_profile()
        assert len(posts(fake, "loopback")) == 1
    finally:
        client.close()


async def test_async_slow_publish_is_never_published_twice(fake: FakeInstagram) -> None:
    async def sleep(seconds: float) -> None:
        fake.clock.advance(timedelta(seconds=seconds))

    async with fake.async_client(retry=sdk.RetryConfig(max_retries=2)) as client:
        container = await client.publishing.create_image_container("https://x/a.jpg", caption="async")
        fake.faults.slow_publish(seconds=60)
        with pytest.raises(sdk.PublishUncertainError):
            await client.publishing.publish(container.id, sleep=sleep)
        fake.clock.advance(timedelta(seconds=60))
        await client.users.get_profile()
    assert len(posts(fake, "async")) == 1


def test_slow_publish_refuses_an_unknown_status(fake: FakeInstagram) -> None:
    with pytest.raises(sdk.ConfigurationError):
        fake.faults.slow_publish(status="PUBLISHED")
