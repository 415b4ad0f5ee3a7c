from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ID,
    UNSET,
    ListOf,
    Model,
    Unset,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.id_only import IdOnly


T = TypeVar("T", bound="FacebookPage")


@_attrs_define(slots=False)
class FacebookPage(Model):
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    access_token: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ The Page access token. """
    tasks: list[str] | Unset = UNSET
    instagram_business_account: IdOnly | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        access_token = self.access_token

        tasks: list[str] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks

        instagram_business_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instagram_business_account, Unset):
            instagram_business_account = self.instagram_business_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if instagram_business_account is not UNSET:
            field_dict["instagram_business_account"] = instagram_business_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return parse_model(cls, src_dict)

    @staticmethod
    def _json_fields() -> dict[str, tuple[str, Any]]:
        """Each JSON key: (attribute, kind), for types.parse_model (called once, on first use)."""
        from ..models.id_only import IdOnly  # noqa: PLC0415

        return {
            "id": ("id", ID),
            "name": ("name", str),
            "access_token": ("access_token", str),
            "tasks": ("tasks", ListOf(str)),
            "instagram_business_account": ("instagram_business_account", IdOnly),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
