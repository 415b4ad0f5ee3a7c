# Generated from instagram_graph_api_sdk/resources/_async/messenger_profile.py by scripts/unasync_overlay.py; do not edit.  # noqa: E501
"""`client.messenger_profile`: ice breakers and the persistent menu (TypeScript SDK parity)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from instagram_graph_api_client.models.ice_breaker_locale import IceBreakerLocale
from instagram_graph_api_client.models.messenger_profile_entry import MessengerProfileEntry
from instagram_graph_api_client.models.persistent_menu import PersistentMenu
from instagram_graph_api_client.models.result_response import ResultResponse
from instagram_graph_api_client.params import IceBreakerLocaleParam, PersistentMenuParam
from instagram_graph_api_client.resources.messenger_profile import MessengerProfileResource as _Profile

IceBreakers = Sequence[IceBreakerLocale | IceBreakerLocaleParam]
Menus = Sequence[PersistentMenu | PersistentMenuParam]


def _deleted(fields: str) -> str:
    # Meta's collection sends the properties to delete as a JSON array in the query value.
    return json.dumps([fields])


class MessengerProfileResource(_Profile):
    """`client.messenger_profile`: ice breakers and the persistent menu."""

    __slots__ = ()

    def get_ice_breakers(self) -> list[MessengerProfileEntry]:
        """The ice breakers, one entry per locale."""
        return (self.get("ice_breakers")).data

    def set_ice_breakers(self, ice_breakers: IceBreakers) -> ResultResponse:
        """Set the ice breakers (at most 4 questions per locale)."""
        return self.set(platform="instagram", ice_breakers=ice_breakers)

    def delete_ice_breakers(self) -> ResultResponse:
        """Remove the ice breakers."""
        return self.delete(_deleted("ice_breakers"))

    def get_persistent_menu(self) -> list[MessengerProfileEntry]:
        """The persistent menu."""
        return (self.get("persistent_menu")).data

    def set_persistent_menu(self, menus: Menus) -> ResultResponse:
        """Set the persistent menu."""
        return self.set(platform="instagram", persistent_menu=menus)

    def delete_persistent_menu(self) -> ResultResponse:
        """Remove the persistent menu."""
        return self.delete(_deleted("persistent_menu"))
