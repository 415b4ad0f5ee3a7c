"""Path parameters (object IDs) are checked before anything is sent, for every operation."""

from __future__ import annotations

import inspect
import re
from typing import Any

import httpx
import pytest
from helpers import appending

import instagram_graph_api_sdk as sdk
from instagram_graph_api_client._operations import OPERATIONS
from instagram_graph_api_sdk._ids import path_id

# Every path parameter any operation has (read from the operations table, not typed by hand).
PATH_PARAMS = sorted({name for op in OPERATIONS.values() for name in re.findall(r"\{(\w+)\}", op.path)})
ID_PARAMS = [name for name in PATH_PARAMS if name != "api_version"]

BAD = [
    "",
    ".",
    "..",
    "/",
    "1/2",
    "../me",
    "1?x=y",
    "1#frag",
    "1 2",
    " 1",
    "1\n",
    "1\r\n",
    "1\t",
    "1\x00",
    "1\x7f",
    "%2e%2e",
    "1;2",
    "1,2",
    "17.5",
    "é1",
    "1" * 257,
    None,
    True,
    False,
    1.5,
    -1,
    b"123",
    ["1"],
    ("1",),
    {"id": "1"},
]
GOOD = {
    "17895695668004550": "17895695668004550",
    17895695668004550: "17895695668004550",
    0: "0",
    "me": "me",
    "aWdfZAG06MTpJR01lc3NhZAlRocmVhZAD-_x==": "aWdfZAG06MTpJR01lc3NhZAlRocmVhZAD-_x==",
}


def test_the_table_covers_every_path_parameter() -> None:
    assert set(PATH_PARAMS) >= {"ig_user_id", "ig_media_id", "ig_comment_id", "ig_container_id", "conversation_id"}
    assert "api_version" in PATH_PARAMS


@pytest.mark.parametrize("value", BAD, ids=repr)
def test_bad_ids_are_refused(value: object) -> None:
    for name in ID_PARAMS:
        with pytest.raises(sdk.InvalidIdError) as caught:
            path_id(name, value)
        assert caught.value.parameter == name
        assert isinstance(caught.value, sdk.InvalidArgumentError)
        assert name in str(caught.value)
        assert "\n" not in str(caught.value)  # control characters are shown escaped, never raw


@pytest.mark.parametrize(("value", "expected"), list(GOOD.items()), ids=repr)
def test_ids_and_integers_are_accepted(value: object, expected: str) -> None:
    assert {path_id(name, value) for name in ID_PARAMS} == {expected}


def test_the_api_version_has_its_own_shape() -> None:
    assert path_id("api_version", "v25.0") == "v25.0"
    for bad in ("25.0", "v25", "v25.0/../x", "", None):
        with pytest.raises(sdk.InvalidIdError):
            path_id("api_version", bad)


def test_a_canary_token_passed_as_an_id_is_not_echoed() -> None:
    canary = "c4n4ry|tok/en+x=y"
    sdk.InstagramClient(canary)  # registers it as a secret, as every client does
    with pytest.raises(sdk.InvalidIdError) as caught:
        path_id("ig_media_id", canary)
    assert canary not in str(caught.value)


def _namespace_methods() -> list[tuple[str, str, str]]:
    """(namespace, method, the positional path parameter) for every namespace method with one."""
    from instagram_graph_api_client.resources import RESOURCE_CLASSES

    found = []
    for tag, (module, sync_name, _) in RESOURCE_CLASSES.items():
        mod = __import__(f"instagram_graph_api_client.resources.{module}", fromlist=[sync_name])
        cls = getattr(mod, sync_name)
        for method, op in cls._operations.items():
            params = re.findall(r"\{(\w+)\}", op.path)
            for name in params:
                if name in inspect.signature(getattr(cls, method)).parameters:
                    found.append((tag, method, name))
    return found


def _dummy_arguments(func: Any, bad_name: str, bad_value: object) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(func).parameters.items():
        if name == bad_name:
            kwargs[name] = bad_value
        elif param.default is inspect.Parameter.empty:
            kwargs[name] = "x"
    return kwargs


METHODS = _namespace_methods()


def test_every_operation_with_an_id_is_covered() -> None:
    covered = {(tag, method) for tag, method, _ in METHODS}
    expected = {
        (op.tag, op.method_name)
        for op in OPERATIONS.values()
        if not op.hidden and set(re.findall(r"\{(\w+)\}", op.path)) - {"api_version"}
    }
    assert ("comments", "delete") in covered
    assert expected <= covered, expected - covered


@pytest.mark.parametrize(("tag", "method", "name"), METHODS, ids=str)
def test_no_request_leaves_with_a_bad_id(make_client: Any, tag: str, method: str, name: str) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    op = type(getattr(make_client(handler), tag))._operations[method]
    login = {"facebook": {"login": "facebook", "ig_user_id": "17841400000000001"}}.get(op.login, {})
    func = getattr(getattr(make_client(handler, **login), tag), method)
    for bad in ("", "..", "1/2", "1?a=b", "1#x", "1\n", " 1", None, True, ["1"]):
        if bad is None and name in ("ig_user_id", "instagram_business_account_id"):
            continue  # None is the documented default (`me`)
        with pytest.raises(sdk.InvalidIdError) as caught:
            func(**_dummy_arguments(func, name, bad))
        assert str(caught.value).startswith(f"{tag}.{op.method_name}: ")
        assert caught.value.parameter in (name, "ig_user_id")  # the public name of the user ID
    assert sent == []


@pytest.mark.parametrize("bad", ["", "..", "me/media", " 1", "1\n", False, 0.0])
def test_ig_user_id_is_never_silently_me(make_client: Any, bad: Any) -> None:
    sent: list[httpx.Request] = []
    client = make_client(appending(sent, 200, json={"id": "1"}))
    with pytest.raises(sdk.InvalidIdError):
        client.users.get_profile(ig_user_id=bad)
    assert sent == []
    client.users.get_profile(ig_user_id=None)  # None (the default) is `me`
    assert sent[0].url.path == "/v25.0/me"


def test_a_configured_empty_ig_user_id_is_refused(make_client: Any) -> None:
    sent: list[httpx.Request] = []
    client = make_client(appending(sent, 200, json={"id": "1"}), ig_user_id="")
    with pytest.raises(sdk.InvalidIdError):
        client.users.get_profile()
    assert sent == []


def test_with_options_empty_ig_user_id_is_refused_not_the_parents(make_client: Any) -> None:
    # A copy given ig_user_id="" must not quietly use the parent's account (or `me`).
    sent: list[httpx.Request] = []
    client = make_client(appending(sent, 200, json={"id": "1"}), ig_user_id="17841400000000001")
    with pytest.raises(sdk.InvalidIdError):
        client.with_options(ig_user_id="").users.get_profile()
    assert sent == []
    client.with_options().users.get_profile()  # None keeps the parent's account
    assert sent[0].url.path == "/v25.0/17841400000000001"


def test_comment_delete_dot_dot_sends_nothing_and_integers_work(make_client: Any) -> None:
    sent: list[httpx.Request] = []
    client = make_client(appending(sent, 200, json={"success": True}))
    with pytest.raises(sdk.InvalidIdError, match=r"comments\.delete: ig_comment_id"):
        client.comments.delete("..")
    assert sent == []
    client.comments.delete(17858893269000001)
    assert sent[0].url.path == "/v25.0/17858893269000001"


async def test_async_namespaces_check_ids_too(make_async_client: Any) -> None:
    sent: list[httpx.Request] = []
    client = make_async_client(appending(sent, 200, json={"success": True}))
    with pytest.raises(sdk.InvalidIdError):
        await client.comments.delete("..")
    with pytest.raises(sdk.InvalidIdError):
        await client.users.get_profile(ig_user_id="")
    assert sent == []
    await client.close()
