"""The publishing workflow: containers, waiting, quota, reconciled publishing, resumable upload."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from helpers import FakeTime, Recorder, graph_error, json_response

import instagram_graph_api_sdk as sdk
from instagram_graph_api_client.models.container import Container
from instagram_graph_api_sdk import _publish_decisions as flow


def form(request: httpx.Request) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(request.content.decode()).items()}


def status(code: str, text: str = "") -> httpx.Response:
    return json_response({"id": "C1", "status_code": code, "status": text})


QUOTA_OK = json_response({"data": [{"quota_usage": 3, "config": {"quota_total": 50, "quota_duration": 86400}}]})
QUOTA_FULL = json_response({"data": [{"quota_usage": 50, "config": {"quota_total": 50, "quota_duration": 86400}}]})


def test_container_helpers_send_form_fields(make_client: Any) -> None:
    handler = Recorder(json_response({"id": "C1"}))
    publishing = make_client(handler).publishing
    publishing.create_image_container(
        "https://x/a.jpg",
        caption="#hi",
        alt_text="alt",
        user_tags=[{"username": "u", "x": 0.5, "y": 0.5}],
        collaborators=["a", "b"],
    )
    assert handler.last.url.path == "/v25.0/me/media"
    assert form(handler.last) == {
        "image_url": "https://x/a.jpg",
        "caption": "#hi",
        "alt_text": "alt",
        "user_tags": '[{"username":"u","x":0.5,"y":0.5}]',
        "collaborators": "a,b",
    }
    publishing.create_video_container("https://x/v.mp4", caption="reel", share_to_feed=True, thumb_offset=1000)
    assert form(handler.last) == {
        "video_url": "https://x/v.mp4",
        "media_type": "REELS",
        "caption": "reel",
        "share_to_feed": "true",
        "thumb_offset": "1000",
    }
    publishing.create_carousel_container(["c1", "c2"], caption="set")
    assert form(handler.last) == {"media_type": "CAROUSEL", "children": "c1,c2", "caption": "set"}
    publishing.create_resumable_upload(media_type="REELS", caption="big")
    assert form(handler.last) == {"media_type": "REELS", "caption": "big", "upload_type": "resumable"}
    with pytest.raises(sdk.InvalidArgumentError, match="2 to 10"):
        publishing.create_carousel_container(["only-one"])


@pytest.mark.parametrize(
    ("code", "text", "outcome"),
    [
        ("FINISHED", "Finished: ready", "ready"),
        ("PUBLISHED", "", "published"),
        ("IN_PROGRESS", "", "pending"),
        ("EXPIRED", "", "expired"),
        ("ERROR", "Error: Media download has failed. (2207052)", "failed"),
        ("", "Error: Media download has failed", "failed"),  # empty status_code with an error status
        ("SOMETHING_NEW", "", "pending"),
    ],
)
def test_container_outcomes(code: str, text: str, outcome: str) -> None:
    assert flow.container_outcome(Container.from_dict({"status_code": code, "status": text})) == outcome


def test_wait_for_container_polls_at_meta_cadence(make_client: Any) -> None:
    clock = FakeTime()
    handler = Recorder(status("IN_PROGRESS"), status("IN_PROGRESS"), status("FINISHED", "Finished"))
    container = make_client(handler).publishing.wait_for_container("C1", sleep=clock.sleep, clock=clock)
    assert container.status_code == "FINISHED"
    assert clock.sleeps == [60.0, 60.0]
    assert handler.last.url.params["fields"] == "id,status_code,status"


def test_wait_for_container_reports_the_reason(make_client: Any) -> None:
    clock = FakeTime()
    handler = Recorder(
        status("ERROR", "Error: Media download has failed. The media URI doesn't meet our requirements. (2207052)")
    )
    with pytest.raises(sdk.ContainerFailedError, match="2207052") as caught:
        make_client(handler).publishing.wait_for_container("C1", sleep=clock.sleep, clock=clock)
    assert caught.value.subcode == 2207052
    assert caught.value.container_id == "C1"
    with pytest.raises(sdk.ContainerExpiredError):
        make_client(Recorder(status("EXPIRED"))).publishing.wait_for_container("C1", sleep=clock.sleep, clock=clock)


def test_wait_for_container_gives_up_after_the_timeout(make_client: Any) -> None:
    clock = FakeTime()
    handler = Recorder(status("IN_PROGRESS"))
    with pytest.raises(sdk.ContainerNotReadyError, match="after 300 s"):
        make_client(handler).publishing.wait_for_container("C1", sleep=clock.sleep, clock=clock)
    assert len(handler.requests) == 6
    assert clock.now == 300


def test_wait_and_publish_checks_quota_then_publishes(make_client: Any) -> None:
    clock = FakeTime()
    handler = Recorder(status("IN_PROGRESS"), status("FINISHED"), QUOTA_OK, json_response({"id": "MEDIA1"}))
    result = make_client(handler).publishing.wait_and_publish("C1", interval=5, sleep=clock.sleep, clock=clock)
    assert result == flow.PublishResult("C1", "MEDIA1")
    assert result.id == "MEDIA1"
    assert handler.requests[2].url.path == "/v25.0/me/content_publishing_limit"
    assert form(handler.last) == {"creation_id": "C1"}
    assert handler.last.url.path == "/v25.0/me/media_publish"


def test_an_exhausted_quota_stops_before_publishing(make_client: Any) -> None:
    clock = FakeTime()
    handler = Recorder(status("FINISHED"), QUOTA_FULL, json_response({"id": "MEDIA1"}))
    with pytest.raises(sdk.PublishingLimitError, match="50 of 50"):
        make_client(handler).publishing.wait_and_publish("C1", sleep=clock.sleep, clock=clock)
    assert all(r.url.path != "/v25.0/me/media_publish" for r in handler.requests)


class Meta:
    """A MockTransport handler by path: scripted answers for media_publish, the container and
    the account's recent media (the last answer of each list repeats)."""

    def __init__(self, publishes: list[Any], statuses: list[Any], feeds: list[list[str]] | None = None) -> None:
        self.publishes, self.statuses = publishes, statuses
        self.feeds = feeds if feeds is not None else [[]]
        self.requests: list[str] = []

    @staticmethod
    def _next(items: list[Any]) -> Any:
        return items.pop(0) if len(items) > 1 else items[0]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/v25.0")
        self.requests.append(f"{request.method} {path}")
        if path == "/me/media_publish":
            item = self._next(self.publishes)
        elif path == "/me/media":
            item = json_response({"data": [{"id": i} for i in self._next(self.feeds)]})
        else:
            item = self._next(self.statuses)
        if isinstance(item, Exception):
            raise item
        return httpx.Response(item.status_code, headers=item.headers, content=item.content)

    @property
    def publish_count(self) -> int:
        return self.requests.count("POST /me/media_publish")


def test_publish_reconciles_when_the_request_may_have_landed(make_client: Any) -> None:
    # media_publish succeeded server-side but the answer was lost: the container says PUBLISHED.
    meta = Meta([httpx.ReadTimeout("lost")], [status("PUBLISHED")], [["M0"]])
    waits: list[float] = []
    result = make_client(meta, retry=sdk.RetryConfig(max_retries=2)).publishing.publish("C1", sleep=waits.append)
    assert result == flow.PublishResult("C1", None, reconciled=True)
    assert meta.requests == ["POST /me/media_publish", "GET /me/media", "GET /C1", "GET /me/media"]
    assert waits == [5.0]  # the status is read only after a publish in flight had time to land


def test_a_publish_still_running_at_meta_is_not_sent_again(make_client: Any) -> None:
    # The first media_publish timed out and is still running at Meta: the container keeps
    # reading FINISHED. Publishing again would post twice; the SDK says it may have been published.
    meta = Meta([httpx.ReadTimeout("slow"), json_response({"id": "MEDIA2"})], [status("FINISHED")], [["M0"]])
    ig = make_client(meta, retry=sdk.RetryConfig(max_retries=2))
    with pytest.raises(sdk.PublishUncertainError, match="may have been published") as caught:
        ig.publishing.publish("C1", settle=0.5, sleep=lambda _: None)
    assert meta.publish_count == 1
    assert caught.value.container_id == "C1"
    assert caught.value.status_code == "FINISHED"
    assert "new container" not in str(caught.value).replace("not create a new container", "")
    assert meta.requests.count("GET /C1") == flow.RECONCILE_CHECKS


def test_in_progress_while_publishing_is_never_reported_as_failed(make_client: Any) -> None:
    meta = Meta([httpx.ReadTimeout("slow")], [status("IN_PROGRESS", "In Progress")], [["M0"]])
    with pytest.raises(sdk.PublishUncertainError) as caught:
        make_client(meta).publishing.publish("C1", settle=0, checks=2)
    assert sdk.PublishingError not in type(caught.value).__mro__  # whose advice is "create a new container"
    assert meta.publish_count == 1


def test_a_publish_that_lands_later_is_found_in_recent_media(make_client: Any) -> None:
    meta = Meta(
        [httpx.RemoteProtocolError("dropped")],
        [status("FINISHED"), status("PUBLISHED")],
        [["M0", "M-1"], ["M0", "M-1"], ["MEDIA1", "M0"]],
    )
    result = make_client(meta).publishing.publish("C1", settle=0)
    assert result == flow.PublishResult("C1", "MEDIA1", reconciled=True)
    assert meta.publish_count == 1


def test_one_new_post_is_the_publish_even_before_the_status_catches_up(make_client: Any) -> None:
    meta = Meta([httpx.ReadTimeout("slow")], [status("FINISHED")], [["M0"], ["MEDIA1", "M0"]])
    result = make_client(meta).publishing.publish("C1", settle=0)
    assert result == flow.PublishResult("C1", "MEDIA1", reconciled=True)
    assert meta.publish_count == 1


def test_publish_retries_only_when_meta_answered_and_the_container_is_still_finished(make_client: Any) -> None:
    meta = Meta([graph_error(1, status=500), json_response({"id": "MEDIA1"})], [status("FINISHED")], [["M0"]])
    waits: list[float] = []
    ig = make_client(meta, retry=sdk.RetryConfig(max_retries=2))
    result = ig.publishing.publish("C1", settle=0.5, sleep=waits.append)
    assert waits == [0.5]
    assert result.media_id == "MEDIA1"
    assert not result.reconciled
    assert meta.publish_count == 2


def test_an_unreadable_status_is_uncertain_not_a_retry(make_client: Any) -> None:
    meta = Meta([httpx.ReadTimeout("slow"), json_response({"id": "MEDIA2"})], [httpx.ConnectError("down")])
    with pytest.raises(sdk.PublishUncertainError, match="could not be read"):
        make_client(meta, retry=sdk.RetryConfig(max_retries=2)).publishing.publish("C1", settle=0)
    assert meta.publish_count == 1


@pytest.mark.parametrize(
    ("code", "new", "in_flight", "decision"),
    [
        ("PUBLISHED", [], True, "done"),
        ("FINISHED", ["M1"], True, "done"),
        ("FINISHED", [], True, "wait"),
        ("FINISHED", [], False, "retry"),
        ("FINISHED", ["M1", "M2"], False, "wait"),
        ("IN_PROGRESS", [], True, "wait"),
        ("IN_PROGRESS", [], False, "wait"),
        ("", [], True, "wait"),
        ("ERROR", [], True, "fail"),
        ("EXPIRED", [], False, "fail"),
    ],
)
def test_reconcile_table(code: str, new: list[str], in_flight: bool, decision: str) -> None:
    container = Container.from_dict({"id": "C1", "status_code": code, "status": ""})
    assert flow.reconcile(container, new=new, in_flight=in_flight) == decision


def test_which_failures_may_still_be_running() -> None:
    assert flow.may_be_in_flight(sdk.APITimeoutError("t"))
    assert flow.may_be_in_flight(sdk.APIConnectionError("reset"))
    assert flow.may_be_in_flight(sdk.NonJSONResponseError("502", status_code=502))
    assert not flow.may_be_in_flight(sdk.TransientError("code 2", status_code=500))
    assert flow.new_media(["a", "b"], ["c", "a", "b"]) == ["c"]
    assert flow.new_media(None, ["c"]) == []


def test_publish_never_guesses(make_client: Any) -> None:
    meta = Meta([httpx.ReadTimeout("lost")], [status("ERROR", "Error (2207032)")])
    with pytest.raises(sdk.ContainerFailedError):
        make_client(meta, retry=sdk.RetryConfig(max_retries=2)).publishing.publish("C1", settle=0)
    not_ready = Recorder(graph_error(9007, 2207027))
    with pytest.raises(sdk.ContainerNotReadyError):
        make_client(not_ready).publishing.publish("C1")
    assert len(not_ready.requests) == 1


def test_resumable_upload_resumes_from_the_reported_offset(make_client: Any) -> None:
    video = bytes(range(256)) * 40  # 10,240 bytes
    handler = Recorder(
        httpx.RemoteProtocolError("connection reset mid-upload"),
        json_response(
            {
                "id": "C1",
                "status_code": "IN_PROGRESS",
                "video_status": {"uploading_phase": {"status": "in_progress", "bytes_transferred": 4096}},
            }
        ),
        json_response({"success": True, "message": "Upload successful."}),
    )
    ig = make_client(handler, upload_host="https://rupload.instagram.com")
    result = ig.publishing.upload_video_file("C1", video)
    assert result.success is True
    first, status_check, second = handler.requests
    assert str(first.url) == "https://rupload.instagram.com/ig-api-upload/v25.0/C1"
    assert first.headers["authorization"] == "OAuth test-access-token-0001"
    assert (first.headers["offset"], first.headers["file_size"], len(first.content)) == ("0", "10240", 10240)
    assert status_check.url.params["fields"] == "id,status_code,status,video_status"
    assert (second.headers["offset"], second.headers["file_size"]) == ("4096", "10240")
    assert second.content == video[4096:]


def test_upload_failures_that_cannot_resume_are_raised(make_client: Any) -> None:
    failure = httpx.Response(
        400,
        json={
            "debug_info": {"retriable": False, "type": "ProcessingFailedError", "message": "unauthorized user request"}
        },
    )
    handler = Recorder(failure)
    with pytest.raises(sdk.InstagramAPIError, match="unauthorized user request"):
        make_client(handler).publishing.upload_video_file("C1", b"video-bytes")
    assert len(handler.requests) == 1


def test_create_carousel_waits_for_every_child(make_client: Any) -> None:
    clock = FakeTime()
    handler = Recorder(
        json_response({"id": "K1"}),
        json_response({"id": "K2"}),
        status("FINISHED"),
        status("IN_PROGRESS"),
        status("FINISHED"),
        json_response({"id": "CAROUSEL"}),
    )
    created = make_client(handler).publishing.create_carousel(
        [{"image_url": "https://x/1.jpg"}, {"video_url": "https://x/2.mp4"}],
        caption="two",
        interval=10,
        sleep=clock.sleep,
        clock=clock,
    )
    assert created.id == "CAROUSEL"
    assert form(handler.requests[1]) == {
        "video_url": "https://x/2.mp4",
        "media_type": "VIDEO",
        "is_carousel_item": "true",
    }
    assert form(handler.last) == {"media_type": "CAROUSEL", "children": "K1,K2", "caption": "two"}
    assert clock.sleeps == [10.0]


async def test_async_workflow(make_async_client: Any) -> None:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    handler = Recorder(status("IN_PROGRESS"), status("FINISHED"), QUOTA_OK, json_response({"id": "MEDIA1"}))
    async with make_async_client(handler) as ig:
        result = await ig.publishing.wait_and_publish("C1", interval=1, sleep=sleep)
    assert result.media_id == "MEDIA1"
    assert slept == [1]


@pytest.mark.parametrize(
    "url", ["https://www.example.com/reel.mp4", "http://127.0.0.1/v.mp4", "HTTPS://X/v.mp4", "s3://bucket/v.mp4"]
)
def test_upload_video_file_refuses_a_url_string(make_client: Any, url: str) -> None:
    handler = Recorder(json_response({"success": True}))
    with pytest.raises(sdk.InvalidArgumentError, match=r"video_url="):
        make_client(handler).publishing.upload_video_file("C1", url)
    assert handler.requests == []


def test_upload_video_file_reads_a_str_as_a_local_path(make_client: Any, tmp_path: Any) -> None:
    video = tmp_path / "https-is-not-a-scheme-here.mp4"
    video.write_bytes(b"\x00\x01video")
    handler = Recorder(json_response({"success": True}))
    make_client(handler).publishing.upload_video_file("C1", str(video))
    assert handler.last.content == b"\x00\x01video"
    with pytest.raises(sdk.InvalidArgumentError, match="could not read the video file"):
        make_client(handler).publishing.upload_video_file("C1", str(tmp_path / "missing.mp4"))


async def test_async_upload_video_file_refuses_a_url_string(make_async_client: Any) -> None:
    handler = Recorder(json_response({"success": True}))
    client = make_async_client(handler)
    with pytest.raises(sdk.InvalidArgumentError, match=r"video_url="):
        await client.publishing.upload_video_file("C1", "https://www.example.com/reel.mp4")
    assert handler.requests == []
    await client.close()


async def test_async_publish_still_running_is_not_sent_again(make_async_client: Any) -> None:
    meta = Meta([httpx.ReadTimeout("slow"), json_response({"id": "MEDIA2"})], [status("IN_PROGRESS")], [["M0"]])
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    async with make_async_client(meta, retry=sdk.RetryConfig(max_retries=2)) as ig:
        with pytest.raises(sdk.PublishUncertainError):
            await ig.publishing.publish("C1", settle=1, sleep=sleep)
        assert meta.publish_count == 1
        assert waits == [1] * flow.RECONCILE_CHECKS
        found = Meta([httpx.ReadTimeout("slow")], [status("FINISHED")], [["M0"], ["MEDIA1", "M0"]])
    async with make_async_client(found) as ig:
        result = await ig.publishing.publish("C1", settle=0, sleep=sleep)
    assert result == flow.PublishResult("C1", "MEDIA1", reconciled=True)
