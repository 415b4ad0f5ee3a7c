"""`client.messenger_profile`: ice breakers and the persistent menu (TypeScript SDK parity)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from instagram_graph_api_client.models.ice_breaker_locale import IceBreakerLocale
from instagram_graph_api_client.models.messenger_profile_entry import MessengerProfileEntry
from instagram_graph_api_client.models.persistent_menu import PersistentMenu
from instagram_graph_api_client.models.result_response import ResultResponse
from instagram_graph_api_client.params import IceBreakerLocaleParam, PersistentMenuParam
from instagram_graph_api_client.resources.messenger_profile import AsyncMessengerProfileResource as _AsyncProfile

IceBreakers = Sequence[IceBreakerLocale | IceBreakerLocaleParam]
Menus = Sequence[PersistentMenu | PersistentMenuParam]


def _deleted(fields: str) -> str:
    # Meta's collection sends the properties to delete as a JSON array in the query value.
    return json.dumps([fields])


class AsyncMessengerProfileResource(_AsyncProfile):
    """`client.messenger_profile`: ice breakers and the persistent menu."""

    __slots__ = ()

    async def get_ice_breakers(self) -> list[MessengerProfileEntry]:
        """The ice breakers, one entry per locale."""
        return (await self.get("ice_breakers")).data

    async def set_ice_breakers(self, ice_breakers: IceBreakers) -> ResultResponse:
        """Set the ice breakers (at most 4 questions per locale)."""
        return await self.set(platform="instagram", ice_breakers=ice_breakers)

    async def delete_ice_breakers(self) -> ResultResponse:
        """Remove the ice breakers."""
        return await self.delete(_deleted("ice_breakers"))

    async def get_persistent_menu(self) -> list[MessengerProfileEntry]:
        """The persistent menu."""
        return (await self.get("persistent_menu")).data

    async def set_persistent_menu(self, menus: Menus) -> ResultResponse:
        """Set the persistent menu."""
        return await self.set(platform="instagram", persistent_menu=menus)

    async def delete_persistent_menu(self) -> ResultResponse:
        """Remove the persistent menu."""
        return await self.delete(_deleted("persistent_menu"))
