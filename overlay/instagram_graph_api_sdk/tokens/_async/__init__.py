"""The token store's code written once: `_async/` is the source (async), and `_sync/` is generated
from it by scripts/unasync_overlay.py (`make generate`)."""
