"""Helpers for the token-store tests and the sweep benchmark."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

CANARY = "c4n4ry|tok/en+x=y"  # not shaped like a Meta token, on purpose


def seed(store: Any, fake: Any, count: int, *, age: timedelta = timedelta(days=55), prefix: str = "acct") -> list[str]:
    """`count` accounts whose fake tokens were issued `age` ago, stored with the same times."""
    ids = []
    now = fake.clock()
    for i in range(count):
        account_id = f"{prefix}{i:05d}"
        token = fake.issue_token(age=age)
        store.put(account_id, token, issued_at=now - age, expires_at=now - age + timedelta(days=60))
        ids.append(account_id)
    return ids


def refresh_calls(fake: Any) -> int:
    return sum(1 for e in fake.exchanges if e.operation_id == "refresh_token")
