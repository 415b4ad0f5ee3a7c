# Generated from instagram_graph_api_sdk/resources/_async/__init__.py by scripts/unasync_overlay.py; do not edit.
"""The hand-written namespaces, written once: `resources/_async/` is the source (async), and
`resources/_sync/` is generated from it by scripts/unasync_overlay.py (`make generate`)."""
