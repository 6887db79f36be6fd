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
from ._labels import doc_labels, source_labels
from ._panel import Explorer, watch

__all__ = ["CompareExplorer", "GroupPicker", "alignment_html", "filter_alignment", "GROUPINGS"]

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
        return "<p>No matches.</p>"
    head = (
        f"<tr><th>label</th><th>{html.escape(names[0])}</th><th>{html.escape(names[1])}</th>"
        "<th>score</th><th>shared entities</th></tr>"
    )
    rows = []
    for r in table.itertuples(index=False):
        grey_a = r.label == "only in B"
        grey_b = r.label == "only in A"
        style = lambda grey: ' style="text-align:left;color:#888"' if grey else ' style="text-align:left"'  # noqa: E731
        rows.append(
            f'<tr style="background:{_LABEL_COLOURS.get(r.label, "#fff")}"><td>{_cell(r.label)}</td>'
            f"<td{style(grey_a)}>{_cell(r.a_text)}</td>"
            f"<td{style(grey_b)}>{_cell(r.b_text)}</td>"
            f"<td>{r.score:.3f}</td><td>{_cell(r.shared_entities).replace('|', ', ')}</td></tr>"
        )
    return f'<table style="text-align:left">{head}{"".join(rows)}</table>'


class GroupPicker(w.VBox):
    """Two groups to compare: what a group is (documents, outlets or sources) and which two.
    B never equals A (B's list leaves A out). Defaults: the first two documents; with a single
    document, its two most quoted voices (sources, the narrator included).

    ``a``, ``b`` are the chosen keys; ``names`` their display names; ``groups`` the two as
    ``{name: ids}`` for :func:`workbench.provenance`, :func:`workbench.align_claims`, ...
    """

    def __init__(self, corpus, *, grouping: str | None = None):
        self.corpus = corpus
        if grouping is None:
            grouping = "documents" if len(corpus.documents) >= 2 else "sources"
        self.grouping = w.Dropdown(options=list(GROUPINGS), value=grouping, description="Compare")
        self.group_a = w.Dropdown(description="A", layout=w.Layout(width="30em"))
        self.group_b = w.Dropdown(description="B", layout=w.Layout(width="30em"))
        self.note = w.Label()
        self.all: dict[str, frozenset] = {}
        self._labels: dict[str, str] = {}
        self._quiet = False
        self._callbacks: list = []
        self._set_groups()
        self.grouping.observe(self._on_grouping, names="value")
        self.group_a.observe(self._on_a, names="value")
        self.group_b.observe(self._changed, names="value")
        super().__init__([w.HBox([self.grouping]), w.HBox([self.group_a, self.group_b]), self.note])

    def on_change(self, callback) -> None:
        self._callbacks.append(callback)

    def static_html(self) -> str:
        """The pick as HTML that needs no widget runtime (the report)."""
        if self.a is None or self.b is None:
            return f"<p>{html.escape(self.note.value)}</p>"
        a, b = self.names
        return (
            f'<p style="text-align:left">Comparing {html.escape(self.grouping.value)}: '
            f"<b>A</b> {html.escape(a)} · <b>B</b> {html.escape(b)}</p>"
        )

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs)
        if isinstance(bundle, dict):
            bundle["text/html"] = self.static_html()
        return bundle

    @property
    def a(self):
        return self.group_a.value

    @property
    def b(self):
        return self.group_b.value

    @property
    def names(self) -> tuple[str, str]:
        return (self._labels.get(self.a, str(self.a)), self._labels.get(self.b, str(self.b)))

    @property
    def groups(self) -> dict[str, frozenset]:
        """The two chosen groups, by display name (A first)."""
        if self.a is None or self.b is None:
            return {}
        return {self.names[0]: self.all[self.a], self.names[1]: self.all[self.b]}

    def _ordered(self) -> list[str]:
        keys = list(self.all)
        if self.grouping.value == "sources":  # the most quoted first: one-statement sources last
            keys.sort(key=lambda k: (-len(self.all[k]), self._labels.get(k, k)))
        return keys

    def _set_groups(self) -> None:
        by = GROUPINGS[self.grouping.value]
        self.all = make_groups(self.corpus, by=by)
        self._labels = (
            doc_labels(self.corpus)
            if by == "doc_id"
            else source_labels(self.corpus)
            if by == "source_id"
            else {}
        )
        keys = self._ordered()
        self._quiet = True
        self.group_a.options = [(self._labels.get(k, k), k) for k in keys]
        self.group_a.value = keys[0] if keys else None
        self._set_b(keys[1] if len(keys) > 1 else None)
        self._quiet = False
        self.note.value = (
            ""
            if len(keys) > 1
            else f"Only one {self.grouping.value[:-1]} in this corpus: nothing to compare it with."
        )

    def _set_b(self, preferred) -> None:
        keys = [k for k in self._ordered() if k != self.group_a.value]
        self.group_b.options = [(self._labels.get(k, k), k) for k in keys]
        self.group_b.value = preferred if preferred in keys else (keys[0] if keys else None)

    def _on_grouping(self, _change=None) -> None:
        self._set_groups()
        self._changed()

    def _on_a(self, _change=None) -> None:
        if self._quiet:
            return
        self._quiet = True
        self._set_b(self.group_b.value)
        self._quiet = False
        self._changed()

    def _changed(self, _change=None) -> None:
        if self._quiet:
            return
        for callback in self._callbacks:
            callback()


class CompareExplorer(Explorer):
    """Two groups side by side, statement by statement. Parts are attributes (``picker`` with
    ``grouping``, ``group_a``, ``group_b``; ``unit``, ``threshold``, ``labels``, ``status``,
    ``view``); ``table`` holds the rows that match, ``alignment`` the full alignment."""

    notebook, what = "05-compare", "alignment"

    def __init__(self, corpus, *, grouping: str | None = None, threshold: float = SHARED_THRESHOLD):
        self.picker = GroupPicker(corpus, grouping=grouping)
        self.grouping, self.group_a, self.group_b = (
            self.picker.grouping,
            self.picker.group_a,
            self.picker.group_b,
        )
        self.unit = w.ToggleButtons(options=["sentence", "quote"], value="sentence", description="Unit")
        self.threshold = w.FloatSlider(
            value=threshold, min=0.0, max=1.0, step=0.05, readout_format=".2f", description="Threshold"
        )
        self.labels = w.SelectMultiple(options=LABELS, value=(), rows=3, description="Labels")
        self.alignment = pd.DataFrame(columns=["label"])
        self._scores: dict = {}
        self._setup(
            [self.picker, w.HBox([self.unit]), w.HBox([self.threshold, self.labels])],
            corpus=corpus,
            hint=True,
        )
        self.picker.on_change(self.refresh)
        watch((self.unit, self.threshold, self.labels), self.refresh)
        self.refresh()

    def _update(self) -> None:
        a, b = self.picker.a, self.picker.b
        if a is None or b is None:
            self.alignment = pd.DataFrame(columns=["label"])
        else:
            key = (self.grouping.value, a, b, self.unit.value)
            if key not in self._scores:  # only the threshold moved: relabel, no rescoring
                self._scores[key] = alignment_scores(
                    self.corpus, a=self.picker.all[a], b=self.picker.all[b], unit=self.unit.value
                )
            self.alignment = label_pairs(self._scores[key], threshold=self.threshold.value)
        self.table = filter_alignment(self.alignment, labels=self.labels.value)
        if a is None or b is None:
            self.view.value = f"<p>{html.escape(self.picker.note.value or 'Pick two groups.')}</p>"
            return
        self.view.value = alignment_html(self.table.head(MAX_SHOWN), names=self.picker.names)

    def summary(self) -> str:
        counts = self.alignment["label"].value_counts() if len(self.alignment) else pd.Series(dtype="int64")
        summary = ", ".join(f"{int(counts.get(lab, 0))} {lab}" for lab in LABELS)
        if not len(self.table):
            return f"{summary}; no matches"
        return f"{summary}; {len(self.table)} row(s) match, showing {min(len(self.table), MAX_SHOWN)}"

    def passages(self) -> pd.DataFrame:
        rows = []
        units = _unit_spans(self.corpus, self.unit.value)
        for r in self.table.head(MAX_SHOWN).itertuples(index=False):
            for ident, text in ((r.a_id, r.a_text), (r.b_id, r.b_text)):
                if isinstance(ident, str) and ident in units.index:
                    u = units.loc[ident]
                    rows.append((u["doc_id"], u["char_start"], u["char_end"], f"{r.label}: {text}"))
        return pd.DataFrame(rows, columns=["doc_id", "char_start", "char_end", "label"])


def _unit_spans(corpus, unit: str) -> pd.DataFrame:
    table, key = (corpus.quotes, "quote_id") if unit == "quote" else (corpus.sentences, "sent_id")
    return table.drop_duplicates(key).set_index(key)[["doc_id", "char_start", "char_end"]]
