"""Contains some shared types for properties"""

import datetime as _datetime
import json as _json
import math as _math
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from functools import lru_cache as _lru_cache
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote as _quote

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


@_lru_cache(maxsize=1024)
def _quote_segment(value: str) -> str:
    return _quote(value, safe="")


def path_segment(value: object) -> str:
    """A path parameter as one URL path segment (`quote(str(value), safe="")`); recent values
    are remembered: a fleet sends the same IDs again and again, and quote() is pure Python."""
    return _quote_segment(str(value))


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# --- typed parsing (see the header of this template for why it is not the stock code)


def _json_type(value: object) -> str:
    names = {str: "a string", int: "an integer", float: "a number", bool: "a boolean", list: "an array",
             dict: "an object", type(None): "null"}  # fmt: skip
    return names.get(type(value), type(value).__name__)


def _wrong(cls: type, key: str, expected: str, value: object) -> TypeError:
    # The value itself is never quoted: it may be a secret.
    return TypeError(
        f"{cls.__name__}.{key}: expected {expected}, got {_json_type(value)}"
    )


class MissingKeysError(KeyError):
    """A JSON object without a key its model requires. The message is only built when shown: a
    union tries a list wrapper (`{"data": [...]}`) first, so this is raised on every such call."""

    def __init__(self, cls: type, missing: set[str]) -> None:
        super().__init__()
        self.model = cls
        self.missing = missing

    def __str__(self) -> str:
        return f"{self.model.__name__}: the response has no {', '.join(sorted(self.missing))}"

    def __repr__(self) -> str:
        return f"KeyError({str(self)!r})"


class Field:
    """A JSON key whose value needs more than a type check (converted by `convert(cls, key, value)`;
    a nested model, and a list of models, are parsed in the loop itself, without a call to `convert`)."""

    __slots__ = ("convert", "items", "model", "name", "tables")

    def __init__(
        self,
        name: str,
        convert: Callable[[type, str, Any], Any],
        model: type | None = None,
        items: type | None = None,
    ) -> None:
        self.name = name
        self.convert = convert
        self.model = model  # the field is one model
        self.items = items  # the field is a list of models
        # (model, its _Spec, types, required, renamed) for model or items, on first use (_tables)
        self.tables: "tuple[Any, _Spec, dict[str, Any], frozenset[str] | None, Any] | None" = None


def _tables(
    field: Field,
) -> "tuple[Any, _Spec, dict[str, Any], frozenset[str] | None, Any]":
    """The field tables of a nested model, kept on its Field (built on first use, since a model can
    contain itself: a comment's replies are comments)."""
    spec = _spec(field.model or field.items)  # type: ignore[arg-type]
    field.tables = (spec.cls, spec, spec.types, spec.required, spec.renamed)
    return field.tables


def _float(cls: type, key: str, value: Any) -> float:
    # A JSON number stays as Meta sent it (an int is a float to the type system, PEP 484), so a
    # count prints as 100, not 100.0.
    if (value.__class__ is float or value.__class__ is int) and _math.isfinite(value):
        return value  # type: ignore[no-any-return,unused-ignore]
    raise _wrong(cls, key, "a finite number", value)


def _datetime_field(cls: type, key: str, value: Any) -> _datetime.datetime:
    if value.__class__ is not str:
        raise _wrong(cls, key, "an ISO 8601 date-time string", value)
    return _datetime.datetime.fromisoformat(value)


def _date_field(cls: type, key: str, value: Any) -> _datetime.date:
    if value.__class__ is not str:
        raise _wrong(cls, key, "an ISO 8601 date string", value)
    return _datetime.date.fromisoformat(value)


_PRIMITIVE_NAMES = {str: "a string", int: "an integer", bool: "a boolean"}


def _converter(kind: Any) -> Callable[[type, str, Any], Any]:
    """The converter for a field kind from a model's `_json_fields()`."""
    if kind is FLOAT:
        return _float
    if kind is DATETIME or kind is REPEATED_DATETIME:
        return _datetime_field
    if kind is DATE:
        return _date_field
    if isinstance(kind, ListOf):
        item = kind.item
        if isinstance(item, type) and hasattr(item, "_json_fields"):  # a model

            def models(cls: type, key: str, value: Any) -> list[Any]:
                return parse_models(item, value, cls, key)

            return models
        if item in _PRIMITIVE_NAMES or item is ID:
            expected = str if item is ID else item

            def primitives(cls: type, key: str, value: Any) -> list[Any]:
                if value.__class__ is not list:
                    raise _wrong(cls, key, "an array", value)
                out = []
                for entry in value:
                    if entry.__class__ is not expected:
                        if item is ID and entry.__class__ is int:
                            entry = str(entry)
                        else:
                            raise _wrong(
                                cls,
                                key,
                                "an array of "
                                + _PRIMITIVE_NAMES[expected].split(" ", 1)[1]
                                + "s",
                                entry,
                            )
                    out.append(entry)
                return out

            return primitives
        convert_item = _converter(item)

        def others(cls: type, key: str, value: Any) -> list[Any]:
            if value.__class__ is not list:
                raise _wrong(cls, key, "an array", value)
            return [convert_item(cls, key, entry) for entry in value]

        return others
    if isinstance(kind, OneOf):
        return _one_of(kind.kinds)
    if isinstance(kind, type) and hasattr(kind, "_json_fields"):
        model = kind

        def nested(cls: type, key: str, value: Any) -> Any:
            return _parse_one(model, value)

        return nested
    if isinstance(kind, Custom):
        function = kind.function
        return lambda cls, key, value: function(value)
    if (
        kind in _PRIMITIVE_NAMES or kind is ID
    ):  # a primitive under another attribute name
        expected = str if kind is ID else kind

        def renamed(cls: type, key: str, value: Any) -> Any:
            if value.__class__ is expected:
                return value
            if kind is ID and value.__class__ is int:
                return str(value)
            raise _wrong(cls, key, _PRIMITIVE_NAMES[expected], value)

        return renamed
    raise TypeError(f"unknown field kind {kind!r}")


def _one_of(kinds: tuple[Any, ...]) -> Callable[[type, str, Any], Any]:
    """A union: the first kind that accepts the value's JSON type (null, primitives, numbers,
    arrays, objects), found with one dict lookup."""
    expected = " or ".join(_kind_name(k) for k in kinds)
    table: dict[type, tuple[str, Any]] = {}

    def offer(json_type: type, action: tuple[str, Any]) -> None:
        table.setdefault(json_type, action)

    for kind in kinds:
        if kind is None:
            offer(type(None), ("same", None))
        elif kind is str or kind is int or kind is bool:
            offer(kind, ("same", None))
        elif kind is ID:
            offer(str, ("same", None))
            offer(int, ("str", None))
        elif kind is FLOAT:
            offer(int, ("finite", None))
            offer(float, ("finite", None))
        elif (
            kind is DATETIME
            or kind is REPEATED_DATETIME
            or kind is DATE
            or isinstance(kind, (ListOf, OneOf))
        ):
            offer(
                list if isinstance(kind, ListOf) else str, ("convert", _converter(kind))
            )
        elif isinstance(kind, type):  # a model
            offer(dict, ("model", kind))

    def convert(cls: type, key: str, value: Any) -> Any:
        action = table.get(type(value))
        if action is None:
            raise _wrong(cls, key, expected, value)
        how, arg = action
        if how == "same":
            return value
        if how == "finite":
            if _math.isfinite(value):
                return value
            raise _wrong(cls, key, expected, value)
        if how == "model":
            return _parse_one(arg, value)
        if how == "str":
            return str(value)
        return arg(cls, key, value)

    return convert


def _kind_name(kind: Any) -> str:
    if kind is None:
        return "null"
    if kind in _PRIMITIVE_NAMES:
        return _PRIMITIVE_NAMES[kind]
    if kind is ID:
        return "a string"
    if kind is FLOAT:
        return "a finite number"
    if isinstance(kind, ListOf):
        return "an array"
    return "an object" if isinstance(kind, type) else "a string"


class OneOf:
    """A union of field kinds (tried in order)."""

    __slots__ = ("kinds",)

    def __init__(self, *kinds: Any) -> None:
        self.kinds = kinds


class _Kind:
    __slots__ = ("label",)

    def __init__(self, label: str) -> None:
        self.label = label

    def __repr__(self) -> str:
        return self.label


ID = _Kind("ID")  # a string ID; Meta sometimes sends it as a JSON number
FLOAT = _Kind("FLOAT")
DATETIME = _Kind("DATETIME")
# A date-time whose values recur within a response (`x-sdk-repeats` in the spec: the days of a daily
# insights series, the same in every metric): each distinct text is parsed once (see _stamps).
REPEATED_DATETIME = _Kind("REPEATED_DATETIME")
DATE = _Kind("DATE")


class ListOf:
    __slots__ = ("item",)

    def __init__(self, item: Any) -> None:
        self.item = item


class Custom:
    """A field parsed by the generator's own code (unions, enums, Any)."""

    __slots__ = ("function",)

    def __init__(self, function: Callable[[Any], Any]) -> None:
        self.function = function


def _fast_class(kind: Any) -> type | None:
    """The JSON type whose values a converted field keeps exactly as sent (so the parse loop's
    identity test accepts them without a call): a count (FLOAT) sent as an integer, the first
    primitive of a union. None when every value needs the converter."""
    if kind is FLOAT:
        return int  # an int is finite and stays as Meta sent it (see _float)
    if not isinstance(kind, OneOf):
        return None
    claimed: set[type] = (
        set()
    )  # the first kind that offers a JSON type wins (as in _one_of)
    for inner in kind.kinds:
        if inner is str or inner is int or inner is bool:
            if inner not in claimed:
                return inner
        elif inner is ID:
            if str not in claimed:
                return str
            claimed.add(int)
        elif inner is FLOAT:
            if int not in claimed:
                return int
            claimed.add(float)
        elif inner is DATETIME or inner is REPEATED_DATETIME or inner is DATE:
            claimed.add(str)
        elif isinstance(inner, ListOf):
            claimed.add(list)
        elif isinstance(inner, OneOf):
            return None
        elif inner is None:
            claimed.add(type(None))
        elif isinstance(inner, type):
            claimed.add(dict)
    return None


class _Spec:
    __slots__ = (
        "cls",
        "fields",
        "ids",
        "items",
        "names",
        "renamed",
        "required",
        "types",
    )
    required: frozenset[str] | None
    renamed: tuple[tuple[str, str], ...] | None

    def __init__(self, cls: type) -> None:
        import attrs

        self.cls = cls
        self.types: dict[
            str, Any
        ] = {}  # JSON key -> its Python type (fast path) or a Field
        self.fields: dict[
            str, Field
        ] = {}  # JSON key -> its Field, for the keys that have one
        self.names: dict[str, str] = {}  # JSON key -> attribute
        self.ids: set[str] = set()
        self.items: str | None = None  # the attribute a list response iterates
        keyed: dict[str, str] = getattr(
            cls, "_json_keyed", {}
        )  # attributes stored under their JSON key
        for key, (name, kind) in cls._json_fields().items():  # type: ignore[attr-defined]
            self.names[key] = name
            if keyed.get(key) == name:
                name = (
                    key  # `from_` is kept as "from" (keep_json_keys): nothing to rename
                )
            plain = kind is str or kind is int or kind is bool or kind is ID
            if name == key and (plain or kind is DATETIME or kind is REPEATED_DATETIME):
                self.types[key] = str if kind is ID else kind
                if kind is ID:
                    self.ids.add(key)
            else:
                model = (
                    kind
                    if isinstance(kind, type) and hasattr(kind, "_json_fields")
                    else None
                )
                inner = kind.item if isinstance(kind, ListOf) else None
                items = (
                    inner
                    if isinstance(inner, type) and hasattr(inner, "_json_fields")
                    else None
                )
                field = self.fields[key] = Field(name, _converter(kind), model, items)
                fast = _fast_class(kind) if name == key else None
                self.types[key] = field if fast is None else fast
            if key == "data" and isinstance(kind, ListOf):
                self.items = self.names[key]
        # JSON key -> attribute, for the keys whose attribute differs (`from` -> `from_`): renamed after
        # the parse loop, which only ever replaces values (see parse_body).
        self.renamed = (
            tuple((key, f.name) for key, f in self.fields.items() if f.name != key)
            or None
        )
        required = {
            a.name for a in attrs.fields(cls) if a.default is attrs.NOTHING and a.init
        }
        # As JSON keys: the check runs on the object Meta sent (`from`, not the attribute `from_`).
        self.required = (
            frozenset(key for key, name in self.names.items() if name in required)
            or None
        )
        factory: Any = attrs.Factory
        for a in attrs.fields(
            cls
        ):  # absent keys read as the attribute's default (UNSET)
            if a.name in keyed.values():
                continue  # its _JsonKeyed gives the default
            if (
                a.init
                and a.default is not attrs.NOTHING
                and not isinstance(a.default, factory)
            ):
                setattr(cls, a.name, a.default)
        if "additional_properties" in attrs.fields_dict(cls):
            setattr(cls, "additional_properties", _Extras())


class _JsonKeyed:
    """An attribute whose name is not its JSON key (`from_` for `from`, `type_` for `type`), kept in
    the instance dict under the JSON key: a parsed object's dict is then Meta's object as sent, with
    no key to rename per object, and the attribute reads and writes that entry."""

    __slots__ = ("default", "key")

    def __init__(self, key: str, default: Any) -> None:
        self.key = key
        self.default = default

    def __get__(self, model: Any, owner: type) -> Any:
        if model is None:
            return self.default
        return model.__dict__.get(self.key, self.default)

    def __set__(self, model: Any, value: Any) -> None:
        model.__dict__[self.key] = value

    def __delete__(self, model: Any) -> None:
        del model.__dict__[self.key]


def keep_json_keys(cls: type, renamed: dict[str, str]) -> None:
    """Called by each generated model module whose class has attributes named otherwise than their
    JSON keys ({JSON key: attribute}), right after the attrs class exists (attrs removes class
    attributes named like its fields while it builds the class)."""
    import attrs

    defaults = {a.name: a.default for a in attrs.fields(cls)}
    factory: Any = attrs.Factory  # a class at run time; typed as a function
    keyed: dict[str, str] = {}
    for key, name in renamed.items():
        default = defaults.get(name, attrs.NOTHING)
        if default is attrs.NOTHING or isinstance(default, factory):
            default = (
                UNSET  # required (always set by __init__ and checked by the parser)
            )
        setattr(cls, name, _JsonKeyed(key, default))
        keyed[key] = name
    setattr(cls, "_json_keyed", keyed)


def _spec(cls: type) -> _Spec:
    spec = cls.__dict__.get("_json_spec")
    if spec is None:
        spec = _Spec(cls)
        setattr(cls, "_json_spec", spec)
    return spec


_new = object.__new__
_fromisoformat = _datetime.datetime.fromisoformat

# Timestamps already parsed, by their text, for REPEATED_DATETIME fields (an insights page repeats
# the same days in every metric). A datetime is immutable, so one object serves every repeat. Plain
# dict operations only (each atomic under the GIL: threads at worst parse a string twice); emptied
# by the public entry points below when it holds more than _STAMPS_MAX, so it never grows past one
# response's distinct timestamps plus that. Other date-times (a media's or a comment's, distinct
# on a real page) are parsed directly: a lookup that always misses would only cost time.
_stamps: dict[str, _datetime.datetime] = {}
_STAMPS_MAX = 4096


def _stamp(cls: type, key: str, value: Any) -> _datetime.datetime:
    """A REPEATED_DATETIME value seen for the first time: parsed and remembered."""
    try:
        stamp = _fromisoformat(value)
    except TypeError:  # not a string
        raise _wrong(cls, key, "an ISO 8601 date-time string", value) from None
    _stamps[value] = stamp
    return stamp


def _convert(cls: type, spec: _Spec, key: str, expected: Any, value: Any) -> Any:
    """The rare keys whose expected type is a plain one (its attribute is the JSON key): a count or
    union sent in its converted form, an ID sent as a number, and wrong types (a TypeError)."""
    field = spec.fields.get(key)
    if field is not None:
        return field.convert(cls, key, value)
    if key in spec.ids and value.__class__ is int:
        return str(value)
    raise _wrong(cls, key, _PRIMITIVE_NAMES.get(expected, "another type"), value)


def _move_keys(
    values: dict[str, Any],
    extra: dict[str, Any],
    renamed: tuple[tuple[str, str], ...] | None,
) -> None:
    """After the parse loop: unknown keys out (into additional_properties), then renamed ones to
    their attribute (in this order: `from_` sent as a key of its own is an unknown key)."""
    for key in extra:
        del values[key]
    if renamed is not None:
        for key, name in renamed:
            if key in values:
                values[name] = values.pop(key)
    values["additional_properties"] = extra


def _parse_all(cls: type[T], items: list[Any]) -> list[T]:
    """The models for a list of JSON objects. The hot
    loop of every response: most keys cost one dict lookup and one identity test (their Python type
    is the expected one)."""
    spec = cls._json_spec  # type: ignore[attr-defined]
    if (
        spec is None or spec.cls is not cls
    ):  # not built yet (Model's None), or a subclass's parent's
        spec = _spec(cls)
    types = spec.types
    required = spec.required
    renamed = spec.renamed
    extra: (
        dict[str, Any] | None
    )  # unknown keys of the object being parsed (declared for mypy)
    n_extra: dict[str, Any] | None  # the same for a nested one
    stamps = _stamps
    out: list[T] = []
    append = out.append
    type_of = type  # a local: the loop below runs for every key of every item
    for src in items:
        if type_of(src) is not dict and not isinstance(src, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {_json_type(src)}"
            )
        if (
            required and not required <= src.keys()
        ):  # before any work (unions try a list wrapper first)
            raise MissingKeysError(cls, required - src.keys())
        if type_of(src) is dict:
            values = src.copy()  # never the caller's dict: that one is not changed
        else:
            values = dict(src)
        extra = None
        for key, value in src.items():
            try:
                expected = types[key]
            except KeyError:  # not declared: kept in additional_properties
                if extra is None:
                    extra = {}
                extra[key] = value
                continue
            if expected is type_of(value):
                continue
            if expected is DATETIME:
                try:
                    values[key] = _fromisoformat(value)
                except TypeError:  # not a string
                    raise _wrong(
                        cls, key, "an ISO 8601 date-time string", value
                    ) from None
            elif expected is REPEATED_DATETIME:
                try:
                    values[key] = stamps[value]  # seen before (most of them)
                except KeyError:  # the first time, or not a string
                    values[key] = _stamp(cls, key, value)
                except TypeError:  # a list or an object
                    raise _wrong(
                        cls, key, "an ISO 8601 date-time string", value
                    ) from None
            elif type_of(expected) is Field:
                if expected.model is not None and type_of(value) is dict:
                    n_tables = expected.tables
                    if n_tables is None:
                        n_tables = _tables(expected)
                    n_cls, n_spec, n_types, n_required, n_renamed = n_tables

                    n_src = value
                    if type_of(n_src) is not dict and not isinstance(n_src, Mapping):
                        raise TypeError(
                            f"{n_cls.__name__}: expected a JSON object, got {_json_type(n_src)}"
                        )
                    if (
                        n_required and not n_required <= n_src.keys()
                    ):  # before any work (unions try a list wrapper first)
                        raise MissingKeysError(n_cls, n_required - n_src.keys())
                    if type_of(n_src) is dict:
                        n_values = (
                            n_src.copy()
                        )  # never the caller's dict: that one is not changed
                    else:
                        n_values = dict(n_src)
                    n_extra = None
                    for n_key, n_value in n_src.items():
                        try:
                            n_expected = n_types[n_key]
                        except KeyError:  # not declared: kept in additional_properties
                            if n_extra is None:
                                n_extra = {}
                            n_extra[n_key] = n_value
                            continue
                        if n_expected is type_of(n_value):
                            continue
                        if n_expected is DATETIME:
                            try:
                                n_values[n_key] = _fromisoformat(n_value)
                            except TypeError:  # not a string
                                raise _wrong(
                                    n_cls,
                                    n_key,
                                    "an ISO 8601 date-time string",
                                    n_value,
                                ) from None
                        elif n_expected is REPEATED_DATETIME:
                            try:
                                n_values[n_key] = stamps[
                                    n_value
                                ]  # seen before (most of them)
                            except KeyError:  # the first time, or not a string
                                n_values[n_key] = _stamp(n_cls, n_key, n_value)
                            except TypeError:  # a list or an object
                                raise _wrong(
                                    n_cls,
                                    n_key,
                                    "an ISO 8601 date-time string",
                                    n_value,
                                ) from None
                        elif type_of(n_expected) is Field:
                            if (
                                n_expected.model is not None
                                and type_of(n_value) is dict
                            ):
                                n_values[n_key] = _parse_one(n_expected.model, n_value)
                            elif (
                                n_expected.items is not None
                                and type_of(n_value) is list
                            ):
                                n_values[n_key] = _parse_all(n_expected.items, n_value)
                            else:
                                n_values[n_key] = n_expected.convert(
                                    n_cls, n_key, n_value
                                )
                        else:
                            n_values[n_key] = _convert(
                                n_cls, n_spec, n_key, n_expected, n_value
                            )
                    if n_extra is not None:
                        _move_keys(n_values, n_extra, n_renamed)
                    elif n_renamed is not None:
                        for n_key, n_name in n_renamed:
                            if n_key in n_values:
                                n_values[n_name] = n_values.pop(n_key)
                    n_model = _new(n_cls)
                    n_model.__dict__ = n_values

                    values[key] = n_model
                elif expected.items is not None and type_of(value) is list:
                    n_tables = expected.tables
                    if n_tables is None:
                        n_tables = _tables(expected)
                    n_cls, n_spec, n_types, n_required, n_renamed = n_tables

                    n_out = []
                    for n_src in value:
                        if type_of(n_src) is not dict and not isinstance(
                            n_src, Mapping
                        ):
                            raise TypeError(
                                f"{n_cls.__name__}: expected a JSON object, got {_json_type(n_src)}"
                            )
                        if (
                            n_required and not n_required <= n_src.keys()
                        ):  # before any work (unions try a list wrapper first)
                            raise MissingKeysError(n_cls, n_required - n_src.keys())
                        if type_of(n_src) is dict:
                            n_values = (
                                n_src.copy()
                            )  # never the caller's dict: that one is not changed
                        else:
                            n_values = dict(n_src)
                        n_extra = None
                        for n_key, n_value in n_src.items():
                            try:
                                n_expected = n_types[n_key]
                            except (
                                KeyError
                            ):  # not declared: kept in additional_properties
                                if n_extra is None:
                                    n_extra = {}
                                n_extra[n_key] = n_value
                                continue
                            if n_expected is type_of(n_value):
                                continue
                            if n_expected is DATETIME:
                                try:
                                    n_values[n_key] = _fromisoformat(n_value)
                                except TypeError:  # not a string
                                    raise _wrong(
                                        n_cls,
                                        n_key,
                                        "an ISO 8601 date-time string",
                                        n_value,
                                    ) from None
                            elif n_expected is REPEATED_DATETIME:
                                try:
                                    n_values[n_key] = stamps[
                                        n_value
                                    ]  # seen before (most of them)
                                except KeyError:  # the first time, or not a string
                                    n_values[n_key] = _stamp(n_cls, n_key, n_value)
                                except TypeError:  # a list or an object
                                    raise _wrong(
                                        n_cls,
                                        n_key,
                                        "an ISO 8601 date-time string",
                                        n_value,
                                    ) from None
                            elif type_of(n_expected) is Field:
                                if (
                                    n_expected.model is not None
                                    and type_of(n_value) is dict
                                ):
                                    n_values[n_key] = _parse_one(
                                        n_expected.model, n_value
                                    )
                                elif (
                                    n_expected.items is not None
                                    and type_of(n_value) is list
                                ):
                                    n_values[n_key] = _parse_all(
                                        n_expected.items, n_value
                                    )
                                else:
                                    n_values[n_key] = n_expected.convert(
                                        n_cls, n_key, n_value
                                    )
                            else:
                                n_values[n_key] = _convert(
                                    n_cls, n_spec, n_key, n_expected, n_value
                                )
                        if n_extra is not None:
                            _move_keys(n_values, n_extra, n_renamed)
                        elif n_renamed is not None:
                            for n_key, n_name in n_renamed:
                                if n_key in n_values:
                                    n_values[n_name] = n_values.pop(n_key)
                        n_model = _new(n_cls)
                        n_model.__dict__ = n_values

                        n_out.append(n_model)
                    values[key] = n_out
                else:
                    values[key] = expected.convert(cls, key, value)
            else:
                values[key] = _convert(cls, spec, key, expected, value)
        if extra is not None:
            _move_keys(values, extra, renamed)
        elif renamed is not None:
            for key, name in renamed:
                if key in values:
                    values[name] = values.pop(key)
        model = _new(cls)
        model.__dict__ = values

        append(model)
    return out


def _parse_one(cls: type[T], src: Any) -> T:
    """One model from one JSON object (the loop of _parse_all, for a single object)."""
    spec = cls._json_spec  # type: ignore[attr-defined]
    if (
        spec is None or spec.cls is not cls
    ):  # not built yet (Model's None), or a subclass's parent's
        spec = _spec(cls)
    types = spec.types
    required = spec.required
    renamed = spec.renamed
    extra: (
        dict[str, Any] | None
    )  # unknown keys of the object being parsed (declared for mypy)
    n_extra: dict[str, Any] | None  # the same for a nested one
    stamps = _stamps
    type_of = type
    if type_of(src) is not dict and not isinstance(src, Mapping):
        raise TypeError(
            f"{cls.__name__}: expected a JSON object, got {_json_type(src)}"
        )
    if (
        required and not required <= src.keys()
    ):  # before any work (unions try a list wrapper first)
        raise MissingKeysError(cls, required - src.keys())
    if type_of(src) is dict:
        values = src.copy()  # never the caller's dict: that one is not changed
    else:
        values = dict(src)
    extra = None
    for key, value in src.items():
        try:
            expected = types[key]
        except KeyError:  # not declared: kept in additional_properties
            if extra is None:
                extra = {}
            extra[key] = value
            continue
        if expected is type_of(value):
            continue
        if expected is DATETIME:
            try:
                values[key] = _fromisoformat(value)
            except TypeError:  # not a string
                raise _wrong(cls, key, "an ISO 8601 date-time string", value) from None
        elif expected is REPEATED_DATETIME:
            try:
                values[key] = stamps[value]  # seen before (most of them)
            except KeyError:  # the first time, or not a string
                values[key] = _stamp(cls, key, value)
            except TypeError:  # a list or an object
                raise _wrong(cls, key, "an ISO 8601 date-time string", value) from None
        elif type_of(expected) is Field:
            if expected.model is not None and type_of(value) is dict:
                n_tables = expected.tables
                if n_tables is None:
                    n_tables = _tables(expected)
                n_cls, n_spec, n_types, n_required, n_renamed = n_tables

                n_src = value
                if type_of(n_src) is not dict and not isinstance(n_src, Mapping):
                    raise TypeError(
                        f"{n_cls.__name__}: expected a JSON object, got {_json_type(n_src)}"
                    )
                if (
                    n_required and not n_required <= n_src.keys()
                ):  # before any work (unions try a list wrapper first)
                    raise MissingKeysError(n_cls, n_required - n_src.keys())
                if type_of(n_src) is dict:
                    n_values = (
                        n_src.copy()
                    )  # never the caller's dict: that one is not changed
                else:
                    n_values = dict(n_src)
                n_extra = None
                for n_key, n_value in n_src.items():
                    try:
                        n_expected = n_types[n_key]
                    except KeyError:  # not declared: kept in additional_properties
                        if n_extra is None:
                            n_extra = {}
                        n_extra[n_key] = n_value
                        continue
                    if n_expected is type_of(n_value):
                        continue
                    if n_expected is DATETIME:
                        try:
                            n_values[n_key] = _fromisoformat(n_value)
                        except TypeError:  # not a string
                            raise _wrong(
                                n_cls, n_key, "an ISO 8601 date-time string", n_value
                            ) from None
                    elif n_expected is REPEATED_DATETIME:
                        try:
                            n_values[n_key] = stamps[
                                n_value
                            ]  # seen before (most of them)
                        except KeyError:  # the first time, or not a string
                            n_values[n_key] = _stamp(n_cls, n_key, n_value)
                        except TypeError:  # a list or an object
                            raise _wrong(
                                n_cls, n_key, "an ISO 8601 date-time string", n_value
                            ) from None
                    elif type_of(n_expected) is Field:
                        if n_expected.model is not None and type_of(n_value) is dict:
                            n_values[n_key] = _parse_one(n_expected.model, n_value)
                        elif n_expected.items is not None and type_of(n_value) is list:
                            n_values[n_key] = _parse_all(n_expected.items, n_value)
                        else:
                            n_values[n_key] = n_expected.convert(n_cls, n_key, n_value)
                    else:
                        n_values[n_key] = _convert(
                            n_cls, n_spec, n_key, n_expected, n_value
                        )
                if n_extra is not None:
                    _move_keys(n_values, n_extra, n_renamed)
                elif n_renamed is not None:
                    for n_key, n_name in n_renamed:
                        if n_key in n_values:
                            n_values[n_name] = n_values.pop(n_key)
                n_model = _new(n_cls)
                n_model.__dict__ = n_values

                values[key] = n_model
            elif expected.items is not None and type_of(value) is list:
                values[key] = _parse_all(expected.items, value)
            else:
                values[key] = expected.convert(cls, key, value)
        else:
            values[key] = _convert(cls, spec, key, expected, value)
    if extra is not None:
        _move_keys(values, extra, renamed)
    elif renamed is not None:
        for key, name in renamed:
            if key in values:
                values[name] = values.pop(key)
    model = _new(cls)
    model.__dict__ = values

    return model


def _parse_all_owned(cls: type[T], items: list[Any]) -> list[T]:
    """The models for a list of JSON objects that the SDK owns (see parse_json). The hot
    loop of every response: most keys cost one dict lookup and one identity test (their Python type
    is the expected one)."""
    spec = cls._json_spec  # type: ignore[attr-defined]
    if (
        spec is None or spec.cls is not cls
    ):  # not built yet (Model's None), or a subclass's parent's
        spec = _spec(cls)
    types = spec.types
    required = spec.required
    renamed = spec.renamed
    extra: (
        dict[str, Any] | None
    )  # unknown keys of the object being parsed (declared for mypy)
    n_extra: dict[str, Any] | None  # the same for a nested one
    stamps = _stamps
    out: list[T] = []
    append = out.append
    type_of = type  # a local: the loop below runs for every key of every item
    for src in items:
        if type_of(src) is not dict and not isinstance(src, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {_json_type(src)}"
            )
        if (
            required and not required <= src.keys()
        ):  # before any work (unions try a list wrapper first)
            raise MissingKeysError(cls, required - src.keys())
        if type_of(src) is dict:
            values = (
                src  # the SDK's own dict (decode_json): it becomes the model's __dict__
            )
        else:
            values = dict(src)
        extra = None
        for key, value in src.items():
            try:
                expected = types[key]
            except KeyError:  # not declared: kept in additional_properties
                if extra is None:
                    extra = {}
                extra[key] = value
                continue
            if expected is type_of(value):
                continue
            if expected is DATETIME:
                try:
                    values[key] = _fromisoformat(value)
                except TypeError:  # not a string
                    raise _wrong(
                        cls, key, "an ISO 8601 date-time string", value
                    ) from None
            elif expected is REPEATED_DATETIME:
                try:
                    values[key] = stamps[value]  # seen before (most of them)
                except KeyError:  # the first time, or not a string
                    values[key] = _stamp(cls, key, value)
                except TypeError:  # a list or an object
                    raise _wrong(
                        cls, key, "an ISO 8601 date-time string", value
                    ) from None
            elif type_of(expected) is Field:
                if expected.model is not None and type_of(value) is dict:
                    n_tables = expected.tables
                    if n_tables is None:
                        n_tables = _tables(expected)
                    n_cls, n_spec, n_types, n_required, n_renamed = n_tables

                    n_src = value
                    if type_of(n_src) is not dict and not isinstance(n_src, Mapping):
                        raise TypeError(
                            f"{n_cls.__name__}: expected a JSON object, got {_json_type(n_src)}"
                        )
                    if (
                        n_required and not n_required <= n_src.keys()
                    ):  # before any work (unions try a list wrapper first)
                        raise MissingKeysError(n_cls, n_required - n_src.keys())
                    if type_of(n_src) is dict:
                        n_values = n_src  # the SDK's own dict (decode_json): it becomes the model's __dict__
                    else:
                        n_values = dict(n_src)
                    n_extra = None
                    for n_key, n_value in n_src.items():
                        try:
                            n_expected = n_types[n_key]
                        except KeyError:  # not declared: kept in additional_properties
                            if n_extra is None:
                                n_extra = {}
                            n_extra[n_key] = n_value
                            continue
                        if n_expected is type_of(n_value):
                            continue
                        if n_expected is DATETIME:
                            try:
                                n_values[n_key] = _fromisoformat(n_value)
                            except TypeError:  # not a string
                                raise _wrong(
                                    n_cls,
                                    n_key,
                                    "an ISO 8601 date-time string",
                                    n_value,
                                ) from None
                        elif n_expected is REPEATED_DATETIME:
                            try:
                                n_values[n_key] = stamps[
                                    n_value
                                ]  # seen before (most of them)
                            except KeyError:  # the first time, or not a string
                                n_values[n_key] = _stamp(n_cls, n_key, n_value)
                            except TypeError:  # a list or an object
                                raise _wrong(
                                    n_cls,
                                    n_key,
                                    "an ISO 8601 date-time string",
                                    n_value,
                                ) from None
                        elif type_of(n_expected) is Field:
                            if (
                                n_expected.model is not None
                                and type_of(n_value) is dict
                            ):
                                n_values[n_key] = _parse_one_owned(
                                    n_expected.model, n_value
                                )
                            elif (
                                n_expected.items is not None
                                and type_of(n_value) is list
                            ):
                                n_values[n_key] = _parse_all_owned(
                                    n_expected.items, n_value
                                )
                            else:
                                n_values[n_key] = n_expected.convert(
                                    n_cls, n_key, n_value
                                )
                        else:
                            n_values[n_key] = _convert(
                                n_cls, n_spec, n_key, n_expected, n_value
                            )
                    if n_extra is not None:
                        _move_keys(n_values, n_extra, n_renamed)
                    elif n_renamed is not None:
                        for n_key, n_name in n_renamed:
                            if n_key in n_values:
                                n_values[n_name] = n_values.pop(n_key)
                    n_model = _new(n_cls)
                    n_model.__dict__ = n_values

                    values[key] = n_model
                elif expected.items is not None and type_of(value) is list:
                    n_tables = expected.tables
                    if n_tables is None:
                        n_tables = _tables(expected)
                    n_cls, n_spec, n_types, n_required, n_renamed = n_tables

                    n_out = []
                    for n_src in value:
                        if type_of(n_src) is not dict and not isinstance(
                            n_src, Mapping
                        ):
                            raise TypeError(
                                f"{n_cls.__name__}: expected a JSON object, got {_json_type(n_src)}"
                            )
                        if (
                            n_required and not n_required <= n_src.keys()
                        ):  # before any work (unions try a list wrapper first)
                            raise MissingKeysError(n_cls, n_required - n_src.keys())
                        if type_of(n_src) is dict:
                            n_values = n_src  # the SDK's own dict (decode_json): it becomes the model's __dict__
                        else:
                            n_values = dict(n_src)
                        n_extra = None
                        for n_key, n_value in n_src.items():
                            try:
                                n_expected = n_types[n_key]
                            except (
                                KeyError
                            ):  # not declared: kept in additional_properties
                                if n_extra is None:
                                    n_extra = {}
                                n_extra[n_key] = n_value
                                continue
                            if n_expected is type_of(n_value):
                                continue
                            if n_expected is DATETIME:
                                try:
                                    n_values[n_key] = _fromisoformat(n_value)
                                except TypeError:  # not a string
                                    raise _wrong(
                                        n_cls,
                                        n_key,
                                        "an ISO 8601 date-time string",
                                        n_value,
                                    ) from None
                            elif n_expected is REPEATED_DATETIME:
                                try:
                                    n_values[n_key] = stamps[
                                        n_value
                                    ]  # seen before (most of them)
                                except KeyError:  # the first time, or not a string
                                    n_values[n_key] = _stamp(n_cls, n_key, n_value)
                                except TypeError:  # a list or an object
                                    raise _wrong(
                                        n_cls,
                                        n_key,
                                        "an ISO 8601 date-time string",
                                        n_value,
                                    ) from None
                            elif type_of(n_expected) is Field:
                                if (
                                    n_expected.model is not None
                                    and type_of(n_value) is dict
                                ):
                                    n_values[n_key] = _parse_one_owned(
                                        n_expected.model, n_value
                                    )
                                elif (
                                    n_expected.items is not None
                                    and type_of(n_value) is list
                                ):
                                    n_values[n_key] = _parse_all_owned(
                                        n_expected.items, n_value
                                    )
                                else:
                                    n_values[n_key] = n_expected.convert(
                                        n_cls, n_key, n_value
                                    )
                            else:
                                n_values[n_key] = _convert(
                                    n_cls, n_spec, n_key, n_expected, n_value
                                )
                        if n_extra is not None:
                            _move_keys(n_values, n_extra, n_renamed)
                        elif n_renamed is not None:
                            for n_key, n_name in n_renamed:
                                if n_key in n_values:
                                    n_values[n_name] = n_values.pop(n_key)
                        n_model = _new(n_cls)
                        n_model.__dict__ = n_values

                        n_out.append(n_model)
                    values[key] = n_out
                else:
                    values[key] = expected.convert(cls, key, value)
            else:
                values[key] = _convert(cls, spec, key, expected, value)
        if extra is not None:
            _move_keys(values, extra, renamed)
        elif renamed is not None:
            for key, name in renamed:
                if key in values:
                    values[name] = values.pop(key)
        model = _new(cls)
        model.__dict__ = values

        append(model)
    return out


def _parse_one_owned(cls: type[T], src: Any) -> T:
    """One model from one JSON object that the SDK owns (the loop of _parse_all_owned, for a single object)."""
    spec = cls._json_spec  # type: ignore[attr-defined]
    if (
        spec is None or spec.cls is not cls
    ):  # not built yet (Model's None), or a subclass's parent's
        spec = _spec(cls)
    types = spec.types
    required = spec.required
    renamed = spec.renamed
    extra: (
        dict[str, Any] | None
    )  # unknown keys of the object being parsed (declared for mypy)
    n_extra: dict[str, Any] | None  # the same for a nested one
    stamps = _stamps
    type_of = type
    if type_of(src) is not dict and not isinstance(src, Mapping):
        raise TypeError(
            f"{cls.__name__}: expected a JSON object, got {_json_type(src)}"
        )
    if (
        required and not required <= src.keys()
    ):  # before any work (unions try a list wrapper first)
        raise MissingKeysError(cls, required - src.keys())
    if type_of(src) is dict:
        values = (
            src  # the SDK's own dict (decode_json): it becomes the model's __dict__
        )
    else:
        values = dict(src)
    extra = None
    for key, value in src.items():
        try:
            expected = types[key]
        except KeyError:  # not declared: kept in additional_properties
            if extra is None:
                extra = {}
            extra[key] = value
            continue
        if expected is type_of(value):
            continue
        if expected is DATETIME:
            try:
                values[key] = _fromisoformat(value)
            except TypeError:  # not a string
                raise _wrong(cls, key, "an ISO 8601 date-time string", value) from None
        elif expected is REPEATED_DATETIME:
            try:
                values[key] = stamps[value]  # seen before (most of them)
            except KeyError:  # the first time, or not a string
                values[key] = _stamp(cls, key, value)
            except TypeError:  # a list or an object
                raise _wrong(cls, key, "an ISO 8601 date-time string", value) from None
        elif type_of(expected) is Field:
            if expected.model is not None and type_of(value) is dict:
                n_tables = expected.tables
                if n_tables is None:
                    n_tables = _tables(expected)
                n_cls, n_spec, n_types, n_required, n_renamed = n_tables

                n_src = value
                if type_of(n_src) is not dict and not isinstance(n_src, Mapping):
                    raise TypeError(
                        f"{n_cls.__name__}: expected a JSON object, got {_json_type(n_src)}"
                    )
                if (
                    n_required and not n_required <= n_src.keys()
                ):  # before any work (unions try a list wrapper first)
                    raise MissingKeysError(n_cls, n_required - n_src.keys())
                if type_of(n_src) is dict:
                    n_values = n_src  # the SDK's own dict (decode_json): it becomes the model's __dict__
                else:
                    n_values = dict(n_src)
                n_extra = None
                for n_key, n_value in n_src.items():
                    try:
                        n_expected = n_types[n_key]
                    except KeyError:  # not declared: kept in additional_properties
                        if n_extra is None:
                            n_extra = {}
                        n_extra[n_key] = n_value
                        continue
                    if n_expected is type_of(n_value):
                        continue
                    if n_expected is DATETIME:
                        try:
                            n_values[n_key] = _fromisoformat(n_value)
                        except TypeError:  # not a string
                            raise _wrong(
                                n_cls, n_key, "an ISO 8601 date-time string", n_value
                            ) from None
                    elif n_expected is REPEATED_DATETIME:
                        try:
                            n_values[n_key] = stamps[
                                n_value
                            ]  # seen before (most of them)
                        except KeyError:  # the first time, or not a string
                            n_values[n_key] = _stamp(n_cls, n_key, n_value)
                        except TypeError:  # a list or an object
                            raise _wrong(
                                n_cls, n_key, "an ISO 8601 date-time string", n_value
                            ) from None
                    elif type_of(n_expected) is Field:
                        if n_expected.model is not None and type_of(n_value) is dict:
                            n_values[n_key] = _parse_one_owned(
                                n_expected.model, n_value
                            )
                        elif n_expected.items is not None and type_of(n_value) is list:
                            n_values[n_key] = _parse_all_owned(
                                n_expected.items, n_value
                            )
                        else:
                            n_values[n_key] = n_expected.convert(n_cls, n_key, n_value)
                    else:
                        n_values[n_key] = _convert(
                            n_cls, n_spec, n_key, n_expected, n_value
                        )
                if n_extra is not None:
                    _move_keys(n_values, n_extra, n_renamed)
                elif n_renamed is not None:
                    for n_key, n_name in n_renamed:
                        if n_key in n_values:
                            n_values[n_name] = n_values.pop(n_key)
                n_model = _new(n_cls)
                n_model.__dict__ = n_values

                values[key] = n_model
            elif expected.items is not None and type_of(value) is list:
                values[key] = _parse_all_owned(expected.items, value)
            else:
                values[key] = expected.convert(cls, key, value)
        else:
            values[key] = _convert(cls, spec, key, expected, value)
    if extra is not None:
        _move_keys(values, extra, renamed)
    elif renamed is not None:
        for key, name in renamed:
            if key in values:
                values[name] = values.pop(key)
    model = _new(cls)
    model.__dict__ = values

    return model


def parse_model(cls: type[T], src: Any) -> T:
    """A model from a JSON object: only the keys present are visited, each type-checked. The
    object itself is not changed (the model gets a copy of it)."""
    if len(_stamps) > _STAMPS_MAX:
        _stamps.clear()
    return _parse_one(cls, src)


def parse_models(cls: type[T], items: Any, owner: type, key: str) -> list[T]:
    """A list of models from a JSON array (a page's `data`)."""
    if items.__class__ is not list:
        raise _wrong(owner, key, "an array", items)
    if len(_stamps) > _STAMPS_MAX:
        _stamps.clear()
    return _parse_all(cls, items)


def parse_json(cls: type[T], body: bytes | str) -> T:
    """A model from a JSON document (a response body): `decode_json`, then the parse of
    `parse_model` without its copy, because no one else holds the decoded dict. What every
    generated `parse_response` calls for a response that is one model."""
    if len(_stamps) > _STAMPS_MAX:
        _stamps.clear()
    return _parse_one_owned(cls, decode_json(body))


# --- decoding: json.loads's results, through msgspec when it is installed

# msgspec (0.19 or later) gives json.loads's result for every JSON text it accepts, integers beyond
# 64 bits included (orjson turns those into floats, ijl/orjson#53), and refuses the rest: NaN and
# Infinity, lone surrogates, a BOM, UTF-16 and UTF-32, invalid UTF-8, numbers out of a float's
# range, more than 4,300 digits, deep nesting. Whatever it refuses goes to json.loads, whose answer
# or exception is then the one the caller gets, so nothing json.loads accepts is refused.
_fast: Any = (
    None  # msgspec's decode once looked up; False when msgspec is not installed
)


def _load_fast() -> Any:
    global _fast
    try:
        from msgspec.json import (
            Decoder,  # imported on the first response, not with the package
        )
    except ImportError:  # not installed (another Python implementation, or left out)
        _fast = False
        return False
    _fast = Decoder().decode
    return _fast


def decode_json(body: bytes | str) -> Any:
    """`json.loads(body)`: the same result, or the same exception, for any input. Through msgspec
    (about twice as fast) when it is installed and accepts the body (see above); through json.loads
    otherwise."""
    fast = _fast
    if fast is None:
        fast = _load_fast()
    if fast is not False and type(body) is bytes:
        try:
            return fast(body)
        except (
            Exception
        ):  # msgspec.DecodeError, RecursionError...: json.loads decides, as before
            pass
    return _json.loads(body)


class _Extras:
    """The class default of `additional_properties`: a new dict, stored on first access (a parsed
    object without unknown keys has none until something asks)."""

    def __get__(self, model: Any, owner: type) -> Any:
        if model is None:
            return self
        extras: dict[str, Any] = {}
        model.__dict__["additional_properties"] = extras
        return extras


class Model:
    """What every model shares: mapping access that agrees with the attributes, and JSON.

    `model["username"]` is `model.username` (a KeyError that says so when Meta did not send it),
    `"username" in model` is True when it was sent, unknown keys come from `additional_properties`,
    iterating a list response (`{"data": [...]}`) iterates its items, and `to_json()` gives the
    JSON text (`to_dict()` the JSON-ready dict).
    """

    additional_properties: dict[str, Any]
    _json_spec: Any = None  # the model's _Spec, built on first parse (types._spec)

    @classmethod
    def fits(cls, src: Mapping[str, Any]) -> bool:
        """Whether a JSON object has every key this model requires (a union's first, cheap test)."""
        spec = cls._json_spec
        if spec is None or spec.cls is not cls:
            spec = _spec(cls)
        return not spec.required or spec.required <= src.keys()

    def __getitem__(self, key: str) -> Any:
        name = _spec(type(self)).names.get(key)
        if name is not None:
            value = getattr(self, name)
            if value is UNSET:
                raise KeyError(
                    f"{key!r} is not in this {type(self).__name__}: Meta returns only the fields you request "
                    f"(add it to fields=...); once requested, read it as .{name}"
                )
            return value
        try:
            return self.additional_properties[key]
        except KeyError:
            raise KeyError(
                f"{key!r} is neither a field of {type(self).__name__} nor in this response"
            ) from None

    def __setitem__(self, key: str, value: Any) -> None:
        name = _spec(type(self)).names.get(key)
        if name is not None:
            setattr(self, name, value)
        else:
            self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        name = _spec(type(self)).names.get(key)
        if name is not None:
            setattr(self, name, UNSET)
        else:
            del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        name = _spec(type(self)).names.get(key) if isinstance(key, str) else None
        if name is not None:
            return getattr(self, name) is not UNSET
        return key in self.additional_properties

    def keys(self) -> list[str]:
        """The JSON keys this object has (declared fields that were sent, then unknown ones)."""
        names = _spec(type(self)).names
        return [k for k, n in names.items() if getattr(self, n) is not UNSET] + list(
            self.additional_properties
        )

    def get(self, key: str, default: Any = None) -> Any:
        """`model[key]`, or `default` when the key was not sent."""
        return self[key] if key in self else default

    def __iter__(self) -> Iterator[Any]:
        """A list response iterates its items (`for media in page`); other objects their keys."""
        items = _spec(type(self)).items
        if items is not None:
            value = getattr(self, items)
            return iter(() if value is UNSET else value)
        return iter(self.keys())

    @classmethod
    def from_json(cls: type[T], body: bytes | str) -> T:
        """The model for a JSON document (a response body, as bytes or text): the same result as
        `from_dict(json.loads(body))` in about 30 % less time (see `parse_json`)."""
        return parse_json(cls, body)

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def to_json(self, **kwargs: Any) -> str:
        """The object as JSON text (`json.dumps(model.to_dict(), **kwargs)`)."""
        import json

        return json.dumps(self.to_dict(), **kwargs)


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "Model",
    "RequestFiles",
    "Response",
    "Unset",
    "decode_json",
    "keep_json_keys",
    "parse_json",
    "parse_model",
    "parse_models",
    "path_segment",
]
