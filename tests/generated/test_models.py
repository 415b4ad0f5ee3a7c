"""The generated models: JSON types checked (IDs sent as numbers become strings), unknown keys
kept but out of repr, mapping access that agrees with the attributes, list responses that iterate
their items, and a JSON-ready form."""

from __future__ import annotations

import copy
import json
import pickle
from datetime import UTC, datetime
from typing import Any

import attrs
import httpx
import pytest
from helpers import FAKE_TOKEN, Recorder

import instagram_graph_api_sdk as sdk
from instagram_graph_api_client.models import Comment, CommentList, InsightsResponse, Media, MediaList, User
from instagram_graph_api_client.types import UNSET

CANARY = "c4n4ry|tok/en+x=y"


def client_answering(body: bytes) -> sdk.InstagramClient:
    transport = httpx.MockTransport(
        Recorder(httpx.Response(200, content=body, headers={"content-type": "application/json"}))
    )
    return sdk.InstagramClient(FAKE_TOKEN, transport=transport, retry=sdk.RetryConfig(max_retries=0))


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (b'{"id": "1", "followers_count": "many"}', "followers_count"),
        (b'{"id": "1", "media_count": 1e999}', "media_count"),
        (b'{"id": "1", "follows_count": true}', "follows_count"),
        (b'{"id": "1", "name": {"first": "a"}}', "name"),
        (b'{"id": "1", "username": ["a"]}', "username"),
        (b'{"id": true}', "id"),
        (b'{"id": "1", "username": null}', "username"),
    ],
)
def test_a_wrong_json_type_is_a_response_validation_error(body: bytes, field: str) -> None:
    with pytest.raises(sdk.ResponseValidationError, match=rf"User\.{field}: expected") as caught:
        client_answering(body).users.get_profile()
    assert "many" not in str(caught.value)  # the value itself is never quoted (it may be a secret)


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({"id": "1", "like_count": "many"}, r"Media\.like_count: expected an integer, got a string"),
        ({"id": "1", "like_count": 1e999}, r"Media\.like_count: expected an integer, got a number"),
        ({"id": "1", "comments_count": True}, r"Media\.comments_count: expected an integer, got a boolean"),
        ({"id": "1", "caption": {"text": "x"}}, r"Media\.caption: expected a string, got an object"),
        ({"id": "1", "username": ["a"]}, r"Media\.username: expected a string, got an array"),
        ({"id": "1", "timestamp": 5}, r"Media\.timestamp: expected an ISO 8601 date-time string"),
        ({"id": "1", "owner": "17841400000000001"}, r"IdOnly: expected a JSON object, got a string"),
        ({"id": "1", "children": {"data": "x"}}, r"MediaList\.data: expected an array, got a string"),
    ],
)
def test_every_kind_of_field_checks_its_type(item: dict[str, Any], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        MediaList.from_dict({"data": [{"id": "0"}, item]})


def test_the_timestamp_must_be_iso_8601() -> None:
    with pytest.raises(ValueError, match="isoformat"):
        Media.from_dict({"timestamp": "yesterday"})
    with pytest.raises(sdk.ResponseValidationError):
        client_answering(b'{"data": [{"id": "1", "timestamp": "yesterday"}]}').users.get_media()


def test_ids_sent_as_numbers_become_strings() -> None:
    media = Media.from_dict({"id": 17890000000000001, "legacy_instagram_media_id": 5, "owner": {"id": 1784}})
    assert media.id == "17890000000000001"
    assert media.legacy_instagram_media_id == "5"
    assert media["owner"]["id"] == "1784"
    me = client_answering(b'{"id": 17841400000000001, "user_id": 17841400000000001}').users.get_profile()
    assert (me.id, me.user_id) == ("17841400000000001", "17841400000000001")
    with pytest.raises(TypeError, match=r"Media\.caption: expected a string, got an integer"):
        Media.from_dict({"caption": 5})  # only IDs are converted


def test_a_missing_required_key_says_which() -> None:
    with pytest.raises(KeyError, match="MediaList: the response has no data"):
        MediaList.from_dict({"paging": {}})
    with pytest.raises(sdk.ResponseValidationError, match="has no data"):
        client_answering(b'{"paging": {}}').users.get_media()


def test_parsed_models_are_the_same_as_constructed_ones() -> None:
    when = "2025-03-02T08:15:00+0000"
    parsed = Media.from_dict({"id": "1", "caption": "hi", "timestamp": when, "like_count": 3})
    built = Media(id="1", caption="hi", timestamp=datetime(2025, 3, 2, 8, 15, tzinfo=UTC), like_count=3)
    assert parsed == built
    assert parsed.media_url is UNSET
    assert parsed.media_url is built.media_url
    assert attrs.evolve(parsed, caption="other").caption == "other"
    assert pickle.loads(pickle.dumps(parsed)) == parsed
    assert copy.deepcopy(parsed) == parsed
    assert parsed.to_dict() == {"id": "1", "caption": "hi", "timestamp": "2025-03-02T08:15:00+00:00", "like_count": 3}


def test_from_dict_leaves_the_callers_dict_alone() -> None:
    source = {"id": 5, "unknown": 1, "data": [{"id": 6, "extra": True}]}
    before = json.dumps(source)
    page = MediaList.from_dict(source)
    assert json.dumps(source) == before
    assert page.additional_properties == {"id": 5, "unknown": 1}
    assert page.data[0].additional_properties == {"extra": True}
    page.data[0]["extra"] = False
    data = source["data"]
    assert isinstance(data, list)
    assert data[0]["extra"] is True


def test_unknown_keys_are_kept_but_stay_out_of_repr() -> None:
    """Expanded edges the spec does not declare (a future edge) carry the token in paging.next;
    the declared ones (insights, stories, ...) are typed and their Paging.next is x-secret."""
    nxt = f"https://graph.instagram.com/v25.0/1/boosted_edge?access_token={CANARY}&after=x"
    media = Media.from_dict({"id": "1", "boosted_edge": {"data": [], "paging": {"next": nxt}}})
    assert media["boosted_edge"]["paging"]["next"] == nxt  # the data is intact
    assert "boosted_edge" in media.additional_properties
    for text in (repr(media), str(media), repr(MediaList(data=[media]))):
        assert CANARY not in text
        assert "c4n4ry" not in text
    built = Media(id="2")
    built["boosted_edge"] = {"paging": {"next": nxt}}
    assert CANARY not in repr(built)


def test_mapping_access_agrees_with_the_attributes() -> None:
    me = User.from_dict({"id": "1", "username": "ana", "custom": 7})
    assert me["username"] == me.username == "ana"
    assert "username" in me
    assert "custom" in me
    assert "biography" not in me
    assert "nonsense" not in me
    assert 5 not in me
    assert me.get("username") == "ana"
    assert me.get("biography") is None
    assert me.get("biography", "-") == "-"
    assert me["custom"] == 7
    assert me.keys() == ["id", "username", "custom"]
    assert list(me) == ["id", "username", "custom"]
    with pytest.raises(KeyError, match=r"'biography' is not in this User.*fields=.*\.biography"):
        me["biography"]
    with pytest.raises(KeyError, match="neither a field of User"):
        me["nonsense"]
    me["biography"] = "hello"
    assert me.biography == "hello"
    del me["biography"]
    after: User = me  # a fresh name: mypy would keep me.biography narrowed to str across the del
    assert after.biography is UNSET
    assert "biography" not in me
    del me["custom"]
    assert "custom" not in me.additional_properties
    with pytest.raises(KeyError):
        del me["custom"]
    comment = Comment.from_dict({"id": "9", "from": {"id": "3", "username": "bo"}})
    assert comment["from"] is comment.from_
    assert "from" in comment


def test_a_list_response_iterates_its_items() -> None:
    page = client_answering(
        b'{"data": [{"id": "1"}, {"id": "2"}], "paging": {"cursors": {"after": "a"}}}'
    ).users.get_media()
    assert [m.id for m in page] == ["1", "2"]
    assert [c.id for c in CommentList.from_dict({"data": [{"id": "5"}]})] == ["5"]
    assert list(InsightsResponse.from_dict({"data": []})) == []


def test_models_have_a_json_ready_form() -> None:
    page = MediaList.from_dict(
        {"data": [{"id": "1", "timestamp": "2025-03-02T08:15:00+0000", "insights": {"data": [{"value": 1}]}}]}
    )
    with pytest.raises(TypeError):
        json.dumps(page)  # the object itself is not JSON: to_dict() or to_json() is
    expected = {"data": [{"id": "1", "timestamp": "2025-03-02T08:15:00+00:00", "insights": {"data": [{"value": 1}]}}]}
    assert json.loads(json.dumps(page.to_dict())) == expected
    assert json.loads(page.to_json()) == expected
    assert page.to_json(sort_keys=True) == json.dumps(expected, sort_keys=True)


def test_unions_take_the_first_kind_that_matches() -> None:
    from instagram_graph_api_client.models import InsightValue, InsightValueValueType1, OEmbed

    assert InsightValue.from_dict({"value": 5}).value == 5
    assert InsightValue.from_dict({"value": 2.5}).value == 2.5
    breakdown = InsightValue.from_dict({"value": {"FEED": 3}}).value
    assert isinstance(breakdown, InsightValueValueType1)
    assert breakdown["FEED"] == 3
    assert OEmbed.from_dict({"width": None}).width is None
    assert OEmbed.from_dict({"width": 640}).width == 640
    with pytest.raises(TypeError, match=r"InsightValue\.value: expected a finite number or an object, got a string"):
        InsightValue.from_dict({"value": "5"})
    with pytest.raises(TypeError, match=r"OEmbed\.width: expected an integer or null, got a number"):
        OEmbed.from_dict({"width": 1e999})


def test_a_required_key_is_checked_under_its_json_name() -> None:
    from instagram_graph_api_client.models import OutgoingAttachment

    attachment = OutgoingAttachment.from_dict({"type": "image", "payload": {"url": "https://example.com/a.jpg"}})
    assert attachment.type_ == "image"  # JSON `type`, attribute `type_`
    with pytest.raises(KeyError, match="OutgoingAttachment: the response has no type"):
        OutgoingAttachment.from_dict({"type_": "image", "payload": {}})


def test_a_union_tries_the_list_wrapper_only_when_its_keys_are_there(monkeypatch: pytest.MonkeyPatch) -> None:
    """`GET /me` is documented both plain and inside `{"data": [...]}`: the generated union asks
    `UserList.fits` (one set comparison) before trying the wrapper, so a plain answer never
    raises and catches a KeyError (scripts/codegen/templates/property_templates/union_property.py.jinja)."""
    import httpx

    from instagram_graph_api_client.api.users import get_profile
    from instagram_graph_api_client.models import User, UserList

    assert UserList.fits({"data": []})
    assert not UserList.fits({"id": "1"})
    assert User.fits({})  # nothing required

    tried: list[object] = []
    original = UserList.from_dict.__func__  # type: ignore[attr-defined]

    def spy(cls: type[UserList], src: Any) -> UserList:
        tried.append(src)
        return original(cls, src)  # type: ignore[no-any-return]

    monkeypatch.setattr(UserList, "from_dict", classmethod(spy))
    plain = get_profile.parse_response(httpx.Response(200, content=b'{"id": "1", "username": "a"}'))
    assert isinstance(plain, User)
    assert tried == []  # the wrapper was not tried
    wrapped = get_profile.parse_response(httpx.Response(200, content=b'{"data": [{"id": "1"}]}'))
    assert isinstance(wrapped, UserList)
    assert len(tried) == 1
