"""Hand-written additions to the generated namespaces (TS SDK parity helpers).

Each module subclasses a generated `<Tag>Resource` / `Async<Tag>Resource` and only adds methods
that build on the generated operations; tags without additions use the generated classes as is.
"""
