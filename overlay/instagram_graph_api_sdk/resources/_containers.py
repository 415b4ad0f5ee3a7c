"""`client.publishing` helpers shared by the sync and async classes: the container fields, the
video source, the retry budget (pure; the classes are written once in `_async/publishing.py`)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

from instagram_graph_api_client.types import UNSET

from .. import _exceptions as exc
from .. import _publish_decisions as flow
from .._redact import redact

if TYPE_CHECKING:
    from .._runner import _RunnerBase

VideoType = Literal["VIDEO", "REELS", "STORIES"]
Source = bytes | bytearray | memoryview | IO[bytes] | str | os.PathLike[str]
STATUS_FIELDS = "id,status_code,status"
UPLOAD_STATUS_FIELDS = "id,status_code,status,video_status"
Tags = Sequence[Mapping[str, Any]] | str | None  # user_tags: [{"username", "x", "y"}, ...] or its JSON
Names = Sequence[str] | str | None  # a list, or a comma-separated string


def _opt(value: Any) -> Any:
    return UNSET if value is None else value


def image_fields(
    image_url: str,
    caption: str | None,
    location_id: str | None,
    user_tags: Any,
    collaborators: Any,
    alt_text: str | None,
    is_carousel_item: bool | None,
    media_type: str | None,
) -> dict[str, Any]:
    return {
        "image_url": image_url,
        "caption": _opt(caption),
        "location_id": _opt(location_id),
        "user_tags": _opt(flow.user_tags_json(user_tags)),
        "collaborators": _opt(collaborators),
        "alt_text": _opt(alt_text),
        "is_carousel_item": _opt(is_carousel_item),
        "media_type": _opt(media_type),
    }


def video_fields(video_url: str | None, media_type: VideoType, options: Mapping[str, Any]) -> dict[str, Any]:
    fields = {k: _opt(v) for k, v in options.items()}
    fields["user_tags"] = _opt(flow.user_tags_json(options.get("user_tags")))
    return {"video_url": _opt(video_url), "media_type": media_type, **fields}


def max_retries(runner: _RunnerBase) -> int:
    """How many times a FINISHED container may be published again: the client's max_retries."""
    return runner.options.retry.max_retries


_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://.*", re.DOTALL)


def read_source(source: Source) -> bytes:
    """The video's bytes: bytes-like as is, a binary file object read, a `str`/PathLike read as
    a local path. A URL string is refused (it is not a path; Meta fetches URLs itself)."""
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source)
    if isinstance(source, str | os.PathLike):
        path = os.fspath(source)
        if isinstance(path, str) and _URL.fullmatch(path.strip()):
            raise exc.InvalidArgumentError(
                "upload_video_file sends a local file's bytes, and a str is a local path, but "
                f"{redact(path[:100])!r} is a URL: for a video at a public URL, create the container with "
                "create_video_container(video_url=...) (Meta downloads it), or pass file_url= to upload_video()"
            )
        try:
            return Path(path).read_bytes()
        except OSError as error:
            raise exc.InvalidArgumentError(
                f"upload_video_file could not read the video file {redact(str(path)[:200])!r}: "
                f"{type(error).__name__}: {error.strerror or error}"
            ) from None
    return source.read()
