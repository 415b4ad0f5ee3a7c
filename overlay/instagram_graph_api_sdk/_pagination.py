"""Lazy pagination (`client.paginate`): the decisions are in `_paging.py`; the loops are written
once in `_async/pagination.py` and the sync ones generated into `_sync/pagination.py` by
scripts/unasync_overlay.py."""

from ._async.pagination import apaginate
from ._paging import Page, Walk, check_bounds, next_params, operation_mode
from ._sync.pagination import paginate

__all__ = ["Page", "Walk", "apaginate", "check_bounds", "next_params", "operation_mode", "paginate"]
