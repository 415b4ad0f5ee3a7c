"""No import cycle anywhere in the overlay (issue 13).

The graph is built with `ast` from every module of `overlay/instagram_graph_api_sdk`: relative
imports are resolved, and imports at module level, inside functions and under `if TYPE_CHECKING:`
all count. `from . import x` points at the submodule `x` when there is one, else at the package;
a package's own `__init__` is not an implied dependency of its submodules.

Two rules:
* at run time (everything but the `TYPE_CHECKING` blocks), no cycle at all: a lazy import inside
  a function is still a dependency, and a cycle through one is an order-of-import accident waiting;
* counting the type-only imports too, no cycle but the ones in KNOWN_TYPE_ONLY_CYCLES, each with
  the step that removes it. A type-only cycle runs fine, but it ties modules together just the same
  (the fake's three modules were such a cycle).
"""

from __future__ import annotations

import ast
from collections import deque
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "overlay"
PACKAGE = "instagram_graph_api_sdk"
Graph = Mapping[str, set[str]]

# Type-only cycles that remain, each as its sorted set of modules, with the step that removes them.
KNOWN_TYPE_ONLY_CYCLES: dict[frozenset[str], str] = {}


def modules(root: Path, package: str) -> dict[str, tuple[Path, bool]]:
    """Dotted module name -> (file, is a package)."""
    found = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        found[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return found


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(node: ast.AST, *, type_only: bool) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import under `node`, at any depth; `type_only=False` leaves out `if TYPE_CHECKING:`."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child
        if isinstance(child, ast.If) and _type_checking(child) and not type_only:
            for other in child.orelse:
                yield from _imports(ast.Module(body=[other], type_ignores=[]), type_only=type_only)
            continue
        yield from _imports(child, type_only=type_only)


def import_graph(root: Path, package: str, *, type_only: bool) -> dict[str, set[str]]:
    """Module -> the package's modules it imports (names relative to the package)."""
    found = modules(root, package)
    graph: dict[str, set[str]] = {name: set() for name in found}
    for name, (path, is_package) in found.items():
        here = name.split(".") if is_package else name.split(".")[:-1]
        for node in _imports(ast.parse(path.read_text(encoding="utf-8")), type_only=type_only):
            if isinstance(node, ast.Import):
                graph[name] |= {alias.name for alias in node.names if alias.name in found}
                continue
            if node.level:
                base = here[: len(here) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                if submodule in found:
                    graph[name].add(submodule)
                elif target in found:
                    graph[name].add(target)
    prefix = package + "."
    return {m.removeprefix(prefix): {d.removeprefix(prefix) for d in deps} for m, deps in graph.items()}


def shortest_cycle(graph: Graph, start: str) -> list[str] | None:
    """A shortest way from `start` back to itself, as [start, ..., start] (breadth first)."""
    parents: dict[str, str | None] = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in sorted(graph.get(node, ())):
            if nxt == start:
                path = [node]
                while (parent := parents[path[-1]]) is not None:
                    path.append(parent)
                return [*reversed(path), start]
            if nxt not in parents:
                parents[nxt] = node
                queue.append(nxt)
    return None


def cycles(graph: Graph) -> list[list[str]]:
    """A shortest cycle through each module that is on one (one per set of modules), sorted."""
    found: dict[frozenset[str], list[str]] = {}
    for start in sorted(graph):
        cycle = shortest_cycle(graph, start)
        if cycle is not None:
            found.setdefault(frozenset(cycle), cycle)
    return sorted(found.values())


def show(found: list[list[str]]) -> str:
    return "\n".join(" -> ".join(cycle) for cycle in found)


def test_no_import_cycle_at_run_time() -> None:
    found = cycles(import_graph(ROOT, PACKAGE, type_only=False))
    assert found == [], "import cycles (run time):\n" + show(found)


def test_no_import_cycle_counting_type_only_imports_but_the_known_ones() -> None:
    found = cycles(import_graph(ROOT, PACKAGE, type_only=True))
    unknown = [c for c in found if frozenset(c) not in KNOWN_TYPE_ONLY_CYCLES]
    assert unknown == [], "import cycles (type-only imports included):\n" + show(unknown)
    gone = set(KNOWN_TYPE_ONLY_CYCLES) - {frozenset(c) for c in found}
    assert not gone, f"these cycles are gone: remove them from KNOWN_TYPE_ONLY_CYCLES: {sorted(map(sorted, gone))}"


def test_the_fake_has_no_cycle_even_through_type_only_imports() -> None:
    found = cycles(import_graph(ROOT, PACKAGE, type_only=True))
    assert [c for c in found if any(m.startswith("testing.") for m in c)] == []


@pytest.fixture
def tangled(tmp_path: Path) -> Path:
    """A package whose modules import each other in the ways the overlay does."""
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    files = {
        "__init__.py": "from .a import A\n",
        "a.py": "from typing import TYPE_CHECKING\nfrom . import b\nif TYPE_CHECKING:\n    from .sub.c import C\n",
        "b.py": "def f():\n    from .sub import c\n",
        "sub/__init__.py": "",
        "sub/c.py": "import pkg.d\nfrom .. import a\n",
        "d.py": "from pkg.sub.c import C\n",
        "e.py": "from . import A\nfrom typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    pass\nelse:\n    from . import e\n",
    }
    for name, text in files.items():
        (package / name).write_text(text)
    return tmp_path


def test_the_graph_resolves_relative_lazy_and_type_only_imports(tangled: Path) -> None:
    runtime = import_graph(tangled, "pkg", type_only=False)
    assert runtime == {
        "pkg": {"a"},
        "a": {"b"},
        "b": {"sub.c"},
        "sub": set(),
        "sub.c": {"d", "a"},
        "d": {"sub.c"},
        "e": {"pkg", "e"},
    }
    assert import_graph(tangled, "pkg", type_only=True)["a"] == {"b", "sub.c"}


def test_the_check_finds_and_prints_the_cycles(tangled: Path) -> None:
    found = cycles(import_graph(tangled, "pkg", type_only=False))
    assert ["a", "b", "sub.c", "a"] in found
    assert ["d", "sub.c", "d"] in found
    assert ["e", "e"] in found
    assert "a -> b -> sub.c -> a" in show(found)
    assert cycles({"x": {"y"}, "y": set()}) == []
