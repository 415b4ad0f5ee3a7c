"""The token store's errors: every one an InstagramError whose message says what to do."""

from __future__ import annotations

from .._exceptions import InstagramError


class TokenStoreError(InstagramError):
    """The token store cannot do what was asked (database unreadable, schema too new, ...)."""


class TokenKeyError(TokenStoreError):
    """No encryption key, a wrong key, or a ciphertext that belongs to another account.

    The store never falls back to plaintext: without the right key nothing is read or written."""


class TokenNotFoundError(TokenStoreError, KeyError):
    """No token is stored for this account id."""

    def __str__(self) -> str:  # KeyError would quote the message
        return InstagramError.__str__(self)
