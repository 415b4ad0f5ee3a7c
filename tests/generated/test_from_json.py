"""Model.from_json (what every generated parse_response calls): the typed parse of the dict that
decode_json just made, in place instead of on a copy. It must give what from_dict(json.loads(body))
gives, model or exception, whatever the body: renamed keys (`from` -> `from_`), unknown keys,
nested models and lists of them, unions, IDs sent as numbers and wrong types at every depth."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from instagram_graph_api_client import types
from instagram_graph_api_client.models import (
    Comment,
    CommentList,
    InsightsResponse,
    InsightValue,
    InsightValueValueType1,
    Media,
    MediaList,
    Paging,
)


def outcome(parse: Any) -> tuple[str, Any]:
    try:
        return "model", parse()
    except (TypeError, ValueError, KeyError) as error:
        return type(error).__name__, str(error)


def same_as_from_dict(model: type[Any], source: Any) -> Any:
    """Assert from_json(body) and from_dict(json.loads(body)) agree; the model (or None)."""
    body = json.dumps(source).encode()
    owned = outcome(lambda: model.from_json(body))
    copied = outcome(lambda: model.from_dict(json.loads(body)))
    assert owned == copied
    return owned[1] if owned[0] == "model" else None


COMMENT = {
    "id": 17850000000000001,
    "text": "hi",
    "timestamp": "2025-03-02T08:15:00+0000",
    "from": {"id": 17841400000001000, "username": "fan", "badge": "gold"},
    "media": {"id": "18000000000000000"},
    "from_": "an unknown key that looks like the attribute",
    "additional_properties": {"also": "unknown"},
    "replies": {"data": [{"id": "2", "from": {"id": "3"}, "timestamp": "2025-03-01T00:00:00+0000"}]},
}


def test_renamed_unknown_and_nested_keys() -> None:
    comment = same_as_from_dict(Comment, COMMENT)
    assert comment is not None
    assert comment.id == "17850000000000001"
    assert comment.from_.id == "17841400000001000"
    assert comment.from_.additional_properties == {"badge": "gold"}
    assert comment["from"] is comment.from_
    assert comment.additional_properties == {"from_": COMMENT["from_"], "additional_properties": {"also": "unknown"}}
    assert comment.replies.data[0].from_.id == "3"
    assert comment.timestamp == datetime(2025, 3, 2, 8, 15, tzinfo=UTC)
    assert comment.to_dict()["from"] == {"id": "17841400000001000", "username": "fan", "badge": "gold"}


def test_pages_of_every_kind() -> None:
    same_as_from_dict(CommentList, {"data": [COMMENT, {**COMMENT, "id": "2"}], "paging": {"next": "n", "x": 1}})
    page = same_as_from_dict(
        MediaList,
        {"data": [{"id": 1, "owner": {"id": 2}, "children": {"data": [{"id": 3}]}}], "paging": {"cursors": {}}},
    )
    assert page.data[0].children.data[0].id == "3"
    insights = same_as_from_dict(
        InsightsResponse,
        {"data": [{"name": "reach", "values": [{"value": 5, "end_time": "2025-03-01T08:00:00+0000"}]}]},
    )
    assert insights.data[0].values[0].value == 5
    paging = same_as_from_dict(Paging, {"next": "https://n", "previous": "https://p", "cursors": {"after": "a"}})
    assert paging.next_ == "https://n"


@pytest.mark.parametrize(
    "source",
    [
        {"data": [{"id": "1"}, {"id": "1", "like_count": "many"}]},
        {"data": [{"id": True}]},
        {"data": [{"timestamp": 5}]},
        {"data": [{"timestamp": ["2025-03-01"]}]},
        {"data": [{"timestamp": {"a": 1}}]},
        {"data": [{"timestamp": "yesterday"}]},
        {"data": [{"owner": "1"}]},
        {"data": [{"owner": {"id": []}}]},
        {"data": [{"owner": {"id": "1"}, "children": {"data": [{"id": "2", "caption": 5}]}}]},
        {"data": [{"children": {"data": "x"}}]},
        {"data": [{"children": {"paging": {}}}]},
        {"data": [{"ig_id": 2.5}]},
        {"data": [{"ig_id": 25}]},
        {"data": [{"comments": {"data": [{"from": {"id": 1.5}}]}}]},
        {"data": [{"comments": {"data": [{"from": "bo"}]}}]},
        {"data": [[]]},
        {"data": {"id": "1"}},
        {"paging": {}},
        [],
        "text",
    ],
)
def test_wrong_types_inside_an_owned_dict_fail_as_from_dict_fails(source: Any) -> None:
    same_as_from_dict(MediaList, source)


def test_unions_are_parsed_on_a_copy_and_agree() -> None:
    for value in (5, 2.5, {"FEED": 3}, "5", None, [1]):
        same_as_from_dict(InsightValue, {"value": value})
    breakdown = InsightValue.from_json(b'{"value": {"FEED": 3}}').value
    assert isinstance(breakdown, InsightValueValueType1)
    assert breakdown["FEED"] == 3


@pytest.mark.parametrize("end_time", [5, 2.5, None, True, ["2025-03-01"], {"a": 1}, "yesterday", "2025-03-01"])
def test_a_repeated_timestamp_of_the_wrong_type_fails_as_from_dict_fails(end_time: Any) -> None:
    for _ in range(2):  # the second time, a valid one comes from the memo
        same_as_from_dict(InsightValue, {"value": 1, "end_time": end_time})
        same_as_from_dict(InsightsResponse, {"data": [{"values": [{"end_time": end_time}, {"end_time": end_time}]}]})


def test_repeated_timestamps_share_one_datetime_and_the_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    day = "2025-03-01T08:00:00+0000"
    page = InsightsResponse.from_json(
        json.dumps({"data": [{"values": [{"end_time": day}]}, {"values": [{"end_time": day}]}]}).encode()
    )
    first, second = (metric["values"][0].end_time for metric in page)
    assert first == datetime(2025, 3, 1, 8, tzinfo=UTC)
    assert first is second  # parsed once
    monkeypatch.setattr(types, "_STAMPS_MAX", 3)
    types._stamps.clear()
    for hour in range(5):
        Media.from_json(f'{{"timestamp": "2025-03-01T0{hour}:00:00+0000"}}'.encode())
    assert len(types._stamps) <= 4  # emptied when it held more than 3
    assert Media.from_json(b'{"timestamp": "2025-03-01T04:00:00+0000"}').timestamp == datetime(
        2025, 3, 1, 4, tzinfo=UTC
    )


def test_from_dict_still_copies() -> None:
    source = {"data": [{"id": 6, "timestamp": "2025-03-01T08:00:00+0000", "from": {"id": 1}, "x": 1}]}
    before = json.dumps(source)
    CommentList.from_dict(source)
    assert json.dumps(source) == before


json_leaf = st.none() | st.booleans() | st.integers(-5, 2**70) | st.floats(allow_nan=False) | st.text(max_size=3)
timestamps = st.sampled_from(["2025-03-01T08:00:00+0000", "2025-03-01", "x", "2025-03-01T08:00:00Z"])
comment_value = st.one_of(json_leaf, timestamps, st.dictionaries(st.sampled_from(["id", "username", "z"]), json_leaf))
comments = st.dictionaries(
    st.sampled_from(["id", "text", "timestamp", "username", "like_count", "hidden", "from", "media", "from_", "q"]),
    comment_value,
    max_size=8,
)


@settings(max_examples=400, deadline=None)
@given(
    page=st.lists(comments, max_size=4), paging=st.dictionaries(st.sampled_from(["next", "cursors", "x"]), json_leaf)
)
def test_any_comments_page_parses_as_from_dict_parses_it(page: list[dict[str, Any]], paging: dict[str, Any]) -> None:
    same_as_from_dict(CommentList, {"data": page, "paging": paging})


def test_attributes_named_otherwise_live_under_their_json_key() -> None:
    """`from_` is stored as "from" (types.keep_json_keys): parsed, built, copied, pickled, evolved,
    compared and deleted, it behaves as the attribute it is."""
    import copy
    import pickle

    import attrs

    from instagram_graph_api_client.models import CommentAuthor, OutgoingAttachment
    from instagram_graph_api_client.types import UNSET

    built = Comment(id="1", from_=CommentAuthor(id="2"))
    parsed = Comment.from_json(b'{"id": "1", "from": {"id": "2"}}')
    assert parsed == built
    assert parsed.from_ == built.from_ == CommentAuthor(id="2")
    assert "from" in vars(parsed)  # Meta's key, as sent
    assert "from_" not in vars(parsed)
    assert "from" in parsed
    assert parsed["from"] is parsed.from_
    assert Comment(id="1").from_ is UNSET
    assert Comment.from_json(b"{}").from_ is UNSET
    for clone in (copy.copy(parsed), copy.deepcopy(parsed), pickle.loads(pickle.dumps(parsed))):
        assert clone == parsed
        assert clone.from_ == CommentAuthor(id="2")
    assert attrs.evolve(parsed, from_=CommentAuthor(id="3")).from_ == CommentAuthor(id="3")
    assert parsed.to_dict() == {"id": "1", "from": {"id": "2"}}
    parsed.from_ = CommentAuthor(id="4")
    assert parsed["from"].id == "4"
    del parsed["from"]
    after: Comment = parsed  # a fresh name: mypy would keep from_ narrowed across the del
    assert after.from_ is UNSET
    assert "from" not in after
    assert repr(Comment(id="1", from_=CommentAuthor(id="2"))).count("from_=CommentAuthor(id='2'") == 1
    attachment = OutgoingAttachment(type_="image")
    assert attachment.to_dict() == {"type": "image"}
    assert OutgoingAttachment.from_json(b'{"type": "image", "payload": {}}').type_ == "image"
