"""Emit the resource namespaces (one sync and one async class per tag) into generated/.

Why a post-generation step and not an openapi-python-client template override: the namespaces
need the spec's vendor extensions (x-sdk-method, x-comma-list, x-sdk-default, x-login,
x-sdk-retry, x-sdk-paginated, servers per operation), and oapc's template model drops every
`x-*` key (see ../shared/reference/toolchain-notes.md, "fields: str | Sequence[str]"). This step
reads the raw spec for those, and reads oapc's *output* (the `build_request` signatures, the model
fields, the imports) for exact type names, so it depends only on the shape of the generated
modules, which the pinned generator keeps stable.

Output (all inside the generated package, all imports relative):
    _operations.py          Operation metadata table + DEFAULT_API_VERSION (from the spec).
    fields.py               USER_FIELDS, MEDIA_FIELDS, COMMENT_FIELDS: the plain fields of each object.
    resources/_base.py      Runner protocols and the small helpers the namespaces call.
    resources/<tag>.py      <Tag>Resource and Async<Tag>Resource.
    resources/__init__.py   RESOURCE_CLASSES: tag -> (module, sync class, async class).
"""

from __future__ import annotations

import ast
import keyword
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "post", "delete", "put", "patch")
# Schemas that describe error bodies; they never appear in a namespace method's return type.
ERROR_SCHEMAS = {"GraphErrorEnvelope", "OAuthErrorResponse", "UploadFailure"}


# ----------------------------------------------------------------------------------- spec side
@dataclass
class Param:
    name: str
    location: str
    required: bool
    description: str
    comma_list: bool
    sdk_default: str | None
    positional: bool
    const: Any = None  # single-value required enum: filled in, not exposed


@dataclass
class Op:
    operation_id: str
    tag: str
    method_name: str
    http_method: str
    path: str
    server: str
    login: str
    auth: str
    retry: str
    paginated: str | None
    status: str
    hidden: bool
    unwrap: str | None
    summary: str
    description: str
    params: list[Param] = field(default_factory=list)
    success_schemas: list[str] = field(default_factory=list)


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), ref
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


def _schema_names(spec: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    if "$ref" in schema:
        return [schema["$ref"].rsplit("/", 1)[1]]
    names: list[str] = []
    for key in ("oneOf", "anyOf"):
        for sub in schema.get(key, []):
            names += _schema_names(spec, sub)
    return names


def read_operations(spec: dict[str, Any]) -> list[Op]:
    root_server = spec["servers"][0]["url"]
    ops: list[Op] = []
    for path, item in spec["paths"].items():
        for http_method in HTTP_METHODS:
            if http_method not in item:
                continue
            raw = item[http_method]
            params = []
            for p in [*item.get("parameters", []), *raw.get("parameters", [])]:
                p = _resolve(spec, p)
                schema = p.get("schema", {})
                enum = schema.get("enum")
                const = enum[0] if p.get("required") and enum and len(enum) == 1 else None
                params.append(
                    Param(
                        name=p["name"],
                        location=p["in"],
                        required=bool(p.get("required")),
                        description=" ".join(p.get("description", "").split()),
                        comma_list=bool(p.get("x-comma-list")),
                        sdk_default=p.get("x-sdk-default"),
                        positional=bool(p.get("x-sdk-positional")),
                        const=const,
                    )
                )
            success: list[str] = []
            for code, response in raw.get("responses", {}).items():
                if code.startswith("2"):
                    response = _resolve(spec, response)
                    for media in response.get("content", {}).values():
                        success += _schema_names(spec, media.get("schema", {}))
            security = raw.get("security")
            if security == []:
                auth = "none"
            elif security and {} in security:  # `security: [{}, ...]`: a token is optional
                auth = "optional"
            elif security and "ruploadAuth" in security[0]:
                auth = "rupload"
            else:
                auth = "bearer"
            if "x-sdk-retry" in raw:
                retry = raw["x-sdk-retry"]
            elif http_method in ("get", "delete"):
                # Every POST is "unsafe": Meta has no idempotency keys, so a POST that may have
                # reached it is never sent again (media_publish reconciles instead: x-sdk-retry).
                retry = "idempotent"
            else:
                retry = "unsafe"
            ops.append(
                Op(
                    operation_id=raw["operationId"],
                    tag=raw["tags"][0],
                    method_name=raw.get("x-sdk-method", raw["operationId"]),
                    http_method=http_method.upper(),
                    path=path,
                    server=raw.get("servers", [{"url": root_server}])[0]["url"],
                    login=raw.get("x-login", "any"),
                    auth=auth,
                    retry=retry,
                    paginated=raw.get("x-sdk-paginated"),
                    status=raw.get("x-status", "stable"),
                    hidden=bool(raw.get("x-sdk-hidden")),
                    unwrap=raw.get("x-sdk-unwrap"),
                    summary=raw.get("summary", ""),
                    description=raw.get("description", ""),
                    params=params,
                    success_schemas=success,
                )
            )
    return ops


# ------------------------------------------------------------------------------ generated side
@dataclass
class Arg:
    name: str
    annotation: str
    has_default: bool
    kw_only: bool


class ModuleInfo:
    """What we need to know about one generated module: imports and function/class shapes."""

    def __init__(self, path: Path) -> None:
        self.tree = ast.parse(path.read_text())
        self.imports: dict[str, str] = {}  # name -> "models.<module>" or "types"
        nodes = list(self.tree.body)
        for node in self.tree.body:  # also look inside `if TYPE_CHECKING:` blocks
            if isinstance(node, ast.If):
                nodes += node.body
        for node in nodes:
            if (
                isinstance(node, ast.ImportFrom)
                and node.level >= 2
                and node.module
                and (node.module.startswith("models.") or node.module == "types")
            ):
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = node.module

    def function(self, name: str) -> ast.FunctionDef:
        for node in self.tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == name:
                return node
        raise LookupError(name)

    def args(self, name: str) -> list[Arg]:
        fn = self.function(name)
        out = []
        positional = fn.args.args
        n_defaults = len(fn.args.defaults)
        for i, a in enumerate(positional):
            has_default = i >= len(positional) - n_defaults
            out.append(Arg(a.arg, ast.unparse(a.annotation) if a.annotation else "Any", has_default, False))
        for a, d in zip(fn.args.kwonlyargs, fn.args.kw_defaults, strict=True):
            out.append(Arg(a.arg, ast.unparse(a.annotation) if a.annotation else "Any", d is not None, True))
        return out

    def class_fields(self, class_name: str) -> list[tuple[str, str, bool]]:
        """(name, annotation, required) for each attrs field of a generated model class."""
        for node in self.tree.body:
            if isinstance(node, ast.ClassDef) and node.name == class_name:
                fields = []
                for stmt in node.body:
                    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                        if stmt.target.id == "additional_properties":
                            continue
                        fields.append((stmt.target.id, ast.unparse(stmt.annotation), stmt.value is None))
                return fields
        raise LookupError(class_name)


# ------------------------------------------------------------------------------------ emitting
def snake_to_pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def python_name(name: str) -> str:
    """oapc's rule for argument names: keywords get a trailing underscore."""
    name = re.sub(r"\W", "_", name)
    return f"{name}_" if keyword.iskeyword(name) else name


def docstring(text: str, indent: str) -> str:
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').rstrip()
    body = textwrap.indent(text, indent).lstrip()
    return f'{indent}"""{body}\n{indent}"""\n' if "\n" in text else f'{indent}"""{body}"""\n'


class Emitter:
    def __init__(self, spec: dict[str, Any], package_dir: Path) -> None:
        self.spec = spec
        self.pkg = package_dir
        self.ops = read_operations(spec)
        self.model_cache: dict[str, ModuleInfo] = {}

    # --- helpers over generated models
    def model_info(self, module: str) -> ModuleInfo:
        if module not in self.model_cache:
            self.model_cache[module] = ModuleInfo(self.pkg / (module.replace(".", "/") + ".py"))
        return self.model_cache[module]

    def is_model(self, name: str, module: str | None) -> bool:
        if module is None or not module.startswith("models."):
            return False
        info = self.model_info(module)
        return any(isinstance(n, ast.ClassDef) and n.name == name for n in info.tree.body)

    # --- per-operation rendering
    def render_method(self, op: Op, is_async: bool, imports: set[str], type_imports: set[str]) -> str:
        mod = ModuleInfo(self.pkg / "api" / op.tag / f"{op.operation_id}.py")
        alias = f"_{op.operation_id}"
        imports.add(f"from ..api.{op.tag} import {op.operation_id} as {alias}")
        kw_args = {a.name: a for a in mod.args("build_request")}
        spec_params = {python_name(p.name): p for p in op.params}
        for arg_name in kw_args:  # oapc suffixes a parameter whose name clashes, e.g. url -> url_query
            for p in op.params:
                if arg_name == f"{python_name(p.name)}_{p.location}":
                    spec_params[arg_name] = p

        def use(annotation: str, module_imports: dict[str, str]) -> str:
            """Rewrite a generated annotation for the public signature and record its imports."""
            tree = ast.parse(annotation, mode="eval")

            class Rewrite(ast.NodeTransformer):
                def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
                    self.generic_visit(node)
                    if isinstance(node.value, ast.Name) and node.value.id == "list":
                        node.value.id = "Sequence"
                        type_imports.add("from collections.abc import Sequence")
                    return node

                def visit_Name(self, node: ast.Name) -> ast.AST:
                    target = module_imports.get(node.id)
                    if target == "types":
                        imports.add(f"from ..types import {node.id}")
                    elif target is not None:
                        imports.add(f"from ..{target} import {node.id}")
                        if emitter.is_model(node.id, target):
                            type_imports.add(f"from ..params import {node.id}Param")
                            return ast.BinOp(left=node, op=ast.BitOr(), right=ast.Name(f"{node.id}Param"))
                    return node

            emitter = self
            return ast.unparse(Rewrite().visit(tree))

        signature: list[str] = []  # rendered parameters after `self`
        keyword_only: list[str] = []
        call_positional: list[str] = []
        call_keywords: list[str] = []
        arg_docs: list[tuple[str, str]] = []

        # Path parameters: positional, in build_request order.
        for arg in (a for a in kw_args.values() if not a.kw_only):
            p = spec_params[arg.name]
            if p.sdk_default == "me":
                keyword_only.append(f"{arg.name}: str | None = None")
                call_positional.append(f"self._runner.user_id({arg.name})")
                arg_docs.append((arg.name, p.description or "Defaults to the client's user (`me`)."))
            elif p.sdk_default == "$api_version":
                call_positional.append("self._runner.api_version")
            else:
                signature.append(f"{arg.name}: str")
                # Checked by the runner before anything is sent (an ID of "..", "" or "1/x" would
                # change which endpoint is called).
                call_positional.append(f'self._runner.path_id("{arg.name}", {arg.name})')
                arg_docs.append((arg.name, p.description))

        # Query and header parameters (public names are the spec's, e.g. `url`, even where oapc
        # renamed the generated argument to avoid a clash, e.g. `url_query`).
        optional_positional: list[str] = []
        for arg in (a for a in kw_args.values() if a.kw_only and a.name != "body"):
            p = spec_params[arg.name]
            if p.const is not None:
                call_keywords.append(f"{arg.name}={p.const!r}")
                continue
            public = python_name(p.name)
            annotation = use(arg.annotation, mod.imports)
            value = public
            if p.comma_list:
                annotation = annotation.replace("str", "str | Sequence[str]", 1)
                type_imports.add("from collections.abc import Sequence")
                imports.add("from ._base import csv")
                value = f"csv({public})"
            if p.sdk_default is not None:
                annotation = annotation.replace(" | Unset", "")
                rendered = f"{public}: {annotation} = {p.sdk_default!r}"
            elif arg.has_default:
                imports.add("from ..types import UNSET")
                rendered = f"{public}: {annotation} = UNSET"
            else:
                rendered = f"{public}: {annotation}"
            if p.positional:
                (optional_positional if (p.sdk_default is not None or arg.has_default) else signature).append(rendered)
            else:
                keyword_only.append(rendered)
            call_keywords.append(f"{arg.name}={value}")
            arg_docs.append((public, p.description))
        signature += optional_positional

        # Request body: flattened into keyword arguments.
        if "body" in kw_args:
            body = kw_args["body"]
            body_type = body.annotation.replace(" | Unset", "")
            if body_type == "File":
                imports.add("from ..types import File")
                imports.add("from ._base import as_file")
                imports.add("from ..types import UNSET, Unset")
                type_imports.add("from typing import BinaryIO")
                keyword_only.append("content: bytes | BinaryIO | Unset = UNSET")
                call_keywords.append("body=as_file(content)")
                arg_docs.append(("content", "The bytes to send (or a binary file object)."))
            else:
                module = mod.imports[body_type]
                imports.add(f"from ..{module} import {body_type}")
                model = self.model_info(module)
                body_schema = self.spec["components"]["schemas"][body_type]
                ctor: list[str] = []
                for fname, fannotation, required in model.class_fields(body_type):
                    annotation = use(fannotation, model.imports)
                    json_name = fname.rstrip("_")
                    prop = body_schema.get("properties", {}).get(json_name, {})
                    value = fname
                    base = fannotation.replace(" | Unset", "")
                    nested = model.imports.get(base)
                    list_match = re.fullmatch(r"list\[(\w+)\]", base)
                    if nested and self.is_model(base, nested):
                        imports.add("from ._base import coerce")
                        value = f"coerce({base}, {fname})"
                    elif list_match and self.is_model(list_match.group(1), model.imports.get(list_match.group(1))):
                        imports.add("from ._base import coerce_list")
                        value = f"coerce_list({list_match.group(1)}, {fname})"
                    elif base.startswith("list["):
                        imports.add("from ._base import as_list")
                        value = f"as_list({fname})"
                    if prop.get("x-comma-list"):
                        annotation = annotation.replace("str", "str | Sequence[str]", 1)
                        type_imports.add("from collections.abc import Sequence")
                        imports.add("from ._base import csv")
                        value = f"csv({fname})"
                    if "x-sdk-default" in prop:
                        rendered = f"{fname}: {annotation.replace(' | Unset', '')} = {prop['x-sdk-default']!r}"
                    elif required:
                        rendered = f"{fname}: {annotation}"
                    else:
                        imports.add("from ..types import UNSET")
                        rendered = f"{fname}: {annotation} = UNSET"
                    if prop.get("x-sdk-positional"):
                        signature.append(rendered)
                    else:
                        keyword_only.append(rendered)
                    ctor.append(f"{fname}={value}")
                    arg_docs.append((fname, " ".join(prop.get("description", "").split())))
                call_keywords.append(f"body={body_type}({', '.join(ctor)})")

        # Return type.
        success = [s for s in op.success_schemas if s not in ERROR_SCHEMAS]
        for name in success:
            imports.add(f"from ..{mod.imports[name]} import {name}")
        unwrap = ""
        if op.unwrap == "data-first":
            lists = [s for s in success if s.endswith("List")]
            success = [s for s in success if s not in lists]
            imports.add("from ._base import first_of_data")
            unwrap = ", unwrap=first_of_data"
        return_type = " | ".join(success) if success else "None"
        imports.add("from typing import cast")

        params = ["self", *signature]
        if keyword_only:
            params += ["*", *keyword_only]
        call = f"{alias}.build_request({', '.join(call_positional + call_keywords)})"
        doc = [op.summary.rstrip(".") + ".", "", op.description.strip()]
        documented = [(n, d) for n, d in arg_docs if d]
        if documented:
            doc += ["", "Args:"]
            doc += [f"    {n}: {d}" for n, d in documented]
        runner_call = (
            f'self._runner.call(OPERATIONS["{op.operation_id}"], lambda: {call}, {alias}.parse_response{unwrap})'
        )
        prefix = "async " if is_async else ""
        awaited = f"await {runner_call}" if is_async else runner_call
        lines = [
            f"    {prefix}def {op.method_name}({', '.join(params)}) -> {return_type}:\n",
            docstring("\n".join(doc), "        "),
            f'        return cast("{return_type}", {awaited})\n',
        ]
        return "".join(lines)

    def render_tag(self, tag: str, ops: list[Op]) -> str:
        imports: set[str] = {"from .._operations import OPERATIONS", "from ._base import AsyncResource, SyncResource"}
        type_imports: set[str] = set()
        classes = []
        description = next(t.get("description", "") for t in self.spec["tags"] if t["name"] == tag)
        for is_async in (False, True):
            cls = f"{'Async' if is_async else ''}{snake_to_pascal(tag)}Resource"
            base = "AsyncResource" if is_async else "SyncResource"
            methods = [self.render_method(op, is_async, imports, type_imports) for op in ops]
            table = ", ".join(f'"{op.method_name}": OPERATIONS["{op.operation_id}"]' for op in ops)
            classes.append(
                f"class {cls}({base}):\n"
                f'    """The `{tag}` namespace{" (async)" if is_async else ""}: {description}"""\n\n'
                f"    __slots__ = ()\n"
                f"    _operations = {{{table}}}\n\n" + "\n".join(methods)
            )
        header = (
            f'"""The `{tag}` resource namespace. Generated by scripts/codegen/emit_resources.py; do not edit."""\n\n'
            "from __future__ import annotations\n\n"
        )
        # Annotation-only names are imported at run time too (not under TYPE_CHECKING), so that
        # typing.get_type_hints() and the tools built on it can resolve every signature.
        return header + "\n".join(sorted(imports | type_imports)) + "\n\n\n" + "\n\n".join(classes)

    def render_operations(self) -> str:
        version = self.spec["servers"][0]["variables"]["version"]["default"]
        rows = []
        for op in sorted(self.ops, key=lambda o: o.operation_id):
            rows.append(
                f'    "{op.operation_id}": Operation("{op.operation_id}", "{op.tag}", "{op.method_name}", '
                f'"{op.http_method}", "{op.path}", "{op.server}", "{op.login}", "{op.auth}", "{op.retry}", '
                f'{op.paginated!r}, "{op.status}", {op.hidden}),\n'
            )
        return (
            '"""Operation metadata from spec/instagram.openapi.yaml. Generated; do not edit."""\n\n'
            "from typing import NamedTuple\n\n"
            "# The Graph API version used unless a client asks for another (spec: servers[0].variables.version).\n"
            f'DEFAULT_API_VERSION = "{version}"\n\n\n'
            "class Operation(NamedTuple):\n"
            '    """One spec operation, with the vendor extensions the runtime needs."""\n\n'
            "    operation_id: str\n"
            "    tag: str\n"
            "    method_name: str\n"
            "    http_method: str\n"
            "    path: str\n"
            '    server: str  # URL template; "{version}" is the API version\n'
            '    login: str  # "any", "instagram" or "facebook" (x-login)\n'
            '    auth: str  # "bearer", "optional", "none" or "rupload"\n'
            '    retry: str  # "idempotent", "unsafe", "never" or "reconcile-container" (x-sdk-retry)\n'
            '    paginated: str | None  # "cursor", "cursor-only" or "time" (x-sdk-paginated)\n'
            '    status: str  # "stable" or "unconfirmed" (x-status)\n'
            "    hidden: bool  # x-sdk-hidden: no namespace method\n\n\n"
            "OPERATIONS: dict[str, Operation] = {\n" + "".join(rows) + "}\n"
        )

    def render_fields(self) -> str:
        """The plain (scalar) fields of the main objects: what `fields=` can name without an
        expansion. Object-valued fields (`owner`, `children{...}`, `business_discovery.username(...)`)
        need a sub-selection or a parameter, so they are left out."""
        schemas = self.spec["components"]["schemas"]
        lines = []
        for const, name in (("USER_FIELDS", "User"), ("MEDIA_FIELDS", "Media"), ("COMMENT_FIELDS", "Comment")):
            names = [
                prop
                for prop, sub in schemas[name]["properties"].items()
                if "$ref" not in sub and sub.get("type") not in ("object", "array", None)
            ]
            lines.append(f"{const}: tuple[str, ...] = (\n" + "".join(f'    "{n}",\n' for n in names) + ")\n")
        return (
            '"""The plain fields of User, Media and Comment in the spec (for `fields=`). Generated; do not edit."""\n\n'
            + "\n".join(lines)
        )

    def write(self) -> list[Path]:
        written = []
        (self.pkg / "fields.py").write_text(self.render_fields())
        written.append(self.pkg / "fields.py")
        (self.pkg / "_operations.py").write_text(self.render_operations())
        written.append(self.pkg / "_operations.py")
        out = self.pkg / "resources"
        out.mkdir(exist_ok=True)
        (out / "_base.py").write_text((Path(__file__).parent / "resources_base.py").read_text())
        tags = [t["name"] for t in self.spec["tags"]]
        entries = []
        for tag in tags:
            ops = [op for op in self.ops if op.tag == tag and not op.hidden]
            (out / f"{tag}.py").write_text(self.render_tag(tag, ops))
            written.append(out / f"{tag}.py")
            pascal = snake_to_pascal(tag)
            entries.append(f'    "{tag}": ("{tag}", "{pascal}Resource", "Async{pascal}Resource"),\n')
        (out / "__init__.py").write_text(
            '"""Resource namespaces, one module per spec tag; import them lazily. Generated; do not edit."""\n\n'
            "# tag -> (module in this package, sync class, async class)\n"
            "RESOURCE_CLASSES: dict[str, tuple[str, str, str]] = {\n" + "".join(entries) + "}\n"
        )
        return written
