"""Execute the notebooks headlessly and write the briefing as a self-contained HTML folder.

Each notebook runs in its own clean kernel, so one that fails is reported and the others are
still written. Widgets cannot run in a static page: their outputs are replaced by the HTML of
what they showed when the notebook ran (every explorer carries it in its display), and no
script is loaded from the network. ``index.html`` links the pages with their questions.
"""

from __future__ import annotations

import html
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..config import NOTEBOOKS_DIR, REPORTS_DIR

#: Seconds one cell may run before the report gives up on that notebook.
CELL_TIMEOUT = 600
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
#: Added to every page: text reads left-aligned (tables included), pages stand alone.
PAGE_STYLE = (
    "<style>.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th, .jp-RenderedHTMLCommon p"
    "{text-align:left !important}</style>"
)


@dataclass
class ReportRun:
    """What :func:`write_report` did: the pages written (in order), the notebooks that
    failed (name -> the error's last line), and the index page."""

    written: list[Path] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    index: Path | None = None


def _kernel_env(data: Path | None, cache: Path) -> dict | None:
    if data is None:
        return None
    return {
        **os.environ,
        "WORKBENCH_RAW_DIR": str(Path(data).resolve()),
        "WORKBENCH_PROCESSED_DIR": str(cache),
    }


def _execute(nb, path: Path, env: dict | None, *, record_timing: bool = True) -> None:
    from nbclient import NotebookClient

    client = NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        record_timing=record_timing,
        resources={"metadata": {"path": str(path.parent)}},
    )
    if env is None:
        client.execute()
        return
    client.km = client.create_kernel_manager()
    with client.setup_kernel(env=env):
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)


#: A script loaded from the network (require.js, MathJax): a self-contained page has none.
REMOTE_SCRIPT = re.compile(r'<script[^>]*\bsrc="https?://[^"]*"[^>]*>\s*</script>', re.IGNORECASE)


def static_outputs(nb) -> None:
    """Drop the live-widget part of every output, keeping the static HTML beside it, and the
    saved widget state; a static page then needs no widget script."""
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if WIDGET_MIME in data:
                del data[WIDGET_MIME]
                if "text/html" in data:
                    data.pop("text/plain", None)


def _question(nb) -> tuple[str, str]:
    """The notebook's title and the sentence after "The question:" in its first cell."""
    first = next((c.source for c in nb.cells if c.cell_type == "markdown"), "")
    title = next((ln.lstrip("# ").strip() for ln in first.splitlines() if ln.startswith("#")), "")
    found = re.search(r"\*\*The question:\*\*\s*(.+?[?.])(\s|$)", first)
    return title, found.group(1).strip() if found else ""


def _index_html(pages: list[tuple[str, str, str, str | None]]) -> str:
    items = []
    for name, title, question, error in pages:
        if error is None:
            head = f'<a href="{html.escape(name)}.html">{html.escape(title or name)}</a>'
        else:
            head = f"{html.escape(title or name)} <b>(not written: {html.escape(error)})</b>"
        items.append(f"<li>{head}<br><span>{html.escape(question)}</span></li>")
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Workbench briefing</title>'
        "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;text-align:left}"
        "li{margin:0.8em 0}</style></head><body><h1>Workbench briefing</h1>"
        f"<ol>{''.join(items)}</ol></body></html>"
    )


def write_report(
    notebooks_dir: Path = NOTEBOOKS_DIR,
    out_dir: Path = REPORTS_DIR,
    *,
    with_code: bool = False,
    notebooks: list[str] | None = None,
    data: Path | None = None,
    on_written: Callable[[Path], None] | None = None,
) -> ReportRun:
    """Execute each notebook (all, or those named in ``notebooks`` by file name or stem) in
    reading order, from a clean kernel, on ``data`` (a raw folder; default the project's);
    write ``<out_dir>/<notebook>.html`` and ``index.html``. ``on_written(path)`` is called as
    each file is written. A failing notebook is recorded in ``failed``; the rest still run."""
    import nbformat
    from nbconvert import HTMLExporter

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter(
        exclude_input=not with_code, exclude_input_prompt=True, exclude_output_prompt=True
    )
    paths = sorted(Path(notebooks_dir).glob("*.ipynb"))
    if notebooks:
        wanted = {Path(n).stem for n in notebooks}
        unknown = wanted - {p.stem for p in paths}
        if unknown:
            raise FileNotFoundError(f"no notebook named {', '.join(sorted(unknown))} in {notebooks_dir}")
        paths = [p for p in paths if p.stem in wanted]
    # Another corpus's tables are cached for this run only, outside the report's folder.
    cache = tempfile.TemporaryDirectory(prefix="workbench-report-")
    env = _kernel_env(data, Path(cache.name))
    run = ReportRun()
    pages: list[tuple[str, str, str, str | None]] = []
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        title, question = _question(nb)
        try:
            _execute(nb, path, env)
        except Exception as err:  # one notebook's failure must not stop the others
            lines = [ln for ln in str(err).strip().splitlines() if ln.strip()]
            run.failed[path.stem] = lines[-1][:300] if lines else type(err).__name__
            pages.append((path.stem, title, question, run.failed[path.stem]))
            continue
        static_outputs(nb)
        body, _ = exporter.from_notebook_node(nb)
        body = REMOTE_SCRIPT.sub("", body).replace("</head>", PAGE_STYLE + "</head>", 1)
        target = out_dir / f"{path.stem}.html"
        target.write_text(body, encoding="utf-8")
        run.written.append(target)
        pages.append((path.stem, title, question, None))
        if on_written:
            on_written(target)
    cache.cleanup()
    run.index = out_dir / "index.html"
    run.index.write_text(_index_html(pages), encoding="utf-8")
    if on_written:
        on_written(run.index)
    return run


def run_notebooks(
    notebooks_dir: Path = NOTEBOOKS_DIR, out_dir: Path = REPORTS_DIR, *, with_code: bool = False
) -> list[Path]:
    """The notebook pages :func:`write_report` wrote (kept for callers of the first version)."""
    return write_report(notebooks_dir, out_dir, with_code=with_code).written


#: Notebook metadata kept when notebooks are refreshed; the rest (timings, widget state,
#: editor settings) varies from run to run or machine to machine.
KEEP_METADATA = ("kernelspec", "language_info")


def refresh_notebooks(notebooks_dir: Path = NOTEBOOKS_DIR) -> list[Path]:
    """Re-execute every notebook in place from a clean kernel, as committed: outputs kept,
    timings and machine-specific metadata dropped (``make notebooks``)."""
    import nbformat

    done = []
    for path in sorted(notebooks_dir.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        _execute(nb, path, None, record_timing=False)
        nb.metadata = {k: nb.metadata[k] for k in KEEP_METADATA if k in nb.metadata}
        nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
        for cell in nb.cells:
            cell.metadata.pop("execution", None)
        nbformat.write(nb, path)
        done.append(path)
    return done


if __name__ == "__main__":
    import workbench

    print(f"workbench from {Path(workbench.__file__).parent}")  # which checkout runs them
    for p in refresh_notebooks():
        print(p.name)
