"""`client.welcome_flows` (sync and async): the classes are written once in `_async/welcome_flows.py` (the sync
one is generated into `_sync/welcome_flows.py` by scripts/unasync_overlay.py)."""

from ._async.welcome_flows import AsyncWelcomeFlowsResource
from ._sync.welcome_flows import WelcomeFlowsResource

__all__ = ["AsyncWelcomeFlowsResource", "WelcomeFlowsResource"]
