"""The package map holds: no import cycles, and each layer imports only what it may.

The import graph is read from the source (``ast``), not from a running interpreter, so an
import inside a function counts as much as one at the top: a cycle hidden in a function is
still two modules that cannot be understood apart. Imports under ``if TYPE_CHECKING:`` count
too. They cost nothing at run time, but a module that names another's type for its
annotations depends on it all the same; a ``typing.Protocol`` beside the code that needs it
says what it needs without the import (see ``ui/deck_editor/commands.py``, ``ui/window/menus.py``).

An edge ``a -> b`` means module ``a`` imports module ``b``: ``from podium.x import y`` is an edge
to ``podium.x.y`` when that is a module, else to ``podium.x``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "podium"
Graph = dict[str, set[str]]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imported(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> Iterable[str]:
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
        return
    if node.level:  # relative: resolve against the importing module's package
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - node.level + 1]
        target = ".".join([*base, node.module] if node.module else base)
    else:
        target = node.module or ""
    for alias in node.names:
        yield f"{target}.{alias.name}"


def _resolve(name: str, known: dict[str, Path]) -> str | None:
    """The podium module ``name`` refers to: itself, or the nearest enclosing module."""
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


@cache
def import_graph() -> Graph:
    """Every podium module and the podium modules it imports, anywhere in its source."""
    known = modules()
    graph: Graph = {}
    for module, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        targets = {
            _resolve(name, known)
            for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom)
            for name in _imported(node, module, path.name == "__init__.py")
            if name.split(".")[0] == "podium"
        }
        graph[module] = {t for t in targets if t and t != module}
    return graph


def cycles(graph: Graph) -> list[list[str]]:
    """One cycle (``[a, b, …, a]``) through each group of mutually importing nodes."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_path_through(graph, set(group)) for group in groups]


def _path_through(graph: Graph, group: set[str]) -> list[str]:
    """A shortest way round the group from its first member back to it."""
    start = min(group)
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        nxt_frontier = []
        for node in frontier:
            for nxt in sorted(graph.get(node, ()) & group):
                if nxt == start:
                    return [*paths[node], start]
                if nxt not in paths:
                    paths[nxt] = [*paths[node], nxt]
                    nxt_frontier.append(nxt)
        frontier = nxt_frontier
    raise AssertionError("a strongly connected group always has a way round")


def _describe(found: list[list[str]]) -> str:
    return "\n".join(" -> ".join(c) for c in found)


def feature(module: str) -> str:
    """The feature package a module belongs to: ``podium.core.deck``, ``podium.ui.window``,
    ``podium.roles.finance``, ``podium.roles.finance.ui``; the core's and the UI's top-level
    modules are ``podium.core`` and ``podium.ui``; anything else is its own top-level module.

    A role package's ``__init__`` is apart (``podium.roles.finance.__init__``): it declares the
    role, so it refers to the role's pure part and to its ui alike, and nothing imports it.
    """
    parts = module.split(".")
    if len(parts) == 3 and parts[1] == "roles":
        return f"{module}.__init__"
    if len(parts) >= 3 and parts[1] == "roles":
        return ".".join(parts[:3] + (["ui"] if len(parts) > 3 and parts[3] == "ui" else []))
    if len(parts) >= 3 and parts[1] in ("core", "ui") and f"{'.'.join(parts[:3])}" in modules():
        is_package = modules()[".".join(parts[:3])].name == "__init__.py"
        return ".".join(parts[:3]) if is_package else ".".join(parts[:2])
    return ".".join(parts[:2])


def feature_graph() -> Graph:
    graph: Graph = {}
    for module, targets in import_graph().items():
        own = feature(module)
        graph.setdefault(own, set()).update(feature(t) for t in targets if feature(t) != own)
    return graph


def imports_from(prefix: str) -> dict[str, set[str]]:
    """The modules under ``prefix`` and what each of them imports."""
    return {m: t for m, t in import_graph().items() if m == prefix or m.startswith(prefix + ".")}


def _under(module: str, *prefixes: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def broken(prefix: str, forbidden: tuple[str, ...], allowed: tuple[str, ...] = ()) -> list[str]:
    return sorted(
        f"{module} imports {target}"
        for module, targets in imports_from(prefix).items()
        for target in targets
        if _under(target, *forbidden) and not _under(target, *allowed)
    )


# ------------------------------------------------------------------ the rules


def test_the_graph_sees_imports_inside_functions_and_type_checking_blocks() -> None:
    """Guards the rules below: the graph holds edges only a thorough reading finds."""
    graph = import_graph()
    assert "podium.ui.app" in graph["podium.cli"]  # imported inside main()
    assert "podium.roles.finance.deck" in graph["podium.roles.finance"]  # inside the provider function
    assert "podium.core.model" in graph["podium.ui.window.main_window"]  # only under TYPE_CHECKING
    assert len(graph) == len(modules()) > 150


def test_there_are_no_import_cycles() -> None:
    found = cycles(import_graph())
    hint = "import cycles (break each: move the shared piece down, or pass it in):\n"
    assert not found, hint + _describe(found)


def test_feature_packages_depend_on_each_other_in_one_direction() -> None:
    """Between features too (``core.deck`` uses ``core.research``, never the other way round)."""
    found = cycles(feature_graph())
    assert not found, "feature packages that import each other:\n" + _describe(found)


def test_the_core_imports_no_ui_no_role_no_exporter_and_no_command_line() -> None:
    """Roles reach the core through the registry (core.roles finds them), never by import."""
    assert broken("podium.core", ("podium.ui", "podium.roles", "podium.export", "podium.cli")) == []


def test_the_kernel_at_the_top_of_core_imports_no_feature_package() -> None:
    kernel = {m for m in imports_from("podium.core") if feature(m) == "podium.core"}
    bad = sorted(
        f"{m} imports {t}"
        for m in kernel
        for t in import_graph()[m]
        if _under(t, "podium.core") and t not in kernel
    )
    assert bad == []


def test_exporters_use_only_the_core() -> None:
    assert broken("podium.export", ("podium.ui", "podium.roles", "podium.cli")) == []


def test_the_ui_finds_role_panels_through_the_registry() -> None:
    assert broken("podium.ui", ("podium.roles", "podium.cli")) == []


def test_what_the_whole_ui_shares_builds_on_nothing_else_in_the_ui() -> None:
    """ui.common is the bottom of the UI: settings, language, messages, the session."""
    assert broken("podium.ui.common", ("podium.ui",), ("podium.ui.common",)) == []


ROLE_PACKAGES = sorted(p.parent.name for p in (PACKAGE / "roles").glob("*/__init__.py"))


@pytest.mark.parametrize("name", ROLE_PACKAGES)
def test_a_role_keeps_to_itself_and_its_qt_to_its_ui(name: str) -> None:
    role = f"podium.roles.{name}"
    own = imports_from(role)
    others = sorted(
        f"{m} imports {t}"
        for m, targets in own.items()
        for t in targets
        if _under(t, "podium.roles", "podium.cli") and not _under(t, role)
    )
    assert others == [], "a role imports no other role and not the command line"
    pure = sorted(
        f"{m} imports {t}"
        for m, targets in own.items()
        if feature(m) == role
        for t in targets
        if _under(t, "podium.ui", f"{role}.ui")
    )
    assert pure == [], "a role's pure part never imports widgets (only its __init__'s panel factory does)"
    beyond = sorted(
        f"{m} imports {t}"
        for m, targets in own.items()
        if feature(m) == f"{role}.ui"
        for t in targets
        if _under(t, "podium.ui") and not _under(t, "podium.ui.common", "podium.ui.slides")
    )
    assert beyond == [], "a role's panel builds on the shared UI (ui.common, ui.slides), not on a feature's"


def test_only_the_entry_point_imports_the_command_line() -> None:
    importers = sorted(
        m for m, targets in import_graph().items() if any(_under(t, "podium.cli") for t in targets)
    )
    assert [m for m in importers if not _under(m, "podium.cli")] == ["podium.__main__"]


def test_ui_keeps_its_features_in_folders() -> None:
    """At most 20 modules directly in ui/: a newcomer finds a feature by its folder."""
    direct = sorted(p.name for p in (PACKAGE / "ui").glob("*.py"))
    assert len(direct) <= 20, direct


# ------------------------------------------------------------------ the checker itself


def test_a_cycle_is_found_and_named_whatever_the_module_order() -> None:
    graph: Graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "x": {"y"}, "y": {"x"}}
    assert sorted(cycles(graph)) == [["a", "b", "c", "a"], ["x", "y", "x"]]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_a_function_level_import_closes_a_cycle(tmp_path: Path) -> None:
    """The reading counts ``import`` statements wherever they are."""
    tree = ast.parse("def f():\n    from podium.core import model\n")
    node = next(n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom))
    assert list(_imported(node, "podium.core.clock", False)) == ["podium.core.model"]
    relative = ast.parse("from . import model\n").body[0]
    assert isinstance(relative, ast.ImportFrom)
    assert list(_imported(relative, "podium.core.clock", False)) == ["podium.core.model"]
    assert list(_imported(relative, "podium.core", True)) == ["podium.core.model"]
