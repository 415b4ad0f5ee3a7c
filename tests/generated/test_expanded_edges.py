"""Edges reached by field expansion (`fields=id,insights.metric(reach)`, `stories{id}`, ...) are
declared on the models with their Paging (issue 8, item 5): they parse into typed lists, not
`additional_properties`, and the token-bearing `paging.next`/`previous` stay out of repr()."""

from __future__ import annotations

from typing import Any

import pytest

from instagram_graph_api_client.models import Media, User

CANARY = "c4n4ry|tok/en+x=y"
NEXT = f"https://graph.instagram.com/v25.0/1/edge?access_token={CANARY}&after=QVFI"
PREV = f"https://graph.instagram.com/v25.0/1/edge?access_token={CANARY}&before=QVFI"


def edge(item: dict[str, Any]) -> dict[str, Any]:
    return {"data": [item], "paging": {"cursors": {"after": "QVFI"}, "next": NEXT, "previous": PREV}}


INSIGHT = {"name": "reach", "period": "lifetime", "values": [{"value": 3}], "id": "1/insights/reach/lifetime"}
CASES = [
    (Media, "insights", INSIGHT, "name"),
    (Media, "children", {"id": "c1", "media_type": "IMAGE"}, "id"),
    (Media, "comments", {"id": "k1", "text": "hi"}, "text"),
    (Media, "collaborators", {"id": "u1", "username": "collab"}, "username"),
    (Media, "product_tags", {"product_id": 1, "name": "Gummy"}, "name"),
    (User, "media", {"id": "m1"}, "id"),
    (User, "stories", {"id": "s1", "media_product_type": "STORY"}, "id"),
    (User, "tags", {"id": "t1", "username": "tagger"}, "username"),
    (User, "live_media", {"id": "l1", "media_type": "BROADCAST"}, "id"),
    (User, "insights", INSIGHT, "name"),
]


@pytest.mark.parametrize(("model", "name", "item", "key"), CASES)
def test_expanded_edges_are_typed_and_keep_the_token_out_of_repr(model: Any, name: str, item: Any, key: str) -> None:
    parsed = model.from_dict({"id": "1", name: edge(item)})
    assert parsed.additional_properties == {}
    value = getattr(parsed, name)
    assert getattr(value.data[0], key) == item[key]
    assert value.paging.cursors.after == "QVFI"
    assert value.paging.next_ == NEXT  # still readable by code that wants it
    for text in (repr(parsed), str(parsed), repr(value), repr(value.paging)):
        assert "c4n4ry" not in text
        assert "access_token" not in text
