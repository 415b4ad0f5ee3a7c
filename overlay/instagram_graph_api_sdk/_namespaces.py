"""A typed, lazy namespace attribute: `client.users` is created (and its module imported) on
first use, then cached on the client."""

from __future__ import annotations

from importlib import import_module
from typing import Any, Generic, TypeVar, overload

R = TypeVar("R")


class Namespace(Generic[R]):
    """`users: Namespace[UsersResource] = Namespace("module.path", "UsersResource")` on a client class."""

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self.attr = name

    def __set_name__(self, owner: type, attr: str) -> None:
        self.attr = attr

    @overload
    def __get__(self, client: None, owner: type) -> Namespace[R]: ...
    @overload
    def __get__(self, client: object, owner: type) -> R: ...
    def __get__(self, client: Any, owner: type) -> Namespace[R] | R:
        if client is None:
            return self
        resource: R = getattr(import_module(self.module), self.name)(client._runner)
        client.__dict__[self.attr] = resource  # a non-data descriptor: the cached value wins next time
        return resource
