"""The overlay's sync twins are generated from their async source, and the drift check catches an
edited (or orphaned) sync module; the twins' signatures and docstrings match."""

from __future__ import annotations

import inspect
import re
import shutil
from pathlib import Path
from types import FunctionType

import check_generated
import check_spec
import generate
import pytest
import unasync_overlay

from instagram_graph_api_sdk import _pagination
from instagram_graph_api_sdk.resources import (
    _auth,
    _comments,
    _conversations,
    _media,
    _messaging,
    _messenger_profile,
    _publishing,
    _publishing_async,
    _users,
    _welcome_flows,
)

PAIRS = [
    (_auth.AuthResource, _auth.AsyncAuthResource),
    (_users.UsersResource, _users.AsyncUsersResource),
    (_messaging.MessagingResource, _messaging.AsyncMessagingResource),
    (_publishing.PublishingResource, _publishing_async.AsyncPublishingResource),
    (_comments.CommentsResource, _comments.AsyncCommentsResource),
    (_conversations.ConversationsResource, _conversations.AsyncConversationsResource),
    (_welcome_flows.WelcomeFlowsResource, _welcome_flows.AsyncWelcomeFlowsResource),
    (_messenger_profile.MessengerProfileResource, _messenger_profile.AsyncMessengerProfileResource),
    (_media.MediaResource, _media.AsyncMediaResource),
]


@pytest.fixture
def overlay(tmp_path: Path) -> Path:
    """A copy of the overlay package to edit."""
    copy = tmp_path / "instagram_graph_api_sdk"
    shutil.copytree(unasync_overlay.OVERLAY, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_the_committed_sync_modules_are_what_unasync_makes_of_their_source() -> None:
    assert unasync_overlay.problems() == []
    made = unasync_overlay.expected()
    assert {p.relative_to(unasync_overlay.OVERLAY).as_posix() for p in made} >= {
        "_sync/pagination.py",
        "resources/_sync/auth.py",
        "resources/_sync/messaging.py",
        "resources/_sync/publishing.py",
        "resources/_sync/media.py",
        "resources/_sync/users.py",
        "tokens/_sync/sweep.py",
    }
    for path, text in made.items():
        assert text.startswith("# Generated from instagram_graph_api_sdk/")
        assert "by scripts/unasync_overlay.py; do not edit." in text.splitlines()[0]
        assert re.search(r"\basync def\b|\bawait\b|\bAsync[A-Z]", text) is None, path


def test_an_edited_sync_module_is_caught(overlay: Path) -> None:
    edited = overlay / "resources" / "_sync" / "comments.py"
    edited.write_text(edited.read_text().replace("Show a hidden comment again.", "Show it again."))
    assert unasync_overlay.problems(overlay) == [
        "differs from its async source: instagram_graph_api_sdk/resources/_sync/comments.py"
    ]


def test_a_missing_or_orphaned_sync_module_is_caught(overlay: Path) -> None:
    (overlay / "_sync" / "pagination.py").unlink()
    (overlay / "resources" / "_sync" / "stale.py").write_text("X = 1\n")
    assert unasync_overlay.problems(overlay) == [
        "differs from its async source: instagram_graph_api_sdk/_sync/pagination.py",
        "no async source for this generated module (remove it): instagram_graph_api_sdk/resources/_sync/stale.py",
    ]


def test_check_generated_fails_on_an_edited_sync_module(
    overlay: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = overlay / "resources" / "_sync" / "auth.py"
    edited.write_text(edited.read_text() + "\nEXTRA = 1\n")
    real_problems = unasync_overlay.problems
    monkeypatch.setattr(unasync_overlay, "problems", lambda: real_problems(overlay))
    # generated/ itself is not under test here: "regenerate" it as the committed copy.
    monkeypatch.setattr(generate, "build", lambda spec, target: shutil.copytree(generate.TARGET, target))
    assert check_generated.main() == 1
    err = capsys.readouterr().err
    assert "differs from its async source: instagram_graph_api_sdk/resources/_sync/auth.py" in err
    assert "edit the _async/ source" in err


def test_regenerating_restores_an_edited_sync_module(overlay: Path) -> None:
    edited = overlay / "_sync" / "pagination.py"
    original = edited.read_text()
    edited.write_text(original.replace("hold one page at a time", "hold pages"))
    assert unasync_overlay.main(overlay) == 0
    assert edited.read_text() == original
    assert unasync_overlay.problems(overlay) == []


@pytest.mark.parametrize(("sync", "async_"), PAIRS, ids=lambda c: c.__name__)
def test_the_twins_have_the_same_methods_signatures_and_docstrings(sync: type, async_: type) -> None:
    def own(cls: type) -> dict[str, FunctionType]:
        return {n: f for n, f in vars(cls).items() if inspect.isfunction(f)}

    sync_methods, async_methods = own(sync), own(async_)
    assert sync_methods.keys() == async_methods.keys()
    assert sync.__doc__ == async_.__doc__
    for name, method in async_methods.items():
        twin = sync_methods[name]
        assert inspect.iscoroutinefunction(method), name
        assert not inspect.iscoroutinefunction(twin), name
        assert twin.__doc__ == method.__doc__, name
        params = inspect.signature(method).parameters
        assert list(inspect.signature(twin).parameters) == list(params), name


def test_paginate_and_apaginate_share_their_docstring_and_parameters() -> None:
    assert _pagination.paginate.__doc__ == _pagination.apaginate.__doc__
    assert inspect.signature(_pagination.paginate).parameters.keys() == (
        inspect.signature(_pagination.apaginate).parameters.keys()
    )


def test_the_sleep_defaults_stay_as_documented() -> None:
    """The sync waits default to time.sleep, the async ones to None (asyncio.sleep at the call)."""
    import time

    for name in ("publish", "wait_for_container", "wait_and_publish", "create_carousel"):
        sync = inspect.signature(getattr(_publishing.PublishingResource, name)).parameters["sleep"]
        async_ = inspect.signature(getattr(_publishing_async.AsyncPublishingResource, name)).parameters["sleep"]
        assert sync.default is time.sleep, name
        assert async_.default is None, name


def test_create_video_container_takes_the_spec_options() -> None:
    """Every container parameter of the spec is a keyword of create_video_container and
    create_resumable_upload, except those they set themselves (or that make no sense for a video)."""
    spec = check_spec.load()
    properties = set(spec["components"]["schemas"]["CreateContainerRequest"]["properties"])
    options = properties - {"image_url", "video_url", "media_type", "children", "upload_type"}
    assert len(options) == 15
    for cls in (_publishing.PublishingResource, _publishing_async.AsyncPublishingResource):
        video = inspect.signature(cls.create_video_container).parameters
        assert set(video) == options | {"self", "video_url", "media_type", "ig_user_id"}
        assert all(p.kind is not inspect.Parameter.VAR_KEYWORD for p in video.values())
        upload = inspect.signature(cls.create_resumable_upload).parameters
        assert set(upload) == options | {"self", "media_type", "ig_user_id"}
