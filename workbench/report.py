"""Execute every notebook headlessly and write the briefing as HTML under reports/."""
from __future__ import annotations

from pathlib import Path

from .config import NOTEBOOKS_DIR, REPORTS_DIR

#: Seconds one cell may run before the report gives up on that notebook.
CELL_TIMEOUT = 600


def run_notebooks(notebooks_dir: Path = NOTEBOOKS_DIR, out_dir: Path = REPORTS_DIR, *,
                  with_code: bool = False) -> list[Path]:
    """Execute each ``*.ipynb`` in reading order from a clean kernel; return the HTML files written."""
    import nbformat
    from nbclient import NotebookClient
    from nbconvert import HTMLExporter

    out_dir.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter(exclude_input=not with_code, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    written = []
    for path in sorted(notebooks_dir.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3",
                       resources={"metadata": {"path": str(path.parent)}}).execute()
        html, _ = exporter.from_notebook_node(nb)
        target = out_dir / f"{path.stem}.html"
        target.write_text(html, encoding="utf-8")
        written.append(target)
    return written
