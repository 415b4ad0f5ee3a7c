"""pytest plugin (entry point `pytest11`): the `fake_instagram` fixture, like respx and moto.

    def test_my_app(fake_instagram):
        client = fake_instagram.client()          # an InstagramClient wired to the fake
        media = fake_instagram.state.media        # the seeded media (also comments, conversations...)

Loaded by pytest whenever the package is installed; it imports nothing heavy until a test asks
for the fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .fake import FakeInstagram


@pytest.fixture
def fake_instagram() -> Iterator[FakeInstagram]:
    """A fresh, seeded FakeInstagram (in-process; call `.serve()` for a loopback server)."""
    from .fake import FakeInstagram

    fake = FakeInstagram()
    try:
        yield fake
    finally:
        fake.close()
