"""ipywidgets panels for topics, distinctive terms and keyword in context: layout and wiring only.

Each panel keeps its controls and its current result as attributes (``model``, ``table``,
``hits``) and renders into an HTML widget ``view``, so a test can set a control and read both.
"""

from __future__ import annotations

import base64
import html
import io

import ipywidgets as w
import matplotlib.pyplot as plt
import pandas as pd

from .. import filters
from ..config import SEED
from ..topics import DEFAULT_WINDOW, TopicModel, distinctive_terms, kwic
from . import _topic_plots as topic_plots
from ._views import kwic_html

#: Choices of the topic-number control; None lets the model choose (stability).
TOPIC_CHOICES = [("auto", None)] + [(str(k), k) for k in range(2, 13)]


def figure_html(fig) -> str:
    """A figure as an inline PNG (closed afterwards, so nothing else displays it)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=80, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return f'<img src="data:image/png;base64,{base64.b64encode(buffer.getvalue()).decode()}"/>'


def _table_html(frame: pd.DataFrame) -> str:
    return frame.to_html(index=False, escape=True, float_format=lambda v: f"{v:.2f}")


class TopicExplorer(w.VBox):
    """Number of topics, unit and method; shows each topic's top terms and its share per report."""

    def __init__(
        self,
        corpus,
        *,
        n_topics: int | None = 6,
        unit: str = "paragraph",
        method: str = "nmf",
        random_state: int = SEED,
    ):
        self.corpus = corpus
        self.random_state = random_state
        self._fits: dict = {}
        self.n_topics = w.Dropdown(options=TOPIC_CHOICES, value=n_topics, description="Topics")
        self.unit = w.ToggleButtons(options=["paragraph", "sentence"], value=unit, description="Unit")
        self.method = w.ToggleButtons(options=["nmf", "lda"], value=method, description="Method")
        self.view = w.HTML()
        for control in (self.n_topics, self.unit, self.method):
            control.observe(self._refresh, names="value")
        super().__init__([w.HBox([self.n_topics, self.method]), self.unit, self.view])
        self._refresh()

    def _refresh(self, _change=None) -> None:
        key = (self.n_topics.value, self.unit.value, self.method.value)
        if key not in self._fits:
            self._fits[key] = TopicModel(
                key[0], unit=key[1], method=key[2], random_state=self.random_state
            ).fit(self.corpus)
        self.model = self._fits[key]
        self.prevalence = self.model.prevalence(self.corpus)
        summary = (
            self.prevalence.pivot(index="topic", columns="doc_id", values="share").round(2).reset_index()
        )
        summary.insert(1, "label", [self.model.labels_[k] for k in summary["topic"]])
        self.view.value = (
            f"<p>{self.model.n_topics_} topics over {self.unit.value}s ({self.method.value}).</p>"
            + _table_html(summary)
            + figure_html(topic_plots.topic_terms(self.model))
        )


class CompareReports(w.VBox):
    """Pick two or more reports (and narration or quoted speech): their most distinctive terms."""

    def __init__(self, corpus, *, reports=None, voice: str | None = None, n_terms: int = 12):
        self.corpus = corpus
        self.n_terms = n_terms
        ids = sorted(corpus.documents["doc_id"])
        self.reports = w.SelectMultiple(
            options=ids, value=tuple(reports or ids[:2]), rows=min(6, len(ids) or 1), description="Reports"
        )
        self.voice = w.Dropdown(
            options=[("all words", None), ("narration", "narration"), ("quoted", "quoted")],
            value=voice,
            description="Voice",
        )
        self.view = w.HTML()
        for control in (self.reports, self.voice):
            control.observe(self._refresh, names="value")
        super().__init__([w.HBox([self.reports, self.voice]), self.view])
        self._refresh()

    def _refresh(self, _change=None) -> None:
        if len(self.reports.value) < 2:
            self.table = None
            self.view.value = "<p>Pick at least two reports.</p>"
            return
        try:
            self.table = distinctive_terms(
                self.corpus, groups=list(self.reports.value), voice=self.voice.value
            )
        except ValueError as err:
            self.table = None
            self.view.value = f"<p>{html.escape(str(err))}</p>"
            return
        top = self.table.groupby("group").head(self.n_terms)[["group", "term", "count", "count_other", "z"]]
        self.view.value = figure_html(
            topic_plots.distinctive_bars(self.table, n_terms=self.n_terms)
        ) + _table_html(top)


class KwicExplorer(w.VBox):
    """A word, phrase or wildcard pattern and a window: every match in context, in the
    sentences the shared filter panel keeps (reports, sources, sentiment range)."""

    def __init__(self, corpus, *, term: str = "", window: int = DEFAULT_WINDOW, max_rows: int = 50):
        from ._widgets import FilterPanel

        self.corpus = corpus
        self.max_rows = max_rows
        self._index = filters.SentenceIndex.of(corpus)
        self.filters = FilterPanel(corpus, show=("documents", "sources", "sentiment"))
        self.term = w.Text(value=term, placeholder="word, phrase or negotiat*", description="Term")
        self.window = w.IntSlider(value=window, min=1, max=15, description="Window")
        self.view = w.HTML()
        self.filters.on_change(self._refresh)
        for control in (self.term, self.window):
            control.observe(self._refresh, names="value")
        super().__init__([w.HBox([self.term, self.window]), self.filters, self.view])
        self._refresh()

    def _refresh(self, _change=None) -> None:
        if not self.term.value.strip():
            self.hits = None
            self.view.value = "<p>Type a word, a phrase or a pattern such as <code>negotiat*</code>.</p>"
            return
        hits = kwic(self.corpus, self.term.value, window=self.window.value)
        chosen = self.filters.value
        if chosen != filters.Filters():
            kept = filters.filter_sentences(self.corpus, chosen, index=self._index)["sent_id"]
            hits = hits[hits["sent_id"].isin(kept)].reset_index(drop=True)
        self.hits = hits
        self.view.value = kwic_html(self.hits, max_rows=self.max_rows)
