"""Runtime support for the generated resource namespaces.

Copied verbatim into generated/ by scripts/codegen/emit_resources.py; edit the copy in
scripts/codegen/, never the one in generated/. The namespaces only describe requests; a *runner*
(supplied by the hand-written overlay, which this package never imports) sends them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from io import BytesIO
from typing import Any, BinaryIO, ClassVar, Protocol, TypeVar, overload

import httpx

from .._operations import Operation
from ..types import UNSET, File, Unset

T = TypeVar("T")
BuildFn = Callable[
    [], dict[str, Any]
]  # an operation module's build_request, arguments bound
ParseFn = Callable[[httpx.Response], Any]  # an operation module's parse_response
UnwrapFn = Callable[[Any], Any]


class RunnerProtocol(Protocol):
    """What a namespace needs of its runner (the overlay's SyncRunner): it sends one operation's
    request and returns its parsed 2xx body (or raises)."""

    @property
    def api_version(self) -> str: ...

    def user_id(self, value: str | None) -> str: ...

    def path_id(self, name: str, value: object) -> str: ...

    def call(
        self,
        operation: Operation,
        build: BuildFn,
        parse: ParseFn,
        *,
        unwrap: UnwrapFn | None = None,
    ) -> Any: ...


class AsyncRunnerProtocol(Protocol):
    """The async counterpart of RunnerProtocol (the overlay's AsyncRunner)."""

    @property
    def api_version(self) -> str: ...

    def user_id(self, value: str | None) -> str: ...

    def path_id(self, name: str, value: object) -> str: ...

    async def call(
        self,
        operation: Operation,
        build: BuildFn,
        parse: ParseFn,
        *,
        unwrap: UnwrapFn | None = None,
    ) -> Any: ...


class SyncResource:
    """Base of every sync namespace; `_operations` maps method names to spec operations."""

    __slots__ = ("_runner",)
    _operations: ClassVar[dict[str, Operation]] = {}

    def __init__(self, runner: RunnerProtocol) -> None:
        self._runner = runner


class AsyncResource:
    """Base of every async namespace."""

    __slots__ = ("_runner",)
    _operations: ClassVar[dict[str, Operation]] = {}

    def __init__(self, runner: AsyncRunnerProtocol) -> None:
        self._runner = runner


@overload
def csv(value: str | Sequence[str]) -> str: ...
@overload
def csv(value: str | Sequence[str] | Unset) -> str | Unset: ...
def csv(value: str | Sequence[str] | Unset) -> str | Unset:
    """Join a comma-list parameter (`fields`, `metric`, ...); strings pass through."""
    if isinstance(value, str | Unset):
        return value
    if not isinstance(
        value, Iterable
    ):  # None, a number: say what is wanted, not "not iterable"
        raise TypeError(
            f"expected a string or a list of strings, got {type(value).__name__}; "
            "leave the argument out to use its default (for fields=, the method's default fields)"
        )
    items = list(value)
    for item in items:
        if not isinstance(item, str):
            raise TypeError(
                f"expected a string or a list of strings, got an item of type {type(item).__name__}"
            )
    return ",".join(items)


class _Model(Protocol):
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T: ...


M = TypeVar("M", bound=_Model)


@overload
def coerce(cls: type[M], value: M | Mapping[str, Any]) -> M: ...
@overload
def coerce(cls: type[M], value: M | Mapping[str, Any] | Unset) -> M | Unset: ...
def coerce(cls: type[M], value: M | Mapping[str, Any] | Unset) -> M | Unset:
    """Accept a generated model or its TypedDict/dict form."""
    if isinstance(value, cls | Unset):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(
            f"expected {cls.__name__} or a dict, got {type(value).__name__}"
        )
    return cls.from_dict(value)


@overload
def coerce_list(cls: type[M], values: Iterable[M | Mapping[str, Any]]) -> list[M]: ...
@overload
def coerce_list(
    cls: type[M], values: Iterable[M | Mapping[str, Any]] | Unset
) -> list[M] | Unset: ...
def coerce_list(
    cls: type[M], values: Iterable[M | Mapping[str, Any]] | Unset
) -> list[M] | Unset:
    """Accept a list of generated models or of their dict forms."""
    if isinstance(values, Unset):
        return values
    out: list[M] = []
    for value in values:
        item = coerce(cls, value)
        assert not isinstance(item, Unset)
        out.append(item)
    return out


@overload
def as_list(values: Iterable[T]) -> list[T]: ...
@overload
def as_list(values: Iterable[T] | Unset) -> list[T] | Unset: ...
def as_list(values: Iterable[T] | Unset) -> list[T] | Unset:
    """Accept any iterable where the generated model wants a list."""
    return values if isinstance(values, Unset) else list(values)


def as_file(content: bytes | BinaryIO | Unset) -> File | Unset:
    """Wrap raw bytes or a binary file for a binary request body."""
    if isinstance(content, Unset):
        return UNSET
    if isinstance(content, bytes | bytearray | memoryview):
        return File(payload=BytesIO(bytes(content)))
    return File(payload=content)


def first_of_data(value: Any) -> Any:
    """Unwrap `{"data": [x]}` to `x` (Meta documents some single objects in a data[] wrapper)."""
    data = getattr(value, "data", None)
    if isinstance(data, list):
        if not data:
            raise ValueError("the response's data[] wrapper is empty")
        return data[0]
    return value
