"""`client.publishing`'s container helpers (one per kind of container, TypeScript SDK parity) and the
resumable upload of a video's bytes; `publishing.py` adds the publishing workflow on top."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from instagram_graph_api_client.models.container_created import ContainerCreated
from instagram_graph_api_client.models.upload_result import UploadResult
from instagram_graph_api_client.resources.publishing import AsyncPublishingResource as _AsyncPublishing

from ... import _exceptions as exc
from ... import _publish_decisions as flow
from .._containers import (
    UPLOAD_STATUS_FIELDS,
    Names,
    Source,
    Tags,
    VideoType,
    _opt,
    image_fields,
    read_source,
    video_fields,
)


class AsyncContainerHelpers(_AsyncPublishing):
    """The container helpers of `client.publishing` (its resource class inherits them)."""

    __slots__ = ()

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
