# Generated from instagram_graph_api_sdk/_async/__init__.py by scripts/unasync_overlay.py; do not edit.
"""Overlay code written once: `_async/` is the source (async), and `_sync/` is generated from it
by scripts/unasync_overlay.py (`make generate`)."""
