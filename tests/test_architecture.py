"""The package's shape: imports point one way, from delivery down to definitions, with no cycles.

Every import is counted: module level, inside functions, and under ``TYPE_CHECKING`` (a type named
from a higher part is a dependency on it all the same).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "workflow"

# low to high: a part may import its own modules and those of any part below it, never one above
# or beside it (cli and web are both delivery and may not import each other)
LAYERS: list[set[str]] = [
    {"foundation"},  # errors, paths, settings, privacy, identity, templating: the top-level modules
    {"definitions"},
    {"clocks"},
    {"store"},
    {"accounts"},  # passwords, sign-in and the security log (set on the command line, used by the web)
    {"runtime"},  # the protocol of what the parts need of the application (workflow/runtime.py)
    {"views"},
    {"engine"},
    {"outbox"},
    {"letters"},
    {"deadlines"},
    {"report"},
    {"importer"},
    {"scheduling"},
    {"app"},
    {"demo"},
    {"operations"},  # running an installation: doctor (and later backup, restore, metrics)
    {"cli", "web"},
]
RANK = {part: rank for rank, parts in enumerate(LAYERS) for part in parts}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts}


def part_of(module: str) -> str:
    pieces = module.split(".")
    if len(pieces) == 1 or pieces[1] == "__main__":
        return "cli"  # the package itself and ``python -m workflow`` are the command line
    if f"workflow.{pieces[1]}" in MODULES and MODULES[f"workflow.{pieces[1]}"].name != "__init__.py":
        return pieces[1] if pieces[1] in ("app", "runtime") else "foundation"
    return pieces[1]


def imports_of(module: str) -> set[str]:
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]
        else:
            continue
        for name in names:
            while name and name not in MODULES:
                name = name.rpartition(".")[0]
            if name.startswith("workflow") and name != module:
                found.add(name)
    return found


GRAPH = {m: imports_of(m) for m in MODULES}


def test_every_part_is_placed_in_a_layer():
    assert {part_of(m) for m in MODULES} <= set(RANK)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_point_down(module):
    mine = part_of(module)
    upward = sorted(dep for dep in GRAPH[module]
                    if part_of(dep) != mine and RANK[part_of(dep)] >= RANK[mine])
    assert upward == [], f"{module} ({mine}) imports from a part at or above it: {upward}"


def test_there_are_no_import_cycles():
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the stack, 2 done

    def visit(module: str, stack: list[str]) -> None:
        state[module] = 1
        for dep in sorted(GRAPH[module]):
            if state.get(dep) == 1:
                cycles.append(stack[stack.index(dep):] + [dep])
            elif dep not in state:
                visit(dep, stack + [dep])
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_every_sub_package_says_what_it_owns():
    for init in PACKAGE.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert len(doc) > 80 and "import" in doc, f"{init.parent.name}/__init__.py needs a docstring: owns, may import"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_every_name_imported_from_the_package_exists(module):
    """A function-local import runs only when its command does: a renamed function must not wait
    for a clerk to find it."""
    import importlib

    missing = []
    for node in ast.walk(ast.parse(MODULES[module].read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("workflow"):
            target = importlib.import_module(node.module)
            for alias in node.names:
                if not hasattr(target, alias.name) and importlib.util.find_spec(f"{node.module}.{alias.name}") is None:
                    missing.append(f"{node.module}.{alias.name}")
    assert missing == []
