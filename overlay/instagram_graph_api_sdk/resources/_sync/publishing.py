# Generated from instagram_graph_api_sdk/resources/_async/publishing.py by scripts/unasync_overlay.py; do not edit.
"""`client.publishing`: the TypeScript SDK's container helpers and the publishing workflow.

Decisions live in `..._publish_decisions` (pure), the container fields in `.._containers` and the
container helpers in `publish_containers` (inherited); this class
only calls the generated operations, waits, and loops within bounds.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from instagram_graph_api_client.models.container import Container
from instagram_graph_api_client.models.container_created import ContainerCreated
from instagram_graph_api_client.resources.users import UsersResource

from ... import _exceptions as exc
from ... import _publish_decisions as flow
from ..._constants import CONTAINER_POLL_INTERVAL, CONTAINER_POLL_TIMEOUT, PUBLISH_SETTLE
from ..._sleep import Sleep, resolve_sleep
from .._containers import (
    STATUS_FIELDS,
    max_retries,
)
from .publish_containers import ContainerHelpers

if TYPE_CHECKING:
    from ..._runner import SyncRunner


class PublishingResource(ContainerHelpers):
    """`client.publishing`: containers, status, publishing and the resumable upload."""

    __slots__ = ()
    _runner: SyncRunner  # the overlay's runner (its options say how often to publish again)

    def publish(
        self,
        container_id: str,
        *,
        ig_user_id: str | None = None,
        settle: float = PUBLISH_SETTLE,
        checks: int = flow.RECONCILE_CHECKS,
        sleep: Sleep = time.sleep,
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
        sleep = resolve_sleep(sleep)
        attempts = max_retries(self._runner) + 1
        for attempt in range(attempts):
            try:
                published = self.publish_container(container_id, ig_user_id=ig_user_id)
                return flow.PublishResult(container_id, published.id)
            except exc.InstagramError as error:
                if not flow.is_ambiguous(error):
                    raise
                result = self._reconcile(container_id, error, ig_user_id, settle, checks, sleep)
                if result is not None:
                    return result
                if attempt == attempts - 1:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _recent_media(self, ig_user_id: str | None) -> list[str] | None:
        """The IDs of the account's newest media (None when they cannot be read)."""
        try:
            users = UsersResource(self._runner)
            page = users.get_media(ig_user_id=ig_user_id, fields="id", limit=flow.RECENT_MEDIA)
        except exc.InstagramError:
            return None
        return flow.media_ids(page)

    def _reconcile(
        self,
        container_id: str,
        error: exc.InstagramError,
        ig_user_id: str | None,
        settle: float,
        checks: int,
        sleep: Sleep,
    ) -> flow.PublishResult | None:
        """After an ambiguous failure: the result if it was published, None if publishing again is safe."""
        before = self._recent_media(ig_user_id)
        for check in range(max(1, checks)):
            sleep(settle)
            try:
                container = self.get_container_status(container_id, fields=STATUS_FIELDS)
            except exc.InstagramError as read_error:
                raise flow.uncertain(container_id, None, error, read_error=read_error) from None
            now = self._recent_media(ig_user_id) if before is not None else None
            outcome = flow.reconciled(
                container_id, container, error, before=before, now=now, last_check=check == max(1, checks) - 1
            )
            if outcome == "retry":
                return None
            if isinstance(outcome, flow.PublishResult):
                return outcome
        raise AssertionError("unreachable")  # pragma: no cover

    def wait_for_container(
        self,
        container_id: str,
        *,
        interval: float = CONTAINER_POLL_INTERVAL,
        timeout: float = CONTAINER_POLL_TIMEOUT,
        sleep: Sleep = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> Container:
        """Poll the container until it is FINISHED (or PUBLISHED) and return its status.

        Meta's guidance is once a minute for at most five minutes (the defaults). Raises
        ContainerFailedError (ERROR, with the reason), ContainerExpiredError (EXPIRED) or
        ContainerNotReadyError when `timeout` passes.
        """
        sleep = resolve_sleep(sleep)
        deadline = clock() + timeout
        while True:
            container = self.get_container_status(container_id, fields=STATUS_FIELDS)
            outcome = flow.container_outcome(container)
            if outcome in ("ready", "published"):
                return container
            if outcome in ("failed", "expired"):
                raise flow.container_error(container_id, container)
            remaining = deadline - clock()
            if remaining <= 0:
                raise flow.container_error(container_id, container, timed_out_after=timeout)
            sleep(min(interval, remaining))

    def wait_and_publish(
        self,
        container_id: str,
        *,
        interval: float = CONTAINER_POLL_INTERVAL,
        timeout: float = CONTAINER_POLL_TIMEOUT,
        check_quota: bool = True,
        ig_user_id: str | None = None,
        settle: float = PUBLISH_SETTLE,
        checks: int = flow.RECONCILE_CHECKS,
        sleep: Sleep = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> flow.PublishResult:
        """Wait until the container is FINISHED, check the publishing quota, then publish it
        (`publish()`, with its `settle` wait after an ambiguous failure)."""
        container = self.wait_for_container(container_id, interval=interval, timeout=timeout, sleep=sleep, clock=clock)
        if flow.container_outcome(container) == "published":
            return flow.PublishResult(container_id, None, reconciled=True)
        if check_quota:
            self.check_publishing_quota(ig_user_id=ig_user_id)
        return self.publish(container_id, ig_user_id=ig_user_id, settle=settle, checks=checks, sleep=sleep)

    def check_publishing_quota(self, *, ig_user_id: str | None = None) -> flow.PublishingQuota:
        """Read content_publishing_limit; raise PublishingLimitError (without publishing) when it is used up."""
        limits = UsersResource(self._runner).get_content_publishing_limit(ig_user_id=ig_user_id)
        q = flow.quota(limits)
        error = flow.quota_error(q)
        if error is not None:
            raise error
        return q

    def create_carousel(
        self,
        items: Sequence[Mapping[str, Any]],
        *,
        caption: str | None = None,
        wait: bool = True,
        interval: float = CONTAINER_POLL_INTERVAL,
        timeout: float = CONTAINER_POLL_TIMEOUT,
        ig_user_id: str | None = None,
        sleep: Sleep = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> ContainerCreated:
        """Create the children (`{"image_url": ...}` or `{"video_url": ...}` each), wait until every
        child is FINISHED, then create the carousel container."""
        children = []
        for item in items:
            if "image_url" in item:
                created = self.create_container(
                    ig_user_id=ig_user_id, image_url=item["image_url"], is_carousel_item=True
                )
            elif "video_url" in item:
                created = self.create_container(
                    ig_user_id=ig_user_id, video_url=item["video_url"], media_type="VIDEO", is_carousel_item=True
                )
            else:
                raise exc.InvalidArgumentError("each carousel item needs an image_url or a video_url")
            children.append(created.id)
        if wait:
            for child in children:
                self.wait_for_container(child, interval=interval, timeout=timeout, sleep=sleep, clock=clock)
        return self.create_carousel_container(children, caption=caption, ig_user_id=ig_user_id)
