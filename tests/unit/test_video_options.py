"""create_video_container's options are typed keywords: mypy --strict rejects a misspelt or
mistyped option, and accepts the documented ones (sync and async)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[2]

SNIPPET = """
from instagram_graph_api_sdk import AsyncInstagramClient, InstagramClient


def good(client: InstagramClient) -> str:
    return client.publishing.create_video_container(
        "https://x/v.mp4", caption="reel", share_to_feed=True, thumb_offset=1000, user_tags=[{"username": "a"}],
        collaborators=["a", "b"], branded_content_sponsor_ids="1,2", is_ai_generated=False,
    ).id


async def agood(client: AsyncInstagramClient) -> str:
    return (await client.publishing.create_resumable_upload(media_type="REELS", caption="big")).id


def misspelt(client: InstagramClient) -> None:
    client.publishing.create_video_container("https://x/v.mp4", captoin="reel")  # line 17


def mistyped(client: InstagramClient) -> None:
    client.publishing.create_video_container("https://x/v.mp4", thumb_offset="1s")  # line 21


async def amisspelt(client: AsyncInstagramClient) -> None:
    await client.publishing.create_video_container("https://x/v.mp4", shareToFeed=True)  # line 25
"""


def test_mypy_checks_the_video_options(tmp_path: Path) -> None:
    source = tmp_path / "options.py"
    source.write_text(textwrap.dedent(SNIPPET))
    out, err, status = api.run(
        [
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            str(source),
        ]
    )
    errors = [line for line in (out + err).splitlines() if ": error:" in line]
    assert status == 1, out + err
    assert [line.split(":")[1] for line in errors] == ["17", "21", "25"], errors
    assert 'Unexpected keyword argument "captoin"' in errors[0]
    assert 'Argument "thumb_offset"' in errors[1]
    assert 'Unexpected keyword argument "shareToFeed"' in errors[2]
