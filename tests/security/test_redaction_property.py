"""Property: any registered secret (printable, or with control and non-ASCII characters) is
redacted in every form, inside any text. `make fuzz` runs more examples."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from instagram_graph_api_sdk._redact import REDACTED, redact, register_secret

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canaries import forms

FUZZ = settings(
    max_examples=int(os.environ.get("INSTAGRAM_FUZZ_EXAMPLES", "150")),
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
# Surrounding text from characters no form of a secret starts or ends with, so a "leak" found in
# the output is the secret's and not one the test made up across the [REDACTED] boundary.
AROUND = st.text(alphabet=" \t:;,()", max_size=20)


@pytest.mark.fuzz
@FUZZ
@given(
    secret=st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=8, max_size=40).filter(
        lambda s: s.strip() == s and "[" not in s and "]" not in s
    ),
    prefix=AROUND,
    suffix=AROUND,
)
def test_every_form_of_any_registered_secret_is_redacted(secret: str, prefix: str, suffix: str) -> None:
    register_secret(secret)
    for name, rendered in forms(secret).items():
        out = redact(prefix + rendered + suffix)
        assert rendered not in out, name
        assert REDACTED in out, name
