"""Every notebook runs on any corpus: executed with nbclient on five documents (the seeds and
three self-written articles) and on one, with no error and no warning in any output."""

from __future__ import annotations

import os

import pytest

from workbench.config import NOTEBOOKS_DIR

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))


def run_notebook(path, raw, cache):
    """Execute a copy of ``path`` from a clean kernel pointed at ``raw`` and ``cache``."""
    nb = nbformat.read(path, as_version=4)
    env = {**os.environ, "WORKBENCH_RAW_DIR": str(raw), "WORKBENCH_PROCESSED_DIR": str(cache)}
    client = nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.km = client.create_kernel_manager()
    with client.setup_kernel(env=env):
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
    return nb


def problems(nb) -> list[str]:
    """Error outputs and anything written to stderr (warnings land there)."""
    found = []
    for k, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                found.append(f"cell {k}: {out.get('ename')}: {out.get('evalue')}")
            elif out.get("output_type") == "stream" and out.get("name") == "stderr":
                found.append(f"cell {k}: stderr: {out.get('text', '')[:300]}")
    return found


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
@pytest.mark.parametrize("size", ["corpus5", "corpus1"])
def test_notebook_runs_clean(path, size, request, tmp_path):
    raw = request.getfixturevalue(f"{size}_dir")
    nb = run_notebook(path, raw, raw.parent / "cache")
    assert problems(nb) == []
