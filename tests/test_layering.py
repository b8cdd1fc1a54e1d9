"""The house rules of the package layout, read from the source itself.

The core never reaches up into a front end, the command line never needs the reader,
the core's feature packages depend on each other in one direction only, and no two
modules import each other, even lazily inside a function. Imports under
``if TYPE_CHECKING:`` are for the type checker only and do not count. Modules stay
under 400 lines and functions under 60, so each can be read in one sitting.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "tui"
CORE_FEATURES = (
    "corpus",
    "store",
    "entities",
    "quotes",
    "analysis",
    "search",
    "compare",
    "service",
    "overview",
    "web",
)
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


@cache
def modules() -> dict[str, Path]:
    """Every module of the package by dotted name."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """All nodes except those under ``if TYPE_CHECKING:``."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from (n for child in node.orelse for n in ast.walk(child))
            continue
        yield node
        yield from _runtime_nodes(node)


@cache
def imported(name: str) -> frozenset[str]:
    """What module ``name`` imports at run time: top-level packages and our modules."""
    tree = ast.parse(modules()[name].read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in _runtime_nodes(tree):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            out.add(node.module)
            out.update(f"{node.module}.{alias.name}" for alias in node.names)
    return frozenset(out)


def own_imports(name: str) -> set[str]:
    return {m for m in imported(name) if m in modules() and m != name}


def _third_party(name: str) -> set[str]:
    return {m.split(".")[0] for m in imported(name)}


def test_the_core_never_imports_a_front_end() -> None:
    offenders = {
        name: sorted(
            m
            for m in imported(name)
            if m.startswith(("tui.ui", "tui.commands", "tui.cli")) or m in ("textual", "rich")
        )
        for name in modules()
        if name.startswith("tui.core")
    }
    assert {k: v for k, v in offenders.items() if v} == {}
    assert not [
        n for n in modules() if n.startswith("tui.core") and _third_party(n) & {"textual", "rich"}
    ]


def test_the_command_line_never_imports_the_reader() -> None:
    offenders = {
        name: sorted(m for m in imported(name) if m.startswith("tui.ui") or m == "textual")
        for name in modules()
        if name.startswith("tui.commands")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def _feature(name: str) -> str | None:
    parts = name.split(".")
    if len(parts) > 2 and parts[:2] == ["tui", "core"] and parts[2] in CORE_FEATURES:
        return parts[2]
    return None


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one node (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            nxt = next(edges, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph.get(nxt, ())))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    group.append(top)
                    if top == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_the_core_feature_packages_form_a_dag() -> None:
    graph: dict[str, set[str]] = {feature: set() for feature in CORE_FEATURES}
    for name in modules():
        source = _feature(name)
        for target in map(_feature, own_imports(name)):
            if source and target and target != source:
                graph[source].add(target)
    assert _cycles(graph) == []


def test_no_two_modules_import_each_other() -> None:
    graph = {name: own_imports(name) for name in modules()}
    # A package's __init__ is imported with any of its modules; only real edges count.
    assert _cycles(graph) == []


def test_cycle_finder_sees_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize("name", sorted(modules()))
def test_modules_and_functions_stay_small(name: str) -> None:
    source = modules()[name].read_text(encoding="utf-8")
    assert source.count("\n") < MAX_MODULE_LINES, f"{name} has {source.count(chr(10))} lines"
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and (node.end_lineno or node.lineno) - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert long == []
