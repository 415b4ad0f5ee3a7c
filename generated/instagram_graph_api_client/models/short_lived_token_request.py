from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.short_lived_token_request_grant_type import (
    ShortLivedTokenRequestGrantType,
    check_short_lived_token_request_grant_type,
)
from ..types import (
    ID,
    Custom,
    Model,
    parse_model,
)

T = TypeVar("T", bound="ShortLivedTokenRequest")


@_attrs_define(slots=False)
class ShortLivedTokenRequest(Model):
    client_id: str
    """ The Instagram app ID. """
    client_secret: str = _attrs_field(repr=False)
    """ The Instagram app secret. """
    grant_type: ShortLivedTokenRequestGrantType
    redirect_uri: str
    """ Identical to the one used to authorize. """
    code: str = _attrs_field(repr=False)
    """ The authorization code """
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        grant_type: str = self.grant_type

        redirect_uri = self.redirect_uri

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "client_secret": client_secret,
                "grant_type": grant_type,
                "redirect_uri": redirect_uri,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        return {
            "client_id": ("client_id", ID),
            "client_secret": ("client_secret", str),
            "grant_type": (
                "grant_type",
                Custom(ShortLivedTokenRequest._parse_grant_type),
            ),
            "redirect_uri": ("redirect_uri", str),
            "code": ("code", str),
        }

    @staticmethod
    def _parse_grant_type(value: Any) -> Any:
        grant_type = check_short_lived_token_request_grant_type(value)

        return grant_type

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
