"""Claim alignment to explore: pick two groups (documents, outlets or sources), the unit,
the threshold and the labels shown.

``alignment_html`` renders (every piece of document text escaped); ``CompareExplorer`` only
lays out and wires the controls, and exposes ``table`` (the rows shown) so a test can drive
it headlessly.
"""

from __future__ import annotations

import html

import ipywidgets as w
import pandas as pd

from ..compare import LABELS, SHARED_THRESHOLD, alignment_scores, label_pairs, make_groups

__all__ = ["CompareExplorer", "alignment_html", "filter_alignment", "GROUPINGS"]

#: What a user picks -> the ``by`` of :func:`workbench.compare.make_groups`.
GROUPINGS = {"documents": "doc_id", "outlets": "outlet", "sources": "source_id"}
#: The explorer shows at most this many rows at once (the count says how many matched).
MAX_SHOWN = 40
_LABEL_COLOURS = {"shared": "#d1fae5", "only in A": "#dbeafe", "only in B": "#fee2e2"}


def filter_alignment(table: pd.DataFrame, *, labels=()) -> pd.DataFrame:
    """The rows whose label is among ``labels`` (empty = all), order kept."""
    return (
        table[table["label"].isin(list(labels))].reset_index(drop=True)
        if labels
        else table.reset_index(drop=True)
    )


def _cell(text) -> str:
    return "" if pd.isna(text) else html.escape(str(text))


def alignment_html(table: pd.DataFrame, *, names: tuple[str, str] = ("A", "B")) -> str:
    """The alignment as an HTML table: label, A's statement, B's statement, score and shared
    entities. All document text is escaped. A's nearest B statement for "only in A" rows
    (and back) is shown greyed."""
    if not len(table):
        return "<p>No statements match.</p>"
    head = (
        f"<tr><th>label</th><th>{html.escape(names[0])}</th><th>{html.escape(names[1])}</th>"
        "<th>score</th><th>shared entities</th></tr>"
    )
    rows = []
    for r in table.itertuples(index=False):
        grey_a = r.label == "only in B"
        grey_b = r.label == "only in A"
        style = lambda grey: ' style="color:#888"' if grey else ""  # noqa: E731
        rows.append(
            f'<tr style="background:{_LABEL_COLOURS.get(r.label, "#fff")}"><td>{_cell(r.label)}</td>'
            f"<td{style(grey_a)}><code>{_cell(r.a_id)}</code><br>{_cell(r.a_text)}</td>"
            f"<td{style(grey_b)}><code>{_cell(r.b_id)}</code><br>{_cell(r.b_text)}</td>"
            f"<td>{r.score:.3f}</td><td>{_cell(r.shared_entities).replace('|', ', ')}</td></tr>"
        )
    return f'<table style="text-align:left">{head}{"".join(rows)}</table>'


class CompareExplorer(w.VBox):
    """Two groups side by side, statement by statement. Parts are attributes (``grouping``,
    ``group_a``, ``group_b``, ``unit``, ``threshold``, ``labels``, ``count``, ``view``);
    ``table`` holds the rows shown, ``alignment`` the full alignment."""

    def __init__(self, corpus, *, grouping: str = "documents"):
        self.corpus = corpus
        self.grouping = w.Dropdown(options=list(GROUPINGS), value=grouping, description="Compare")
        self.group_a = w.Dropdown(description="A")
        self.group_b = w.Dropdown(description="B")
        self.unit = w.ToggleButtons(options=["sentence", "quote"], value="sentence", description="Unit")
        self.threshold = w.FloatSlider(
            value=SHARED_THRESHOLD, min=0.0, max=1.0, step=0.05, readout_format=".2f", description="Threshold"
        )
        self.labels = w.SelectMultiple(options=LABELS, value=(), rows=3, description="Labels")
        self.count = w.HTML()
        self.view = w.HTML()
        self.groups: dict = {}
        self.alignment = pd.DataFrame()
        self.table = pd.DataFrame()
        self._busy = False
        self._scores: dict = {}
        self._set_groups()
        self.grouping.observe(self._on_grouping, names="value")
        for control in (self.group_a, self.group_b, self.unit, self.threshold):
            control.observe(self._realign, names="value")
        self.labels.observe(self._show, names="value")
        super().__init__(
            [
                w.HBox([self.grouping, self.unit]),
                w.HBox([self.group_a, self.group_b]),
                w.HBox([self.threshold, self.labels]),
                self.count,
                self.view,
            ]
        )
        self._realign()

    def _set_groups(self) -> None:
        self.groups = make_groups(self.corpus, by=GROUPINGS[self.grouping.value])
        names = list(self.groups)
        src = getattr(self.corpus, "sources", None)
        titles = dict(zip(src["source_id"], src["name"])) if src is not None and len(src) else {}
        options = [(f"{titles[n]} ({n})" if n in titles else n, n) for n in names]
        self._busy = True
        self.group_a.options = options
        self.group_b.options = options
        self.group_a.value = names[0] if names else None
        self.group_b.value = names[1] if len(names) > 1 else (names[0] if names else None)
        self._busy = False

    def _on_grouping(self, _change=None) -> None:
        self._set_groups()
        self._realign()

    def _realign(self, _change=None) -> None:
        if self._busy:
            return
        a, b = self.group_a.value, self.group_b.value
        if a is None or b is None:
            self.alignment = pd.DataFrame(columns=["label"])
        else:
            key = (self.grouping.value, a, b, self.unit.value)
            if key not in self._scores:  # only the threshold moved: relabel, no rescoring
                self._scores[key] = alignment_scores(
                    self.corpus, a=self.groups[a], b=self.groups[b], unit=self.unit.value
                )
            self.alignment = label_pairs(self._scores[key], threshold=self.threshold.value)
        self._show()

    def _show(self, _change=None) -> None:
        self.table = filter_alignment(self.alignment, labels=self.labels.value)
        shown = self.table.head(MAX_SHOWN)
        counts = self.alignment["label"].value_counts() if len(self.alignment) else pd.Series(dtype="int64")
        summary = ", ".join(f"{int(counts.get(lab, 0))} {lab}" for lab in LABELS)
        self.count.value = (
            f"<p>{html.escape(summary)}; {len(self.table)} row(s) match, showing {len(shown)}.</p>"
        )
        self.view.value = alignment_html(shown, names=(str(self.group_a.value), str(self.group_b.value)))
