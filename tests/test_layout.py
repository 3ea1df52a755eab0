"""The package's shape: each outside library in its one module, no import cycles, engines by name."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

KG = Path(__file__).resolve().parent.parent / "kg"
# kg/show.py still reads Oxigraph stores itself; the page rework (issue 14) moves it onto kg.store.
NOT_YET_MOVED = {"show.py"}


def _modules() -> dict[str, Path]:
    out = {}
    for p in KG.rglob("*.py"):
        parts = p.relative_to(KG.parent).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = p
    return out


def test_pyoxigraph_is_used_only_by_the_store_module():
    found = sorted(str(p.relative_to(KG)) for p in KG.rglob("*.py") if "pyoxigraph" in p.read_text())
    assert set(found) - NOT_YET_MOVED == {"store.py"}, found


def test_no_import_cycles():
    """Every import between kg modules, also those inside functions and the engines looked up by name.
    The package's __init__ only re-exports, so importing `kg` itself (for __version__) is not an edge."""
    modules = _modules()
    g = nx.DiGraph()
    for name, path in modules.items():
        g.add_node(name)
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom):
                base = package.split(".")[:len(package.split(".")) - node.level + 1] if node.level else []
                target = ".".join(base + ([node.module] if node.module else [])) if node.level else node.module or ""
                targets = [f"{target}.{a.name}" if f"{target}.{a.name}" in modules else target for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                continue
            g.add_edges_from((name, t) for t in targets if t in modules and t != "kg")
    from kg.engines import ENGINES

    g.add_edges_from(("kg.engines", m) for m in ENGINES.values())  # imported by name, at run time
    assert g.has_edge("kg.pipeline", "kg.engines")
    assert list(nx.simple_cycles(g)) == []


def test_engines_are_looked_up_by_name():
    from kg.engines import ENGINES, get_engine
    from kg.errors import KgError

    assert set(ENGINES) == {"local", "dask"}
    assert get_engine("local").__name__ == "kg.engines.local"
    with pytest.raises(KgError, match="unknown engine 'spark'; use one of dask, local"):
        get_engine("spark")


def test_stats_and_queries_do_not_load_the_page_library():
    """`kg query` needs neither pyvis nor spaCy (they load only for a page or a build)."""
    code = ("import sys; from kg.cli import cli; from kg import store, query, serve; "
            "print(sorted(m for m in ('pyvis', 'spacy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_every_package_is_installed():
    """A wheel holds only the packages pyproject.toml lists: one left out (kg.extract was) installs a broken kg
    with `pip install .`, though the editable install of development still works."""
    import tomllib

    listed = set(tomllib.loads((KG.parent / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(KG.parent).parts) for p in KG.rglob("__init__.py")}
    assert found <= listed, sorted(found - listed)
