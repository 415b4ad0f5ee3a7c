# Generated from instagram_graph_api_sdk/tokens/_async/__init__.py by scripts/unasync_overlay.py; do not edit.
"""The token store's code written once: `_async/` is the source (async), and `_sync/` is generated
from it by scripts/unasync_overlay.py (`make generate`)."""
