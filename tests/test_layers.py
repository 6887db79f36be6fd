"""The package's layers: each subpackage imports only those below it, never another's private names,
and no module imports itself back through others (no cycles, imports inside functions included)."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "workbench"

#: Layer of each top-level module or subpackage: a layer imports only from lower ones.
LAYERS = {
    "config": 0, "schema": 0, "_shims": 0,
    "text": 1,
    "ingest": 2,
    "layout": 3,
    "quotes": 4, "entities": 4, "sentiment": 4, "filters": 4,
    "topics": 5,
    "compare": 6,
    "build": 7,
    "corpus": 8,
    "ui": 9,
    "__init__": 10, "__main__": 10,
}  # fmt: skip


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        yield path, parts


def _walk(tree):
    """Every node but those under ``if TYPE_CHECKING:`` (annotations only: never run)."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            todo.extend(node.orelse)
            continue
        todo.extend(ast.iter_child_nodes(node))


def _imports(path: Path, parts: tuple[str, ...]):
    """(target module parts, imported names) of every workbench import in ``path``."""
    package = parts[:-1]
    for node in _walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - (node.level - 1)]
            target = base + tuple(node.module.split(".")) if node.module else base
            yield target, [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("workbench"):
            yield tuple(node.module.split(".")[1:]), [a.name for a in node.names]


def _top(parts: tuple[str, ...]) -> str:
    return parts[0] if parts else "__init__"


@pytest.mark.parametrize("path, parts", list(_modules()), ids=lambda v: str(v) if isinstance(v, Path) else "")
def test_imports_go_down_and_stay_public(path, parts):
    me = _top(parts)
    for target, names in _imports(path, parts):
        if not target:  # "from .. import text": the names are subpackages or modules
            targets = [((n,), []) for n in names]
        elif len(target) == 1 and target[0] in LAYERS and target[0] not in ("config", "schema", "corpus"):
            # "from ..quotes import x": x may itself be a private module of that subpackage
            targets = [(target + (n,), []) if n.startswith("_") else (target, [n]) for n in names]
        else:
            targets = [(target, names)]
        for tgt, imported in targets:
            other = _top(tgt)
            if other == me or other == "__version__":
                continue
            assert LAYERS[other] < LAYERS[me], f"{'/'.join(parts)} imports {'.'.join(tgt)} (not below it)"
            private = [n for n in (*tgt[1:], *imported) if n.startswith("_") and n != "__version__"]
            assert not private, f"{'/'.join(parts)} imports private {private} of {other}"


def test_no_import_cycles():
    graph: dict[tuple, set] = {}
    known = {parts for _, parts in _modules()}
    for path, parts in _modules():
        for target, names in _imports(path, parts):
            for cand in [target + (n,) for n in names] + [target]:
                if cand in known:
                    graph.setdefault(parts, set()).add(cand)
                    break
                if cand + ("__init__",) in known:
                    graph.setdefault(parts, set()).add(cand + ("__init__",))
                    break
    # a package's __init__ importing its own modules is how re-exports work: not a cycle
    edges = {m: {t for t in ts if not (m[-1] == "__init__" and t[: len(m) - 1] == m[:-1])}
             for m, ts in graph.items()}  # fmt: skip
    state: dict[tuple, int] = {}

    def visit(node, trail):
        state[node] = 1
        for nxt in edges.get(node, ()):
            if state.get(nxt) == 1:
                cycle = trail[trail.index(nxt) :] + [nxt] if nxt in trail else [node, nxt]
                pytest.fail("import cycle: " + " -> ".join("/".join(c) for c in cycle))
            if nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
