"""The hand-written namespaces, written once: `resources/_async/` is the source (async), and
`resources/_sync/` is generated from it by scripts/unasync_overlay.py (`make generate`)."""
