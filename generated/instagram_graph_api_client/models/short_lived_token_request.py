from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.short_lived_token_request_grant_type import (
    ShortLivedTokenRequestGrantType,
    check_short_lived_token_request_grant_type,
)

T = TypeVar("T", bound="ShortLivedTokenRequest")


@_attrs_define
class ShortLivedTokenRequest:
    client_id: str
    """ The Instagram app ID. """
    client_secret: str = _attrs_field(repr=False)
    """ The Instagram app secret. """
    grant_type: ShortLivedTokenRequestGrantType
    redirect_uri: str
    """ Identical to the one used to authorize. """
    code: str = _attrs_field(repr=False)
    """ The authorization code """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        grant_type = check_short_lived_token_request_grant_type(d.pop("grant_type"))

        redirect_uri = d.pop("redirect_uri")

        code = d.pop("code")

        short_lived_token_request = cls(
            client_id=client_id,
            client_secret=client_secret,
            grant_type=grant_type,
            redirect_uri=redirect_uri,
            code=code,
        )

        short_lived_token_request.additional_properties = d
        return short_lived_token_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
