"""Field expansions (`mentioned_media.media_id(ID){fields}`): the ID, the username and the
fields spliced inside are checked with fullmatch, so nothing can end the expansion early."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import instagram_graph_api_sdk as sdk
from instagram_graph_api_sdk._fields import MAX_DEPTH, checked_fields

VALID = [
    "id",
    "id,caption",
    "children{media_url}",
    "id,insights.metric(reach){values}",
    "insights.metric(reach,likes).period(day){name,values}",
    "media.limit(5){id,comments{text,replies{text}}}",
    "business_discovery.username(some.user_1){followers_count}",
    ["id", "children{media_url}"],
]
INVALID = [
    "",
    ",",
    "id,",
    ",id",
    "id,,caption",
    "id caption",
    "id, caption",
    "id\n",
    "caption}",
    "caption},id",
    "children{media_url",
    "children{}",
    "children{media_url}}",
    "{id}",
    "id{",
    "insights.metric(reach",
    "insights.(reach)",
    "insights.metric(re{ach)",
    "id&access_token=x",
    "id#",
    "id?x",
    "id/..",
    "caption\x00",
    "a" + "{a" * (MAX_DEPTH + 1) + "}" * (MAX_DEPTH + 1),
]


@pytest.mark.parametrize("fields", VALID, ids=repr)
def test_valid_field_lists_pass_unchanged(fields: Any) -> None:
    assert checked_fields(fields) == (fields if isinstance(fields, str) else ",".join(fields))


@pytest.mark.parametrize("fields", INVALID, ids=repr)
def test_invalid_field_lists_are_refused(fields: str) -> None:
    with pytest.raises(sdk.InvalidArgumentError, match="not a valid field list"):
        checked_fields(fields)


def test_deep_nesting_is_refused_without_recursion_error() -> None:
    deep = "a" + "{a" * 10_000 + "}" * 10_000
    with pytest.raises(sdk.InvalidArgumentError):
        checked_fields(deep)


def recorder() -> tuple[list[httpx.Request], Any]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"id": "1", "mentioned_media": {"id": "17895695668004550"}})

    return sent, handler


@pytest.mark.parametrize("media_id", ["17895695668004550\n", "1789\n5", "", "..", "1)}{x", " 1", None, ["1"]], ids=repr)
def test_mentioned_media_refuses_a_bad_id(make_client: Any, media_id: Any) -> None:
    sent, handler = recorder()
    with pytest.raises(sdk.InvalidArgumentError):
        make_client(handler).users.get_mentioned_media(media_id)
    assert sent == []


@pytest.mark.parametrize("fields", ["caption}", "caption},id", "id,insights.metric(reach", "id\n", "a b"], ids=repr)
def test_mentioned_media_refuses_fields_that_break_out(make_client: Any, fields: str) -> None:
    sent, handler = recorder()
    with pytest.raises(sdk.InvalidArgumentError, match="not a valid field list"):
        make_client(handler).users.get_mentioned_media("17895695668004550", fields=fields)
    with pytest.raises(sdk.InvalidArgumentError, match="not a valid field list"):
        make_client(handler).users.get_mentioned_comment("17858893269000001", fields=fields)
    assert sent == []


def test_mentioned_media_sends_expansions_with_nested_fields(make_client: Any) -> None:
    sent, handler = recorder()
    media = make_client(handler).users.get_mentioned_media(
        17895695668004550, fields="id,children{media_url},insights.metric(reach){values}"
    )
    assert media.id == "17895695668004550"
    assert sent[0].url.params["fields"] == (
        "mentioned_media.media_id(17895695668004550){id,children{media_url},insights.metric(reach){values}}"
    )


@pytest.mark.parametrize("username", ["user\n", "a b", "x){id}", "", "a" * 31], ids=repr)
def test_business_discovery_refuses_a_bad_username(make_client: Any, username: str) -> None:
    sent, handler = recorder()
    client = make_client(handler, login="facebook", ig_user_id="17841400000000001")
    with pytest.raises(sdk.InvalidArgumentError, match="username"):
        client.users.get_business_discovery(username)
    assert sent == []


async def test_async_expansions_are_checked(make_async_client: Any) -> None:
    sent, handler = recorder()
    client = make_async_client(handler)
    with pytest.raises(sdk.InvalidArgumentError):
        await client.users.get_mentioned_media("17895695668004550\n")
    with pytest.raises(sdk.InvalidArgumentError):
        await client.users.get_mentioned_comment("17858893269000001", fields="text}")
    assert sent == []
    await client.close()
