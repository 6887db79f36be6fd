"""The project's own files: dependencies in sync, raw data untouched by a build."""
import hashlib
import re

import pytest

import workbench as wb
from workbench.config import PROJECT_DIR, RAW_DIR

tomllib = pytest.importorskip("tomllib")


def _name(spec: str) -> str:
    return re.split(r"[<>=!~\[ ;]", spec.strip(), maxsplit=1)[0].lower()


def test_environment_yml_lists_the_same_packages_as_pyproject():
    project = tomllib.loads((PROJECT_DIR / "pyproject.toml").read_text())["project"]
    wanted = set(project["dependencies"]).union(*project["optional-dependencies"].values())
    env = (PROJECT_DIR / "environment.yml").read_text()
    pip = {line.strip()[2:] for line in env.split("- pip:")[1].splitlines() if line.strip().startswith("- ")}
    assert pip == wanted


def test_full_build_leaves_raw_unchanged(tmp_path):
    def digest():
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in RAW_DIR.rglob("*")}
    before = digest()
    wb.load_corpus(RAW_DIR, cache_dir=tmp_path, progress=False)
    assert digest() == before


def test_import_has_no_side_effects(tmp_path):
    import subprocess
    import sys
    done = subprocess.run([sys.executable, "-c", "import workbench"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout == done.stderr == ""
    assert not list(tmp_path.iterdir())
