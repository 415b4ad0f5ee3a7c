# Generated from instagram_graph_api_sdk/resources/_async/welcome_flows.py by scripts/unasync_overlay.py; do not edit.
"""`client.welcome_flows`, plus `get` and `update` (TypeScript SDK parity)."""

from __future__ import annotations

from collections.abc import Sequence

from instagram_graph_api_client.models.welcome_flow import WelcomeFlow
from instagram_graph_api_client.models.welcome_flow_saved import WelcomeFlowSaved
from instagram_graph_api_client.models.welcome_flow_step import WelcomeFlowStep
from instagram_graph_api_client.params import WelcomeFlowStepParam
from instagram_graph_api_client.resources.welcome_flows import WelcomeFlowsResource as _Flows
from instagram_graph_api_client.types import UNSET, Unset

from ..._exceptions import ResponseValidationError

Steps = Sequence[WelcomeFlowStep | WelcomeFlowStepParam]


def _only_flow(flows: list[WelcomeFlow], flow_id: str) -> WelcomeFlow:
    for flow in flows:
        if flow.id == flow_id:
            return flow
    if len(flows) == 1:
        return flows[0]
    raise ResponseValidationError(f"welcome_flows.get: Instagram returned no flow with id {flow_id!r}")


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
            flow_id=flow_id,
            name=name,
            welcome_message_flow=welcome_message_flow,
            eligible_platforms=eligible_platforms,  # type: ignore[arg-type]
        )
