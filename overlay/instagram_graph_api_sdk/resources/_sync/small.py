# Generated from instagram_graph_api_sdk/resources/_async/small.py by scripts/unasync_overlay.py; do not edit.
"""Small TypeScript-SDK parity additions: unhide, find_by_user, welcome flow get/update,
ice breakers and persistent menu, media.get_insights."""

from __future__ import annotations

import json
from collections.abc import Sequence

from instagram_graph_api_client.models.conversation_list import ConversationList
from instagram_graph_api_client.models.ice_breaker_locale import IceBreakerLocale
from instagram_graph_api_client.models.insights_response import InsightsResponse
from instagram_graph_api_client.models.messenger_profile_entry import MessengerProfileEntry
from instagram_graph_api_client.models.persistent_menu import PersistentMenu
from instagram_graph_api_client.models.result_response import ResultResponse
from instagram_graph_api_client.models.success_response import SuccessResponse
from instagram_graph_api_client.models.welcome_flow import WelcomeFlow
from instagram_graph_api_client.models.welcome_flow_saved import WelcomeFlowSaved
from instagram_graph_api_client.models.welcome_flow_step import WelcomeFlowStep
from instagram_graph_api_client.params import IceBreakerLocaleParam, PersistentMenuParam, WelcomeFlowStepParam
from instagram_graph_api_client.resources.comments import CommentsResource as _Comments
from instagram_graph_api_client.resources.conversations import ConversationsResource as _Conversations
from instagram_graph_api_client.resources.insights import InsightsResource
from instagram_graph_api_client.resources.media import MediaResource as _Media
from instagram_graph_api_client.resources.messenger_profile import MessengerProfileResource as _Profile
from instagram_graph_api_client.resources.welcome_flows import WelcomeFlowsResource as _Flows
from instagram_graph_api_client.types import UNSET, Unset

from ..._exceptions import ResponseValidationError

CONVERSATION_FIELDS = "id,updated_time"
Steps = Sequence[WelcomeFlowStep | WelcomeFlowStepParam]
IceBreakers = Sequence[IceBreakerLocale | IceBreakerLocaleParam]
Menus = Sequence[PersistentMenu | PersistentMenuParam]


def _only_flow(flows: list[WelcomeFlow], flow_id: str) -> WelcomeFlow:
    for flow in flows:
        if flow.id == flow_id:
            return flow
    if len(flows) == 1:
        return flows[0]
    raise ResponseValidationError(f"welcome_flows.get: Instagram returned no flow with id {flow_id!r}")


def _deleted(fields: str) -> str:
    # Meta's collection sends the properties to delete as a JSON array in the query value.
    return json.dumps([fields])


class CommentsResource(_Comments):
    """`client.comments`, plus `unhide`."""

    __slots__ = ()

    def unhide(self, ig_comment_id: str) -> SuccessResponse:
        """Show a hidden comment again."""
        return self.hide(ig_comment_id, hide=False)


class ConversationsResource(_Conversations):
    """`client.conversations`, plus `find_by_user`."""

    __slots__ = ()

    def find_by_user(self, igsid: str, *, fields: str | Sequence[str] = CONVERSATION_FIELDS) -> ConversationList:
        """The conversation with one person (by Instagram-scoped ID)."""
        return self.list(user_id=igsid, fields=fields)


class WelcomeFlowsResource(_Flows):
    """`client.welcome_flows`, plus `get` and `update`."""

    __slots__ = ()

    def get(self, flow_id: str) -> WelcomeFlow:
        """One flow by ID."""
        return _only_flow((self.list(flow_id=flow_id)).data, flow_id)

    def update(
        self, flow_id: str, *, name: str, welcome_message_flow: Steps, eligible_platforms: Sequence[str] | Unset = UNSET
    ) -> WelcomeFlowSaved:
        """Replace a flow's name and steps."""
        return self.create(
            flow_id=flow_id, name=name, welcome_message_flow=welcome_message_flow,
            eligible_platforms=eligible_platforms,  # type: ignore[arg-type]
        )  # fmt: skip


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


class MediaResource(_Media):
    """`client.media`, plus `get_insights` (the TypeScript SDK's alias of insights.get_media_insights)."""

    __slots__ = ()

    def get_insights(self, ig_media_id: str, metric: str | Sequence[str]) -> InsightsResponse:
        """A media object's insights; see `client.insights.get_media_insights` for the options."""
        return InsightsResource(self._runner).get_media_insights(ig_media_id, metric=metric)
