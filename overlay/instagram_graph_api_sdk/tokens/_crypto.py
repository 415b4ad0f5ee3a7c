"""Token encryption: Fernet (AES-128-CBC + HMAC-SHA256), MultiFernet for key rotation.

The account id is bound into every ciphertext (the plaintext is `account_id NUL token`, checked
on decrypt), so a row copied onto another account fails to decrypt instead of handing one
account's token to another. cryptography is imported here only, when a store is opened.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ._errors import TokenKeyError

if TYPE_CHECKING:
    from cryptography.fernet import MultiFernet

KEY_ENV = "INSTAGRAM_TOKEN_KEY"
_NO_KEY = (
    f"no encryption key for the token store: pass key= (one Fernet key or a list, newest first) or set "
    f"{KEY_ENV} (comma-separated). Make one with: python -c "
    '"from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"'
)


def _keys(key: str | bytes | Sequence[str | bytes] | None) -> list[bytes]:
    if key is None:
        raw = os.environ.get(KEY_ENV, "")
        keys: list[str | bytes] = [k.strip() for k in raw.split(",") if k.strip()]
    elif isinstance(key, str | bytes):
        keys = [key]
    elif isinstance(key, list | tuple):
        keys = list(key)
    else:
        raise TokenKeyError(f"key must be a Fernet key (str or bytes) or a list of them, got {type(key).__name__}")
    if not keys:
        raise TokenKeyError(_NO_KEY)
    out: list[bytes] = []
    for k in keys:
        if not isinstance(k, str | bytes):
            raise TokenKeyError(f"every key must be a str or bytes Fernet key, got {type(k).__name__}")
        out.append(k.encode("ascii", "replace") if isinstance(k, str) else k)
    return out


class TokenCipher:
    """Encrypts with the first key, decrypts with any (rotation: put the new key first)."""

    __slots__ = ("_fernet",)

    def __init__(self, key: str | bytes | Sequence[str | bytes] | None) -> None:
        from cryptography.fernet import Fernet, MultiFernet

        fernets = []
        for index, k in enumerate(_keys(key)):
            try:
                fernets.append(Fernet(k))
            except (ValueError, TypeError):
                raise TokenKeyError(
                    f"key #{index + 1} is not a Fernet key (32 url-safe base64-encoded bytes); "
                    "generate one with Fernet.generate_key()"
                ) from None
        self._fernet: MultiFernet = MultiFernet(fernets)

    def encrypt(self, account_id: str, token: str) -> bytes:
        return self._fernet.encrypt(account_id.encode() + b"\0" + token.encode())

    def decrypt(self, account_id: str, blob: bytes) -> str:
        from cryptography.fernet import InvalidToken

        try:
            plain = self._fernet.decrypt(bytes(blob))
        except InvalidToken:
            raise TokenKeyError(
                f"the token of account {account_id} cannot be decrypted with the configured key(s): wrong "
                f"{KEY_ENV}, or a rotated-out key missing from the list (keep old keys after the new one)"
            ) from None
        owner, sep, token = plain.partition(b"\0")
        if not sep or owner != account_id.encode():
            raise TokenKeyError(
                f"the stored ciphertext for account {account_id} belongs to another account (a copied row?); "
                "refusing to use it: log this account in again"
            )
        return token.decode()

    def rotate(self, blob: bytes) -> bytes:
        """Re-encrypt with the first key (after key rotation)."""
        from cryptography.fernet import InvalidToken

        try:
            return self._fernet.rotate(bytes(blob))
        except InvalidToken:
            raise TokenKeyError("a stored token cannot be decrypted with any configured key") from None
