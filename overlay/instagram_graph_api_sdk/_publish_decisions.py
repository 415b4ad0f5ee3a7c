"""The publishing workflow's decisions, as pure functions (the shells in resources/_async/publishing.py
do the requests and the waiting).

Containers move IN_PROGRESS -> FINISHED (or ERROR), expire after 24 hours (EXPIRED), and end
PUBLISHED. Meta has no idempotency key, so after an ambiguous `media_publish` failure the
container's status and the account's recent media decide: PUBLISHED (or one new post) means it
happened. FINISHED is not proof that it did not: while Meta is still carrying out the first
publish, the container keeps reading FINISHED (or IN_PROGRESS), so publishing again is safe only
when Meta itself answered the failed request; otherwise the outcome is PublishUncertainError.
The container never reveals the published media's ID; it comes from the recent media when
exactly one new post appeared, and is None otherwise.
https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-container
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from instagram_graph_api_client.models.container import Container
from instagram_graph_api_client.models.content_publishing_limit_list import ContentPublishingLimitList
from instagram_graph_api_client.models.media_list import MediaList
from instagram_graph_api_client.types import Unset

from . import _exceptions as exc

Outcome = Literal["ready", "published", "pending", "failed", "expired"]
_SUBCODE = re.compile(r"\b(2207\d{3}|\d{7})\b")


@dataclass(frozen=True, slots=True)
class PublishResult:
    """A published container. `media_id` is None when the publish was reconciled from the
    container's PUBLISHED status after an ambiguous failure (Meta never returns it there)."""

    container_id: str
    media_id: str | None
    reconciled: bool = False

    @property
    def id(self) -> str | None:
        """The media ID (the TypeScript SDK's `result.id`)."""
        return self.media_id


@dataclass(frozen=True, slots=True)
class PublishingQuota:
    """The account's rolling 24-hour publishing quota (never hard-coded: Meta says 50 or 100)."""

    used: int
    total: int | None
    window_seconds: int | None

    @property
    def remaining(self) -> int | None:
        return None if self.total is None else max(0, self.total - self.used)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def container_outcome(container: Container) -> Outcome:
    """What a container's status means for the workflow (unknown codes keep waiting)."""
    code = (_text(container.status_code) or "").upper()
    status = _text(container.status) or ""
    if code == "FINISHED":
        return "ready"
    if code == "PUBLISHED":
        return "published"
    if code == "EXPIRED":
        return "expired"
    # trypost#351: an empty status_code with "Error: ..." in status is a failure, not pending.
    if code == "ERROR" or (not code and status.lower().startswith("error")):
        return "failed"
    return "pending"


def container_error(
    container_id: str, container: Container | None, *, timed_out_after: float | None = None
) -> exc.PublishingError:
    """The typed error for a container that cannot be published (reason parsed from `status`)."""
    code = _text(container.status_code) if container else None
    status = _text(container.status) if container else None
    match = _SUBCODE.search(status or "")
    subcode = int(match.group(1)) if match else None
    details: dict[str, Any] = {"container_id": container_id, "status": status, "subcode": subcode}
    if timed_out_after is not None:
        return exc.ContainerNotReadyError(
            f"container {container_id} was still {code or 'processing'} after {timed_out_after:.0f} s "
            f"(last status: {status or 'none'})",
            **details,
        )
    if container is not None and container_outcome(container) == "expired":
        return exc.ContainerExpiredError(f"container {container_id} expired", **details)
    return exc.ContainerFailedError(
        f"container {container_id} failed processing: {status or 'no reason given'}", **details
    )


Reconciliation = Literal["done", "retry", "wait", "fail"]
RECONCILE_CHECKS = 3  # status reads after an ambiguous failure, `settle` seconds apart
RECENT_MEDIA = 10  # how much of the account's newest media is compared


def is_ambiguous(error: exc.InstagramError) -> bool:
    """Could the publish request have reached Meta (so the container status must decide)?"""
    if isinstance(error, exc.APIConnectionError | exc.TransientError):
        return True
    return isinstance(error, exc.InvalidResponseError) and (error.status_code or 0) >= 500


def may_be_in_flight(error: exc.InstagramError) -> bool:
    """Could Meta still be carrying out the publish? Yes when no answer came (timeout, dropped
    connection) or a gateway answered for Meta (a non-JSON 5xx); no when Meta itself answered
    with a Graph error (TransientError): the request is over, whatever it did."""
    if isinstance(error, exc.TransientError):
        return False
    return isinstance(error, exc.APIConnectionError | exc.InvalidResponseError)


def new_media(before: Sequence[str] | None, now: Sequence[str] | None) -> list[str]:
    """Media IDs at the top of the account's feed that were not there right after the failure."""
    if before is None or now is None:
        return []
    seen = set(before)
    return [media_id for media_id in now if media_id not in seen]


def reconcile(container: Container, *, new: Sequence[str] = (), in_flight: bool = True) -> Reconciliation:
    """After an ambiguous media_publish failure: published (`done`), safe to publish again
    (`retry`), not publishable (`fail`), or not known yet (`wait`).

    PUBLISHED, or exactly one new post in the account's recent media, means done. ERROR and
    EXPIRED mean the container was not published. FINISHED is only proof when Meta answered the
    failed request (`in_flight=False`): while a first publish is still running at Meta the
    container keeps reading FINISHED (or IN_PROGRESS), so publishing again then could post
    twice. Everything else waits, and ends as PublishUncertainError, never as advice to create a
    new container.
    """
    outcome = container_outcome(container)
    if outcome == "published" or len(new) == 1:
        return "done"
    if outcome in ("failed", "expired"):
        return "fail"
    if outcome == "ready" and not in_flight and not new:
        return "retry"
    return "wait"


def uncertain(
    container_id: str,
    container: Container | None,
    error: exc.InstagramError,
    *,
    new: Sequence[str] = (),
    read_error: exc.InstagramError | None = None,
) -> exc.PublishUncertainError:
    """The error for a publish that may or may not have happened (nothing more is sent)."""
    code = _text(container.status_code) if container else None
    seen = f"; new posts in recent media: {', '.join(new)}" if new else ""
    if read_error is not None:
        why = f"its status could not be read ({type(read_error).__name__})"
    else:
        why = f"its status still reads {code or 'unknown'}"
    return exc.PublishUncertainError(
        f"media_publish for container {container_id} failed without a clear answer ({type(error).__name__}) "
        f"and {why}{seen}: the first publish may still be running at Meta, so it was not sent again.",
        container_id=container_id,
        status_code=code,
        new_media=tuple(new),
    )


def media_ids(page: MediaList) -> list[str]:
    """The IDs on one page of `users.get_media` (items without an ID are skipped)."""
    data = page.data if isinstance(page.data, list) else []
    return [item.id for item in data if isinstance(item.id, str)]


def reconciled(
    container_id: str,
    container: Container,
    error: exc.InstagramError,
    *,
    before: Sequence[str] | None = None,
    now: Sequence[str] | None = None,
    last_check: bool = True,
) -> PublishResult | Literal["retry", "wait"]:
    """Act on `reconcile`: the result when the publish happened, "retry" when publishing again
    is safe, "wait" to read again; raises the container's error or, on the last check,
    PublishUncertainError."""
    new = new_media(before, now)
    decision = reconcile(container, new=new, in_flight=may_be_in_flight(error))
    if decision == "done":
        return PublishResult(container_id, new[0] if len(new) == 1 else None, reconciled=True)
    if decision == "fail":
        raise container_error(container_id, container) from None
    if decision == "wait" and last_check:
        raise uncertain(container_id, container, error, new=new) from None
    return decision


def quota(limits: ContentPublishingLimitList) -> PublishingQuota:
    if not limits.data:
        raise exc.ResponseValidationError("content_publishing_limit returned an empty data[] list")
    entry = limits.data[0]
    used = entry.quota_usage if isinstance(entry.quota_usage, int) else 0
    config = entry.config
    total = None if isinstance(config, Unset) or isinstance(config.quota_total, Unset) else config.quota_total
    window = None if isinstance(config, Unset) or isinstance(config.quota_duration, Unset) else config.quota_duration
    return PublishingQuota(used=used, total=total, window_seconds=window)


def quota_error(q: PublishingQuota) -> exc.PublishingLimitError | None:
    if q.remaining == 0:
        return exc.PublishingLimitError(
            f"the account has published {q.used} of {q.total} posts allowed in the rolling "
            f"{(q.window_seconds or 86400) // 3600} hours; nothing was sent",
            code=9,
            subcode=2207042,
        )
    return None


def user_tags_json(tags: Sequence[Mapping[str, Any]] | str | None) -> str | None:
    """user_tags travel as a JSON array inside the form body ([{username, x, y}, ...])."""
    if tags is None or isinstance(tags, str):
        return tags
    return json.dumps([dict(t) for t in tags], separators=(",", ":"))


def uploaded_bytes(container: Container) -> int:
    """Bytes the upload host has received, from `video_status.uploading_phase.bytes_transferred`."""
    status = container.video_status
    if isinstance(status, Unset) or isinstance(status.uploading_phase, Unset):
        return 0
    phase = status.uploading_phase
    value = phase.bytes_transferred
    if isinstance(value, Unset):
        value = phase.additional_properties.get("bytes_transfered", 0)  # a misspelling seen in the wild
    return value if isinstance(value, int) and value >= 0 else 0
