"""Publish a reel from a public video URL, checking the quota first, without ever double-posting.

INSTAGRAM_ACCESS_TOKEN=... python examples/publish_reel.py https://example.com/reel.mp4 "caption"
python examples/publish_reel.py                    # FakeInstagram, offline
"""

from __future__ import annotations

import os
import sys

from instagram_graph_api_sdk import InstagramClient, PublishingError, PublishingLimitError


def main(client: InstagramClient, video_url: str, caption: str, *, interval: float = 60.0) -> str | None:
    quota = client.publishing.check_publishing_quota()
    print(f"quota: {quota.used}/{quota.total} posts in the rolling 24 hours")
    container = client.publishing.create_video_container(video_url, media_type="REELS", caption=caption)
    print(f"container {container.id}: waiting for Instagram to process the video...")
    try:
        result = client.publishing.wait_and_publish(container.id, interval=interval, check_quota=False)
    except PublishingLimitError:
        print("the publishing quota is used up; try again tomorrow")
        return None
    except PublishingError as error:
        print(f"could not publish: {error}")
        return None
    print(f"published: media {result.media_id}" if result.media_id else "published (reconciled)")
    return result.media_id


if __name__ == "__main__":
    token = os.environ.get("INSTAGRAM_ACCESS_TOKEN")
    url = sys.argv[1] if len(sys.argv) > 1 else "https://www.example.com/reel.mp4"
    text = sys.argv[2] if len(sys.argv) > 2 else "Posted with instagram-graph-api-sdk"
    if token:
        with InstagramClient(access_token=token) as client:
            main(client, url, text)
    else:
        from instagram_graph_api_sdk.testing import FakeInstagram

        with FakeInstagram(video_processing=1.0).client() as client:
            main(client, url, text, interval=0.5)
