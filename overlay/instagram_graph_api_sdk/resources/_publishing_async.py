"""`client.publishing` for AsyncInstagramClient: the class is written once in `_async/publishing.py`
(the sync one is generated from it)."""

from ._async.publishing import AsyncPublishingResource

__all__ = ["AsyncPublishingResource"]
