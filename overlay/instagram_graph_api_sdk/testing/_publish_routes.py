"""FakeInstagram's publishing: the container state machine, the quota, and resumable uploads.

Containers go IN_PROGRESS -> FINISHED (images at once, videos after `video_processing`),
ERROR when the media URL "fails to download" (any URL containing "fail"), EXPIRED after 24
hours, and PUBLISHED once published. Publishing before FINISHED fails with 9007/2207027 and
past the rolling 24-hour quota with 9/2207042.
https://developers.facebook.com/docs/instagram-platform/content-publishing
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from instagram_graph_api_client._operations import DEFAULT_API_VERSION

from .._constants import CONTAINER_LIFETIME
from ._call import Call
from ._faults import LostResponse, SlowResponse
from ._graph_routes import invalid
from ._http import FakeRequest, FakeResponse, graph_error, missing_permission, parse_fields, project
from ._state import Container, State, Token, stamp

PUBLISH = "instagram_business_content_publish"
DOWNLOAD_FAILED = "Error: Media download has failed. The media URI doesn't meet our requirements. (2207052)"
VIDEO_TYPES = ("VIDEO", "REELS", "STORIES")


def status_of(state: State, container: Container) -> tuple[str, str]:
    now = state.now()
    if container.published_media:
        return "PUBLISHED", "Published: Media has been successfully published."
    if now - container.created > CONTAINER_LIFETIME:
        return "EXPIRED", "Expired: The media container has expired and can no longer be published."
    if container.failure:
        return "ERROR", container.failure
    if container.publishing_until is not None and container.publishing_status == "IN_PROGRESS":
        return "IN_PROGRESS", "In Progress: The media is being published."
    if container.file_size is not None and container.bytes_received < container.file_size:
        return "IN_PROGRESS", "In Progress: Waiting for the video upload to finish."
    if now >= container.ready_at:
        return "FINISHED", "Finished: Media has been uploaded and it is ready to be published."
    return "IN_PROGRESS", "In Progress: Media is still being processed."


def container_view(state: State, container: Container) -> dict[str, Any]:
    code, text = status_of(state, container)
    view: dict[str, Any] = {"id": container.id, "status_code": code, "status": text}
    if container.file_size is not None:
        phase = "complete" if container.bytes_received >= container.file_size else "in_progress"
        view["video_status"] = {
            "uploading_phase": {"status": phase, "bytes_transferred": container.bytes_received},
            "processing_phase": {"status": "complete" if code in ("FINISHED", "PUBLISHED") else "not_started"},
        }
    return view


def get_container_status(call: Call) -> FakeResponse:
    container = call.state.containers[call.ids["ig_container_id"]]
    fields = parse_fields(call.request.params.get("fields") or "id,status_code")
    return FakeResponse(200, project(container_view(call.state, container), fields), "get_container_status")


def create_media_container(call: Call) -> FakeResponse:
    state, request, op = call.state, call.request, call.operation_id
    denied = missing_permission(call.token, PUBLISH, op)
    if denied:
        return denied
    params = request.params
    media_type = str(params.get("media_type", "IMAGE"))
    resumable = params.get("upload_type") == "resumable"
    url = str(params.get("image_url") or params.get("video_url") or "")
    if len(str(params.get("caption", ""))) > 2200:
        return graph_error(36004, "The caption is too long", subcode=2207010, operation_id=op)
    if media_type == "CAROUSEL":
        children = [c for c in str(params.get("children", "")).split(",") if c]
        if not 2 <= len(children) <= 10:
            return graph_error(100, "A carousel needs between 2 and 10 children", subcode=2207028, operation_id=op)
        for child in children:
            found = state.containers.get(child)
            if found is None or status_of(state, found)[0] != "FINISHED" or not found.params.get("is_carousel_item"):
                return invalid(f"(#100) Child {child} is not a FINISHED carousel item container", op)
    elif resumable and not state.resumable_uploads:
        # What a live Instagram Login call answered: resumable upload is documented for Facebook
        # Login only (https://developers.facebook.com/docs/instagram-platform/content-publishing/resumable-uploads).
        return invalid("(#100) The parameter video_url is required", op)
    elif resumable:
        if media_type not in VIDEO_TYPES:
            return invalid("(#100) upload_type=resumable needs media_type VIDEO, REELS or STORIES", op)
    elif media_type == "STORIES" and not (params.get("image_url") or params.get("video_url")):
        return invalid("(#100) A story needs image_url or video_url", op)
    elif media_type in ("VIDEO", "REELS") and not params.get("video_url"):
        return invalid("(#100) The parameter video_url is required", op)
    elif media_type == "IMAGE" and not params.get("image_url"):
        return invalid("(#100) The parameter image_url is required", op)
    now = state.now()
    processing = state.video_processing if (params.get("video_url") or resumable) else timedelta()
    container = Container(
        state.new_id(),
        dict(params),
        now,
        now + processing,
        failure=DOWNLOAD_FAILED if "fail" in url else None,
        file_size=0 if resumable else None,
    )
    state.containers[container.id] = container
    body: dict[str, Any] = {"id": container.id}
    if resumable:
        body["uri"] = (
            f"https://rupload.facebook.com/ig-api-upload/{request.version or DEFAULT_API_VERSION}/{container.id}"
        )
    return FakeResponse(200, body, op)


def quota_usage(state: State) -> int:
    since = state.now() - timedelta(hours=24)
    return sum(1 for t in state.publishes if t > since)


def land_publishes(state: State) -> None:
    """Finish the slow publishes whose time has come (called before every request)."""
    now = state.now()
    for container in state.containers.values():
        if container.publishing_until is not None and now >= container.publishing_until:
            container.publishing_until = None
            post(state, container)


def post(state: State, container: Container) -> str:
    """Create the media a publish makes (again if the container was published meanwhile)."""
    media_id = state.new_id()
    params = container.params
    kind = str(params.get("media_type", "IMAGE"))
    state.media[media_id] = {
        "id": media_id,
        "caption": params.get("caption", ""),
        "username": state.username,
        "like_count": 0,
        "comments_count": 0,
        "timestamp": stamp(state.now()),
        "is_comment_enabled": True,
        "media_type": {"CAROUSEL": "CAROUSEL_ALBUM", "REELS": "VIDEO", "STORIES": "IMAGE"}.get(kind, kind),
        "media_product_type": {"REELS": "REELS", "STORIES": "STORY"}.get(kind, "FEED"),
        "permalink": f"https://www.instagram.com/p/FAKE{media_id[-7:]}/",
        "owner": {"id": state.user_id},
    }
    container.published_media = media_id
    state.publishes.append(state.now())
    return media_id


def publish_container(call: Call) -> FakeResponse:
    """media_publish, or with faults.slow_publish pending: the post is accepted, the answer never comes."""
    slow = call.faults.take_slow_publish(call.request.path)
    response = publish(call.state, call.request, call.token, slow=slow)
    if slow is not None and response.status == 200:
        raise SlowResponse("FakeInstagram is still publishing; the answer did not come in time")
    return response


def publish(state: State, request: FakeRequest, token: Token, *, slow: tuple[float, str] | None = None) -> FakeResponse:
    """media_publish; `slow` (seconds, status meanwhile) defers the post (faults.slow_publish)."""
    op = "publish_container"
    denied = missing_permission(token, PUBLISH, op)
    if denied:
        return denied
    container = state.containers.get(str(request.params.get("creation_id", "")))
    if container is None:
        return graph_error(24, "The media was not found", subcode=2207006, operation_id=op)
    code, text = status_of(state, container)
    if code == "IN_PROGRESS":
        return graph_error(9007, "Media ID is not available", subcode=2207027, operation_id=op)
    if code == "EXPIRED":
        return graph_error(-2, "The media has expired; create a new container", subcode=2207020, operation_id=op)
    if code == "ERROR":
        return graph_error(-1, f"Failed to create media: {text}", subcode=2207032, operation_id=op)
    if code == "PUBLISHED":
        return invalid("(#100) This container has already been published", op)
    if quota_usage(state) >= state.quota_total:
        return graph_error(
            9,
            "The account has reached its limit of API-published posts for the rolling 24 hours",
            subcode=2207042,
            operation_id=op,
        )
    if slow is not None:
        seconds, container.publishing_status = slow
        container.publishing_until = state.now() + timedelta(seconds=seconds)
        return FakeResponse(200, {"id": "(never sent)"}, op)
    return FakeResponse(200, {"id": post(state, container)}, op)


def get_content_publishing_limit(call: Call) -> FakeResponse:
    state = call.state
    entry = {"quota_usage": quota_usage(state), "config": {"quota_total": state.quota_total, "quota_duration": 86400}}
    fields = parse_fields(call.request.params.get("fields") or "quota_usage")
    projected = {f.name: entry[f.name] for f in fields if f.name in entry}
    return FakeResponse(200, {"data": [projected]}, "get_content_publishing_limit")


def upload_video(call: Call) -> FakeResponse:
    """rupload; with faults.cut_upload pending, the bytes up to the cut are kept and the answer never leaves."""
    cut_at = call.faults.take_cut(call.request.path)
    response = upload(call.state, call.request, call.ids["ig_container_id"], cut_at=cut_at)
    if cut_at is not None:
        raise LostResponse("FakeInstagram dropped the upload connection mid-body")
    return response


def upload(state: State, request: FakeRequest, container_id: str, *, cut_at: int | None = None) -> FakeResponse:
    """rupload: append the bytes at `offset`; `cut_at` simulates a connection lost mid-body."""

    def failure(message: str) -> FakeResponse:
        return FakeResponse(
            400,
            {"debug_info": {"retriable": False, "type": "ProcessingFailedError", "message": message}},
            "upload_video",
        )

    container = state.containers.get(container_id)
    if container is None or container.file_size is None:
        return failure("the container is not a resumable upload session")
    headers = request.headers
    if headers.get("file_url"):
        container.file_size = container.bytes_received = 1
        container.ready_at = state.now() + state.video_processing
        return FakeResponse(200, {"success": True, "message": "Upload successful."}, "upload_video")
    try:
        offset, size = int(headers.get("offset", "")), int(headers.get("file_size", ""))
    except ValueError:
        return failure("the offset and file_size headers are required")
    if offset != container.bytes_received:
        return failure(f"offset {offset} does not match the {container.bytes_received} bytes received")
    body = request.body if cut_at is None else request.body[: max(0, cut_at - offset)]
    container.file_size = size
    container.bytes_received = offset + len(body)
    if container.bytes_received >= size:
        container.ready_at = state.now() + state.video_processing
    return FakeResponse(200, {"success": True, "message": "Upload successful."}, "upload_video")
