"""What every explorer shares: a plain-text status line with a busy state, "Save CSV" of what
it shows, "show in context" for the passage behind a row, and the hint on picking several.

The explorers subclass :class:`Explorer`; the pieces are also usable alone
(:func:`save_csv`, :func:`csv_safe`, :func:`context_html`).
"""

from __future__ import annotations

import base64
import html
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import ipywidgets as w
import pandas as pd

from ..config import REPORTS_DIR

__all__ = [
    "BUSY",
    "BUSY_AFTER",
    "EXPORTS_DIR",
    "MULTI_HINT",
    "Explorer",
    "busy_after",
    "context_html",
    "csv_safe",
    "save_csv",
]

EXPORTS_DIR = REPORTS_DIR / "exports"
#: Shown under every list that takes several choices.
MULTI_HINT = "Ctrl-click (⌘-click on a Mac) picks several; Shift-click picks a range."
#: A cell starting with one of these is a formula to a spreadsheet (CSV injection, OWASP):
#: such text cells are written with a leading apostrophe, which spreadsheets show as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Characters of text either side of a passage in the context view.
CONTEXT_CHARS = 600
#: An update that takes longer than this (seconds) shows :data:`BUSY` until it is done.
BUSY_AFTER = 0.3
BUSY = "working…"


def csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells cannot run as spreadsheet formulas; numbers stay numbers."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or isinstance(out[col].dtype, pd.StringDtype):
            out[col] = out[col].map(
                lambda v: "'" + v if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v
            )
    return out


def save_csv(
    frame: pd.DataFrame, *, notebook: str, what: str, out_dir: Path | None = None, now: datetime | None = None
) -> Path:
    """Write ``frame`` (made :func:`csv_safe`) to ``<out_dir>/<notebook>-<what>-<timestamp>.csv``."""
    out_dir = Path(out_dir or EXPORTS_DIR)
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%d-%H%M%S")
    path = out_dir / f"{notebook}-{what}-{stamp}.csv"
    csv_safe(frame).to_csv(path, index=False)
    return path


def _download_link(path: Path) -> str:
    data = base64.b64encode(path.read_bytes()).decode()
    return (
        f'Saved <code>{html.escape(str(path))}</code> · <a download="{html.escape(path.name)}" '
        f'href="data:text/csv;base64,{data}">download</a>'
    )


def context_html(corpus, doc_id: str, char_start: int, char_end: int, *, labels: dict | None = None) -> str:
    """The passage ``[char_start, char_end)`` of a document highlighted in the paragraphs
    around it, under the document's name. All document text is escaped."""
    from ._labels import doc_labels

    text = corpus.document(doc_id)["text"]
    paras = corpus.paragraphs[corpus.paragraphs["doc_id"] == doc_id]
    near = paras[
        (paras["char_end"] > char_start - CONTEXT_CHARS) & (paras["char_start"] < char_end + CONTEXT_CHARS)
    ]
    a = int(near["char_start"].min()) if len(near) else max(0, char_start - CONTEXT_CHARS)
    b = int(near["char_end"].max()) if len(near) else char_end + CONTEXT_CHARS
    a, b = min(a, char_start), max(b, char_end)
    name = (labels or doc_labels(corpus)).get(doc_id, doc_id)
    body = (
        html.escape(text[a:char_start])
        + f'<mark style="background:#fde68a">{html.escape(text[char_start:char_end])}</mark>'
        + html.escape(text[char_end:b])
    ).replace("\n\n", "<br><br>")
    return (
        f'<div style="border-left:3px solid #0072B2;padding:0.4em;text-align:left">'
        f"<b>{html.escape(name)}</b> · characters {char_start}–{char_end}"
        f'<div style="white-space:pre-wrap">{body}</div></div>'
    )


@contextmanager
def busy_after(label, *, seconds: float = BUSY_AFTER) -> Iterator[None]:
    """Show :data:`BUSY` in ``label`` if the block runs longer than ``seconds``; the caller
    writes the outcome after it. A timer thread sets it: ipykernel sends a widget change from
    any thread at once, while the block still holds the main thread. A block that ends in time
    cancels the timer, so a fast update never flickers."""
    done = threading.Event()
    lock = threading.Lock()

    def busy() -> None:
        with lock:  # never after the block has ended
            if not done.is_set():
                label.value = BUSY

    timer = threading.Timer(seconds, busy)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            done.set()
        timer.cancel()


class Explorer(w.VBox):
    """An explorer: controls above, a status line, "Save CSV", "show in context", the view.

    Subclasses set ``notebook`` and ``what`` (the export's file name), build their controls,
    call :meth:`_setup` with them, and implement ``_update()``, which fills ``table`` (what
    is shown and exported) and ``view``; :meth:`refresh` wraps it in the busy state.
    ``passages()`` may return the rows "show in context" offers (doc_id, char_start,
    char_end, a label). An explorer with a chart passes its :class:`~workbench.ui.ChartPicker`
    to :meth:`_setup` (``chart``), which places it above the view.
    """

    notebook = "workbench"
    what = "table"

    def _setup(self, controls: list, *, corpus, hint: bool = False, chart=None) -> None:
        self.corpus = corpus
        self.table = pd.DataFrame()
        self.status = w.Label()
        self.status.add_class("wb-status")  # for the browser test, and for styling
        self.view = w.HTML()
        self.view.add_class("wb-view")
        self.save = w.Button(description="Save CSV", icon="download", tooltip="write what is shown to a CSV")
        self.saved = w.HTML()
        self.save.on_click(lambda _b: self.save_csv())
        self.passage = w.Dropdown(description="In context", options=[("—", None)], value=None)
        self.context = w.HTML()
        self.passage.observe(self._show_context, names="value")
        self.last_seconds = 0.0
        parts = list(controls)
        if hint:
            parts.append(w.Label(MULTI_HINT))
        parts += [self.status, w.HBox([self.save, self.saved])]
        self._chart = chart
        parts += [chart] if chart is not None else []  # a chart picker goes above the view
        parts += [self.view, self.passage, self.context]
        w.VBox.__init__(self, parts)

    def refresh(self, _change=None) -> None:
        """Recompute and redraw; ``last_seconds`` says how long it took. An update slower than
        :data:`BUSY_AFTER` shows "working…" in the status line until it is done
        (:func:`busy_after`); a fast one leaves the status line alone until its summary."""
        start = time.perf_counter()
        try:
            with busy_after(self.status):
                self._update()
        finally:
            self.last_seconds = time.perf_counter() - start
        self.status.value = self.summary()
        self._offer_passages()

    def static_html(self) -> str:
        """What the explorer shows now, as HTML that needs no widget runtime (the report)."""
        chart = self._chart.chart.value if getattr(self, "_chart", None) is not None else ""
        return (
            f'<div style="text-align:left"><p>{html.escape(self.status.value)}</p>'
            f"{chart}{self.view.value}</div>"
        )

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs)
        if isinstance(bundle, dict):
            bundle["text/html"] = self.static_html()
        return bundle

    def _update(self) -> None:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def summary(self) -> str:
        """The status line: plain text, never markup."""
        return f"{len(self.table)} row(s)" if len(self.table) else "no matches"

    def passages(self) -> pd.DataFrame:
        return pd.DataFrame(columns=["doc_id", "char_start", "char_end", "label"])

    def _offer_passages(self) -> None:
        rows = self.passages().head(200) if len(self.table) else Explorer.passages(self)
        self._passages = rows.reset_index(drop=True)
        options = [("—", None)] + [
            (f"{k + 1}. {str(label)[:80]}", k) for k, label in enumerate(self._passages["label"])
        ]
        self.passage.options = options
        self.passage.value = None
        self.context.value = ""

    def _show_context(self, change) -> None:
        k = change["new"]
        if k is None:
            self.context.value = ""
            return
        r = self._passages.iloc[k]
        self.context.value = context_html(self.corpus, r["doc_id"], int(r["char_start"]), int(r["char_end"]))

    def show_in_context(self, k: int = 0) -> str:
        """Open row ``k`` of the shown passages in the reading view; return that HTML."""
        self.passage.value = k
        return self.context.value

    def save_csv(self, *, out_dir: Path | None = None) -> Path:
        """Write what is shown (ids replaced by names) and show the path and a download link."""
        from ._labels import named

        path = save_csv(
            named(self.table, self.corpus), notebook=self.notebook, what=self.what, out_dir=out_dir
        )
        self.saved.value = _download_link(path)
        return path


def watch(controls, callback: Callable) -> None:
    for control in controls:
        control.observe(callback, names="value")
