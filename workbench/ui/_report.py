"""Execute every notebook headlessly and write the briefing as HTML under reports/."""

from __future__ import annotations

from pathlib import Path

from ..config import NOTEBOOKS_DIR, REPORTS_DIR

#: Seconds one cell may run before the report gives up on that notebook.
CELL_TIMEOUT = 600


def run_notebooks(
    notebooks_dir: Path = NOTEBOOKS_DIR, out_dir: Path = REPORTS_DIR, *, with_code: bool = False
) -> list[Path]:
    """Execute each ``*.ipynb`` in reading order from a clean kernel; return the HTML files written."""
    import nbformat
    from nbclient import NotebookClient
    from nbconvert import HTMLExporter

    out_dir.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter(
        exclude_input=not with_code, exclude_input_prompt=True, exclude_output_prompt=True
    )
    written = []
    for path in sorted(notebooks_dir.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        NotebookClient(
            nb,
            timeout=CELL_TIMEOUT,
            kernel_name="python3",
            resources={"metadata": {"path": str(path.parent)}},
        ).execute()
        html, _ = exporter.from_notebook_node(nb)
        target = out_dir / f"{path.stem}.html"
        target.write_text(html, encoding="utf-8")
        written.append(target)
    return written


#: Notebook metadata kept when notebooks are refreshed; the rest (timings, widget state,
#: editor settings) varies from run to run or machine to machine.
KEEP_METADATA = ("kernelspec", "language_info")


def refresh_notebooks(notebooks_dir: Path = NOTEBOOKS_DIR) -> list[Path]:
    """Re-execute every notebook in place from a clean kernel, as committed: outputs kept,
    timings and machine-specific metadata dropped (``make notebooks``)."""
    import nbformat
    from nbclient import NotebookClient

    done = []
    for path in sorted(notebooks_dir.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        NotebookClient(
            nb,
            timeout=CELL_TIMEOUT,
            kernel_name="python3",
            record_timing=False,
            resources={"metadata": {"path": str(path.parent)}},
        ).execute()
        nb.metadata = {k: nb.metadata[k] for k in KEEP_METADATA if k in nb.metadata}
        nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
        for cell in nb.cells:
            cell.metadata.pop("execution", None)
        nbformat.write(nb, path)
        done.append(path)
    return done


if __name__ == "__main__":
    for p in refresh_notebooks():
        print(p.name)
