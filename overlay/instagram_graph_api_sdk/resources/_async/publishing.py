"""`client.publishing`: the TypeScript SDK's container helpers and the publishing workflow.

Decisions live in `..._publish_decisions` (pure) and the container fields in `.._containers`; this class
only calls the generated operations, waits, and loops within bounds.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from instagram_graph_api_client.models.container import Container
from instagram_graph_api_client.models.container_created import ContainerCreated
from instagram_graph_api_client.models.upload_result import UploadResult
from instagram_graph_api_client.resources.publishing import AsyncPublishingResource as _AsyncPublishing
from instagram_graph_api_client.resources.users import AsyncUsersResource

from ... import _exceptions as exc
from ... import _publish_decisions as flow
from ..._constants import CONTAINER_POLL_INTERVAL, CONTAINER_POLL_TIMEOUT, PUBLISH_SETTLE
from ..._sleep import AsyncSleep, aresolve_sleep
from .._containers import (
    STATUS_FIELDS,
    UPLOAD_STATUS_FIELDS,
    Names,
    Source,
    Tags,
    VideoType,
    _opt,
    image_fields,
    max_retries,
    read_source,
    video_fields,
)

if TYPE_CHECKING:
    from ..._runner import AsyncRunner


class AsyncPublishingResource(_AsyncPublishing):
    """`client.publishing`: containers, status, publishing and the resumable upload."""

    __slots__ = ()
    _runner: AsyncRunner  # the overlay's runner (its options say how often to publish again)

    # --- TypeScript SDK parity: one helper per kind of container
    async def create_image_container(
        self,
        image_url: str,
        *,
        caption: str | None = None,
        location_id: str | None = None,
        user_tags: Sequence[Mapping[str, Any]] | str | None = None,
        collaborators: Sequence[str] | str | None = None,
        alt_text: str | None = None,
        is_carousel_item: bool | None = None,
        media_type: Literal["STORIES"] | None = None,
        ig_user_id: str | None = None,
    ) -> ContainerCreated:
        """Create an image container (JPEG at a public URL). `media_type="STORIES"` makes a story."""
        return await self.create_container(
            ig_user_id=ig_user_id,
            **image_fields(
                image_url, caption, location_id, user_tags, collaborators, alt_text, is_carousel_item, media_type
            ),
        )

    async def create_video_container(
        self,
        video_url: str,
        *,
        media_type: VideoType = "REELS",
        caption: str | None = None,
        share_to_feed: bool | None = None,
        cover_url: str | None = None,
        thumb_offset: int | None = None,
        audio_name: str | None = None,
        location_id: str | None = None,
        user_tags: Tags = None,
        collaborators: Names = None,
        is_carousel_item: bool | None = None,
        trial_params: str | None = None,
        is_ai_generated: bool | None = None,
        is_paid_partnership: bool | None = None,
        branded_content_sponsor_ids: Names = None,
        alt_text: str | None = None,
        product_tags: str | None = None,
        ig_user_id: str | None = None,
    ) -> ContainerCreated:
        """Create a video, reel or video story container (Meta downloads `video_url`).

        The options are the container parameters Meta documents: `share_to_feed`, `audio_name` and
        `trial_params` are for reels; `user_tags` is a list of `{"username", "x", "y"}` (or its
        JSON); `collaborators` up to 3 usernames and `branded_content_sponsor_ids` up to 2 sponsor
        IDs, each a list or a comma string. None leaves a parameter out.
        """
        options = {
            "caption": caption,
            "share_to_feed": share_to_feed,
            "cover_url": cover_url,
            "thumb_offset": thumb_offset,
            "audio_name": audio_name,
            "location_id": location_id,
            "user_tags": user_tags,
            "collaborators": collaborators,
            "is_carousel_item": is_carousel_item,
            "trial_params": trial_params,
            "is_ai_generated": is_ai_generated,
            "is_paid_partnership": is_paid_partnership,
            "branded_content_sponsor_ids": branded_content_sponsor_ids,
            "alt_text": alt_text,
            "product_tags": product_tags,
        }
        return await self.create_container(ig_user_id=ig_user_id, **video_fields(video_url, media_type, options))

    async def create_carousel_container(
        self,
        children: Sequence[str],
        *,
        caption: str | None = None,
        location_id: str | None = None,
        collaborators: Sequence[str] | str | None = None,
        ig_user_id: str | None = None,
    ) -> ContainerCreated:
        """Create a carousel container from 2 to 10 FINISHED child containers."""
        if not 2 <= len(children) <= 10:
            raise exc.InvalidArgumentError(f"a carousel takes 2 to 10 children, got {len(children)}")
        return await self.create_container(
            ig_user_id=ig_user_id,
            media_type="CAROUSEL",
            children=list(children),
            caption=_opt(caption),
            location_id=_opt(location_id),
            collaborators=_opt(collaborators),
        )

    async def create_resumable_upload(
        self,
        *,
        media_type: VideoType = "REELS",
        caption: str | None = None,
        share_to_feed: bool | None = None,
        cover_url: str | None = None,
        thumb_offset: int | None = None,
        audio_name: str | None = None,
        location_id: str | None = None,
        user_tags: Tags = None,
        collaborators: Names = None,
        is_carousel_item: bool | None = None,
        trial_params: str | None = None,
        is_ai_generated: bool | None = None,
        is_paid_partnership: bool | None = None,
        branded_content_sponsor_ids: Names = None,
        alt_text: str | None = None,
        product_tags: str | None = None,
        ig_user_id: str | None = None,
    ) -> ContainerCreated:
        """Start a resumable upload session (the response's `uri` receives the bytes); then call
        `upload_video_file(container.id, source)`. The options are `create_video_container`'s."""
        options = {
            "caption": caption,
            "share_to_feed": share_to_feed,
            "cover_url": cover_url,
            "thumb_offset": thumb_offset,
            "audio_name": audio_name,
            "location_id": location_id,
            "user_tags": user_tags,
            "collaborators": collaborators,
            "is_carousel_item": is_carousel_item,
            "trial_params": trial_params,
            "is_ai_generated": is_ai_generated,
            "is_paid_partnership": is_paid_partnership,
            "branded_content_sponsor_ids": branded_content_sponsor_ids,
            "alt_text": alt_text,
            "product_tags": product_tags,
        }
        fields = video_fields(None, media_type, options)
        return await self.create_container(ig_user_id=ig_user_id, upload_type="resumable", **fields)

    # --- the workflow
    async def publish(
        self,
        container_id: str,
        *,
        ig_user_id: str | None = None,
        settle: float = PUBLISH_SETTLE,
        checks: int = flow.RECONCILE_CHECKS,
        sleep: AsyncSleep | None = None,
    ) -> flow.PublishResult:
        """Publish a container without ever double-posting.

        After an ambiguous failure (timeout, dropped connection, 5xx) nothing is resent while the
        first publish may still be running at Meta: the SDK notes the account's newest media,
        then up to `checks` times waits `settle` seconds and reads the container and the recent
        media. PUBLISHED (or exactly one new post) returns a reconciled result; ERROR/EXPIRED
        raise the container's error; FINISHED publishes again (at most `max_retries` times) only
        when Meta itself answered the failed request. Otherwise PublishUncertainError says it may
        have been published and nothing more is sent.
        """
        sleep = aresolve_sleep(sleep)
        attempts = max_retries(self._runner) + 1
        for attempt in range(attempts):
            try:
                published = await self.publish_container(container_id, ig_user_id=ig_user_id)
                return flow.PublishResult(container_id, published.id)
            except exc.InstagramError as error:
                if not flow.is_ambiguous(error):
                    raise
                result = await self._reconcile(container_id, error, ig_user_id, settle, checks, sleep)
                if result is not None:
                    return result
                if attempt == attempts - 1:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    async def _recent_media(self, ig_user_id: str | None) -> list[str] | None:
        """The IDs of the account's newest media (None when they cannot be read)."""
        try:
            users = AsyncUsersResource(self._runner)
            page = await users.get_media(ig_user_id=ig_user_id, fields="id", limit=flow.RECENT_MEDIA)
        except exc.InstagramError:
            return None
        return flow.media_ids(page)

    async def _reconcile(
        self,
        container_id: str,
        error: exc.InstagramError,
        ig_user_id: str | None,
        settle: float,
        checks: int,
        sleep: AsyncSleep,
    ) -> flow.PublishResult | None:
        """After an ambiguous failure: the result if it was published, None if publishing again is safe."""
        before = await self._recent_media(ig_user_id)
        for check in range(max(1, checks)):
            await sleep(settle)
            try:
                container = await self.get_container_status(container_id, fields=STATUS_FIELDS)
            except exc.InstagramError as read_error:
                raise flow.uncertain(container_id, None, error, read_error=read_error) from None
            now = await self._recent_media(ig_user_id) if before is not None else None
            outcome = flow.reconciled(
                container_id, container, error, before=before, now=now, last_check=check == max(1, checks) - 1
            )
            if outcome == "retry":
                return None
            if isinstance(outcome, flow.PublishResult):
                return outcome
        raise AssertionError("unreachable")  # pragma: no cover

    async def wait_for_container(
        self,
        container_id: str,
        *,
        interval: float = CONTAINER_POLL_INTERVAL,
        timeout: float = CONTAINER_POLL_TIMEOUT,
        sleep: AsyncSleep | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> Container:
        """Poll the container until it is FINISHED (or PUBLISHED) and return its status.

        Meta's guidance is once a minute for at most five minutes (the defaults). Raises
        ContainerFailedError (ERROR, with the reason), ContainerExpiredError (EXPIRED) or
        ContainerNotReadyError when `timeout` passes.
        """
        sleep = aresolve_sleep(sleep)
        deadline = clock() + timeout
        while True:
            container = await self.get_container_status(container_id, fields=STATUS_FIELDS)
            outcome = flow.container_outcome(container)
            if outcome in ("ready", "published"):
                return container
            if outcome in ("failed", "expired"):
                raise flow.container_error(container_id, container)
            remaining = deadline - clock()
            if remaining <= 0:
                raise flow.container_error(container_id, container, timed_out_after=timeout)
            await sleep(min(interval, remaining))

    async def wait_and_publish(
        self,
        container_id: str,
        *,
        interval: float = CONTAINER_POLL_INTERVAL,
        timeout: float = CONTAINER_POLL_TIMEOUT,
        check_quota: bool = True,
        ig_user_id: str | None = None,
        settle: float = PUBLISH_SETTLE,
        checks: int = flow.RECONCILE_CHECKS,
        sleep: AsyncSleep | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> flow.PublishResult:
        """Wait until the container is FINISHED, check the publishing quota, then publish it
        (`publish()`, with its `settle` wait after an ambiguous failure)."""
        container = await self.wait_for_container(
            container_id, interval=interval, timeout=timeout, sleep=sleep, clock=clock
        )
        if flow.container_outcome(container) == "published":
            return flow.PublishResult(container_id, None, reconciled=True)
        if check_quota:
            await self.check_publishing_quota(ig_user_id=ig_user_id)
        return await self.publish(container_id, ig_user_id=ig_user_id, settle=settle, checks=checks, sleep=sleep)

    async def check_publishing_quota(self, *, ig_user_id: str | None = None) -> flow.PublishingQuota:
        """Read content_publishing_limit; raise PublishingLimitError (without publishing) when it is used up."""
        limits = await AsyncUsersResource(self._runner).get_content_publishing_limit(ig_user_id=ig_user_id)
        q = flow.quota(limits)
        error = flow.quota_error(q)
        if error is not None:
            raise error
        return q

    async def create_carousel(
        self,
        items: Sequence[Mapping[str, Any]],
        *,
        caption: str | None = None,
        wait: bool = True,
        interval: float = CONTAINER_POLL_INTERVAL,
        timeout: float = CONTAINER_POLL_TIMEOUT,
        ig_user_id: str | None = None,
        sleep: AsyncSleep | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> ContainerCreated:
        """Create the children (`{"image_url": ...}` or `{"video_url": ...}` each), wait until every
        child is FINISHED, then create the carousel container."""
        children = []
        for item in items:
            if "image_url" in item:
                created = await self.create_container(
                    ig_user_id=ig_user_id, image_url=item["image_url"], is_carousel_item=True
                )
            elif "video_url" in item:
                created = await self.create_container(
                    ig_user_id=ig_user_id, video_url=item["video_url"], media_type="VIDEO", is_carousel_item=True
                )
            else:
                raise exc.InvalidArgumentError("each carousel item needs an image_url or a video_url")
            children.append(created.id)
        if wait:
            for child in children:
                await self.wait_for_container(child, interval=interval, timeout=timeout, sleep=sleep, clock=clock)
        return await self.create_carousel_container(children, caption=caption, ig_user_id=ig_user_id)

    async def upload_video_file(self, container_id: str, source: Source, *, max_attempts: int = 3) -> UploadResult:
        """Send a video's bytes to a resumable upload session, resuming where the host stopped.

        `source` is bytes, a binary file object, or a local path (`str` or PathLike): a `str` is
        always a path, and a URL string is refused with InvalidArgumentError (use
        `create_video_container(video_url=...)` for a video at a public URL).

        After a failed attempt the container's `video_status.uploading_phase.bytes_transferred`
        says how much arrived; the next attempt sends the rest with `offset` set to it.
        """
        data = read_source(source)
        offset = 0
        for attempt in range(max_attempts):
            try:
                return await self.upload_video(container_id, offset=offset, file_size=len(data), content=data[offset:])
            except exc.InstagramError as error:
                if attempt == max_attempts - 1 or not exc.is_transient_error(error):
                    raise
            status = await self.get_container_status(container_id, fields=UPLOAD_STATUS_FIELDS)
            offset = min(flow.uploaded_bytes(status), len(data))
        raise AssertionError("unreachable")  # pragma: no cover
