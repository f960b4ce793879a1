"""Imports among claimtrack's modules run one way: no module imports another that (directly or
through others) imports it back, counting imports inside functions too (issue #17)."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "claimtrack"


@functools.cache
def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """module -> the claimtrack modules it imports anywhere in its source (TYPE_CHECKING
    blocks excepted: they never run). A sub-package (``cli/``, ``store/``) is one node: the
    imports of all its files together."""
    units: dict[str, list[Path]] = {p.stem: [p] for p in package.glob("*.py")}
    for init in package.glob("*/__init__.py"):
        units[init.parent.name] = sorted(init.parent.rglob("*.py"))
    graph: dict[str, set[str]] = {}
    for unit, paths in sorted(units.items()):
        found: set[str] = set()
        for path in paths:
            found |= _imported(ast.parse(path.read_text(encoding="utf-8")), units)
        found.discard(unit)
        graph[unit] = found
    return graph


_BLOCKS = (ast.stmt, ast.excepthandler, ast.match_case)


def _imported(tree: ast.Module, units: dict[str, list[Path]]) -> set[str]:
    # one walk of the tree's statements that never enters the body of an ``if
    # TYPE_CHECKING:`` (its else branch is walked). An import is a statement, and no
    # expression holds a statement, so the walk steps only into statements, the handlers of a
    # ``try`` and the cases of a ``match``: the same imports as a walk of every node, in a
    # tenth of the nodes (perf32: the test was among the fast suite's slowest)
    found: set[str] = set()
    todo: list[ast.AST] = [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            todo += node.orelse
            continue
        todo.extend(c for c in ast.iter_child_nodes(node) if isinstance(c, _BLOCKS))
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "claimtrack":  # from claimtrack import render
                names = [f"claimtrack.{a.name}" for a in node.names]
            else:
                names = [node.module]
        for name in names:
            parts = name.split(".")
            if parts[0] == "claimtrack" and len(parts) > 1 and parts[1] in units:
                found.add(parts[1])
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), as sorted lists."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(out)


def test_no_import_cycles_among_claimtrack_modules() -> None:
    assert cycles(import_graph()) == []


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": set()}, []),
        ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
        ({"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"c"}}, [["a", "b"], ["c", "d"]]),
    ],
)
def test_cycles_finds_every_circle(graph, expected) -> None:
    assert cycles(graph) == expected


def test_function_level_imports_count(tmp_path: Path) -> None:
    (tmp_path / "one.py").write_text("def f():\n    from claimtrack.two import x\n")
    (tmp_path / "two.py").write_text("from claimtrack import one\n")
    (tmp_path / "three.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from claimtrack import one\n"
    )
    graph = import_graph(tmp_path)
    assert graph == {"one": {"two"}, "two": {"one"}, "three": set()}
    assert cycles(graph) == [["one", "two"]]


def test_a_sub_package_is_one_node(tmp_path: Path) -> None:
    (tmp_path / "one.py").write_text("from claimtrack.two.inner import x\n")
    (tmp_path / "two").mkdir()
    (tmp_path / "two" / "__init__.py").write_text("")
    (tmp_path / "two" / "inner.py").write_text(
        "from claimtrack import one\nfrom claimtrack.two import y\n"
    )
    assert import_graph(tmp_path) == {"one": {"two"}, "two": {"one"}}


def test_the_layers_run_one_way() -> None:
    """fields <- records <- {jsonl, store} <- cli."""
    graph = import_graph()
    assert "records" in graph["jsonl"] and "records" in graph["store"]
    assert "store" not in graph["jsonl"] and "jsonl" not in graph["store"]
    assert {"store", "jsonl", "cli"}.isdisjoint(graph["records"])
