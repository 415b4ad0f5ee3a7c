"""Lazy pagination with the after cursor (paging.next is never fetched), bounds, time walking."""

from __future__ import annotations

import tracemalloc
from typing import Any

import httpx
import pytest
from helpers import Recorder, json_response

import instagram_graph_api_sdk as sdk

STALE = "https://graph.instagram.com/v25.0/M/comments?access_token=stale-token-in-next-url&after="


def pages(total: int, size: int, *, with_next: bool = True) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("after", 0))
        items = [{"id": str(i), "text": f"comment {i}"} for i in range(start, min(start + size, total))]
        body: dict[str, Any] = {"data": items}
        if start + size < total:
            body["paging"] = {"cursors": {"before": str(start), "after": str(start + size)}}
            if with_next:
                body["paging"]["next"] = STALE + str(start + size)
        return httpx.Response(200, json=body)

    return Recorder(handler)


def test_paginate_walks_every_page_with_the_after_cursor(make_client: Any) -> None:
    handler = pages(7, 3)
    ig = make_client(handler)
    ids = [c.id for c in ig.paginate(ig.media.get_comments, "M", fields=["id", "text"])]
    assert ids == [str(i) for i in range(7)]
    assert [r.url.params.get("after") for r in handler.requests] == [None, "3", "6"]
    for request in handler.requests:
        assert "stale-token" not in str(request.url)
        assert request.url.host == "graph.instagram.com"
        assert request.url.params["fields"] == "id,text"


def test_paginate_is_lazy_and_bounded(make_client: Any) -> None:
    handler = pages(100, 10)
    ig = make_client(handler)
    iterator = ig.paginate(ig.media.get_comments, "M")
    assert handler.requests == []
    assert next(iterator).id == "0"
    assert len(handler.requests) == 1
    assert len(list(ig.paginate(ig.media.get_comments, "M", max_items=25))) == 25
    assert len(list(ig.paginate(ig.media.get_comments, "M", max_pages=2))) == 20
    assert list(ig.paginate(ig.media.get_comments, "M", max_items=0)) == []


def test_cursor_only_edges_page_without_next_urls(make_client: Any) -> None:
    handler = pages(5, 2, with_next=False)
    ig = make_client(handler)
    assert len(list(ig.paginate(ig.users.get_tags))) == 5  # x-sdk-paginated: cursor-only
    assert len(handler.requests) == 3
    assert len(list(ig.paginate(ig.users.get_media))) == 2  # plain cursor edges stop without `next`


def test_a_repeated_cursor_stops_the_loop(make_client: Any) -> None:
    stuck = {"data": [{"id": "1"}], "paging": {"cursors": {"after": "SAME"}, "next": STALE + "SAME"}}
    handler = Recorder(json_response(stuck))
    ig = make_client(handler)
    assert len(list(ig.paginate(ig.media.get_comments, "M"))) == 2
    assert len(handler.requests) == 2


def test_cursors_that_cycle_stop_the_loop(make_client: Any) -> None:
    # A server alternating A -> B -> A -> ... (not just repeating the last cursor).
    def handler(request: httpx.Request) -> httpx.Response:
        after = "B" if request.url.params.get("after") == "A" else "A"
        return httpx.Response(200, json={"data": [{"id": "1"}], "paging": {"cursors": {"after": after}, "next": STALE}})

    recorder = Recorder(handler)
    ig = make_client(recorder)
    assert len(list(ig.paginate(ig.media.get_comments, "M"))) == 3
    assert [r.url.params.get("after") for r in recorder.requests] == [None, "A", "B"]


def insights_server(step: int) -> Recorder:
    """Insights whose paging.next moves `step` seconds per window (forever, or backwards)."""

    def handler(request: httpx.Request) -> httpx.Response:
        since = int(request.url.params.get("since", 1000))
        nxt = f"https://graph.instagram.com/v25.0/me/insights?access_token=x&since={since + step}&until={since + step + 86400}"
        body = {"data": [{"name": "reach", "period": "day", "values": [{"value": since}]}], "paging": {"next": nxt}}
        return httpx.Response(200, json=body)

    return Recorder(handler)


def test_an_open_ended_insights_walk_stops_at_the_current_time(make_client: Any) -> None:
    import time

    recorder = insights_server(86400 * 365)  # a window a year long: the walk reaches "now" quickly
    ig = make_client(recorder)
    start = int(time.time()) - 3 * 86400 * 365 - 10
    metrics = list(ig.paginate(ig.insights.get_account_insights, metric="reach", since=start))
    assert len(metrics) == 4  # since = start, +1y, +2y, +3y (< now); the next window starts in the future
    assert all(int(r.url.params["since"]) < time.time() for r in recorder.requests)


def test_windows_that_do_not_move_forward_stop_the_loop(make_client: Any) -> None:
    for step in (0, -86400):
        recorder = insights_server(step)
        ig = make_client(recorder)
        assert len(list(ig.paginate(ig.insights.get_account_insights, metric="reach", since=1000))) == 1
        assert len(recorder.requests) == 1


def test_only_paginated_operations_are_accepted(make_client: Any) -> None:
    ig = make_client(Recorder(json_response({})))
    with pytest.raises(sdk.InvalidArgumentError, match="not a paginated operation"):
        list(ig.paginate(ig.media.get, "M"))
    with pytest.raises(sdk.InvalidArgumentError, match="max_items"):
        list(ig.paginate(ig.media.get_comments, "M", max_items=-1))


def test_insights_walk_since_and_until(make_client: Any) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        since = int(request.url.params.get("since", 1000))
        body: dict[str, Any] = {"data": [{"name": "reach", "period": "day", "values": [{"value": since}]}]}
        body["paging"] = {
            "previous": f"https://graph.instagram.com/v25.0/me/insights?access_token=x&since={since - 100}&until={since}",
            "next": f"https://graph.instagram.com/v25.0/me/insights?access_token=x&since={since + 100}&until={since + 200}",
        }
        return httpx.Response(200, json=body)

    recorder = Recorder(handler)
    ig = make_client(recorder)
    metrics = list(ig.paginate(ig.insights.get_account_insights, metric="reach", since=1000, until=1300))
    assert [m.values[0].value for m in metrics] == [1000, 1100, 1200]
    assert [(r.url.params["since"], r.url.params["until"]) for r in recorder.requests] == [
        ("1000", "1300"),
        ("1100", "1200"),
        ("1200", "1300"),
    ]


async def test_async_paginate(make_async_client: Any) -> None:
    handler = pages(5, 2)
    async with make_async_client(handler) as ig:
        ids = [c.id async for c in ig.paginate(ig.media.get_comments, "M")]
        assert ids == ["0", "1", "2", "3", "4"]
        assert [c.id async for c in ig.paginate(ig.media.get_comments, "M", max_items=3)] == ["0", "1", "2"]


def test_memory_stays_flat_over_many_pages(make_client: Any) -> None:
    # A functional check that pages are released (the 10,000-item figure is in scripts/bench.py).
    ig = make_client(pages(3000, 50))
    iterator = ig.paginate(ig.media.get_comments, "M")
    for _ in range(500):
        next(iterator)
    tracemalloc.start()
    start, _ = tracemalloc.get_traced_memory()
    count = 500 + sum(1 for _ in iterator)
    end, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 3000
    assert end - start < 512 * 1024
