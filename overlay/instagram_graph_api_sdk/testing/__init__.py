"""Offline Instagram for tests and demos: `FakeInstagram` (in-process transport or loopback
server) and the `fake_instagram` pytest fixture."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .fake import FakeInstagram, FakeServer

__all__ = ["FakeInstagram", "FakeServer"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import fake

        return getattr(fake, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
