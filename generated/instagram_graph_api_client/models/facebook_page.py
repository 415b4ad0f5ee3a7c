from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_only import IdOnly


T = TypeVar("T", bound="FacebookPage")


@_attrs_define
class FacebookPage:
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    access_token: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ The Page access token. """
    tasks: list[str] | Unset = UNSET
    instagram_business_account: IdOnly | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.id_only import IdOnly  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        access_token = d.pop("access_token", UNSET)

        tasks = cast(list[str], d.pop("tasks", UNSET))

        _instagram_business_account = d.pop("instagram_business_account", UNSET)
        instagram_business_account: IdOnly | Unset
        if isinstance(_instagram_business_account, Unset):
            instagram_business_account = UNSET
        else:
            instagram_business_account = IdOnly.from_dict(_instagram_business_account)

        facebook_page = cls(
            id=id,
            name=name,
            access_token=access_token,
            tasks=tasks,
            instagram_business_account=instagram_business_account,
        )

        facebook_page.additional_properties = d
        return facebook_page

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
