"""ipywidgets panels for topics, distinctive terms and keyword in context: layout and wiring only.

Each panel keeps its controls and its current result as attributes (``model``, ``table``,
``hits``) and renders into an HTML widget ``view``, so a test can set a control and read both.
"""

from __future__ import annotations

import html

import ipywidgets as w
import pandas as pd

from .. import filters
from ..config import SEED
from ..topics import DEFAULT_WINDOW, TopicModel, distinctive_terms, kwic, term_table
from . import _topic_plots as topic_plots
from ._chart_pick import WIDGET_DPI, ChartPicker, figure_html  # noqa: F401 - kept importable here
from ._chart_pickers import term_passages, topic_term_passages
from ._labels import doc_labels, named
from ._panel import Explorer, watch
from ._views import kwic_html

#: The most topics the explorer offers.
MAX_TOPICS = 12
#: Choices of the topic-number control; None lets the model choose (stability).
TOPIC_CHOICES = [("auto", None)] + [(str(k), k) for k in range(2, MAX_TOPICS + 1)]


def _table_html(frame: pd.DataFrame) -> str:
    return frame.to_html(index=False, escape=True, float_format=lambda v: f"{v:.2f}")


class TopicExplorer(Explorer):
    """Number of topics, unit and method; shows each topic's top terms and its share per report.

    The term chart is a :class:`~workbench.ui.ChartPicker` (``bars``): a term's bar in a topic
    opens the term where that topic leads (units whose largest share it has, strongest first).
    The number control offers only what the corpus can carry (five paragraphs or sentences per
    topic, at most :data:`MAX_TOPICS`); ``note`` says why when fewer are offered, and a
    requested number above the limit is lowered to it (said in ``note`` too).
    """

    notebook, what = "03-topics", "prevalence"

    def __init__(
        self,
        corpus,
        *,
        n_topics: int | None = 6,
        unit: str = "paragraph",
        method: str = "nmf",
        random_state: int = SEED,
    ):
        self.random_state = random_state
        self._fits: dict = {}
        self._limits: dict = {}
        self._corpus = corpus
        self.requested = n_topics
        self.n_topics = w.Dropdown(options=TOPIC_CHOICES, value=None, description="Topics")
        self.unit = w.ToggleButtons(options=["paragraph", "sentence"], value=unit, description="Unit")
        self.method = w.ToggleButtons(options=["nmf", "lda"], value=method, description="Method")
        self.note = w.Label()
        self._quiet = False
        self._offer(n_topics)
        self._occurrences = None  # every term's occurrences, found once per corpus
        self.bars = ChartPicker(corpus, draw=None, passages=lambda _key: None, what="term", always=True)
        self._setup(
            [w.HBox([self.n_topics, self.method]), self.unit, self.note], corpus=corpus, chart=self.bars
        )
        self.n_topics.observe(self.refresh, names="value")
        self.method.observe(self.refresh, names="value")
        self.unit.observe(self._on_unit, names="value")
        self.refresh()

    def limit(self, unit: str) -> int:
        """The most topics the corpus's units carry (fitting once at that number, kept)."""
        if unit not in self._limits:
            # With one candidate above the limit, the model fits exactly at the limit, no warning.
            model = TopicModel(
                None, unit=unit, method="nmf", candidates=(MAX_TOPICS,), random_state=self.random_state
            ).fit(self._corpus)
            self._limits[unit] = int(model.n_topics_)
            self._fits[(model.n_topics_, unit, "nmf")] = model
        return self._limits[unit]

    def _offer(self, wanted) -> None:
        top = self.limit(self.unit.value)
        options = [("auto", None)] + [(str(k), k) for k in range(2, top + 1)]
        value = wanted if wanted is None or wanted <= top else (top if top >= 2 else None)
        self._quiet = True
        self.n_topics.options = options
        self.n_topics.value = value
        self._quiet = False
        n = len(getattr(self._corpus, "paragraphs" if self.unit.value == "paragraph" else "sentences"))
        note = f"{n} {self.unit.value}s carry at most {top} topic(s) (five {self.unit.value}s per topic)"
        if wanted is not None and wanted > top:
            note += f"; {wanted} asked, {value or 'auto'} used"
        self.note.value = note + "." if top < MAX_TOPICS or (wanted or 0) > top else ""

    def _on_unit(self, _change=None) -> None:
        self._offer(self.n_topics.value)
        self.refresh()

    def refresh(self, _change=None) -> None:
        if not self._quiet:
            super().refresh()

    def _update(self) -> None:
        key = (self.n_topics.value, self.unit.value, self.method.value)
        if key not in self._fits:
            self._fits[key] = TopicModel(
                key[0], unit=key[1], method=key[2], random_state=self.random_state
            ).fit(self.corpus)
        self.model = self._fits[key]
        self.prevalence = self.model.prevalence(self.corpus)
        labels = doc_labels(self.corpus)
        summary = (
            self.prevalence.assign(document=self.prevalence["doc_id"].map(labels))
            .pivot(index="topic", columns="document", values="share")
            .round(2)
            .reset_index()
        )
        summary.insert(1, "label", [self.model.labels_[k] for k in summary["topic"]])
        self.table = summary
        if self._occurrences is None:
            self._occurrences = term_table(self.corpus, self.model.analyzer_)
        model = self.model
        self.bars.redraw(
            lambda: topic_plots.topic_terms(model),
            passages=topic_term_passages(self.corpus, model, occurrences=self._occurrences),
        )
        self.view.value = _table_html(summary)

    def summary(self) -> str:
        return f"{self.model.n_topics_} topics over {self.unit.value}s ({self.method.value})"


class CompareReports(Explorer):
    """Pick two or more reports (and narration or quoted speech): their most distinctive terms.

    The chart is a :class:`~workbench.ui.ChartPicker` (``bars``): pick a term's bar to see it
    outlined and open each occurrence of the term in that report in the reading view."""

    notebook, what = "03-topics", "distinctive-terms"

    def __init__(self, corpus, *, reports=None, voice: str | None = None, n_terms: int = 12):
        self.n_terms = n_terms
        labels = doc_labels(corpus)
        ids = sorted(corpus.documents["doc_id"])
        self.reports = w.SelectMultiple(
            options=[(labels[d], d) for d in ids],
            value=tuple(reports or ids[:2]),
            rows=min(6, len(ids) or 1),
            description="Reports",
            layout=w.Layout(width="34em"),
        )
        self.voice = w.Dropdown(
            options=[("all words", None), ("narration", "narration"), ("quoted", "quoted")],
            value=voice,
            description="Voice",
        )
        self._message = ""
        self._terms = None  # the occurrences behind each bar, found once per corpus
        self.bars = ChartPicker(corpus, draw=None, passages=lambda _key: None, what="term", always=True)
        self._setup([w.HBox([self.reports, self.voice])], corpus=corpus, hint=True, chart=self.bars)
        watch((self.reports, self.voice), self.refresh)
        self.refresh()

    def _update(self) -> None:
        self.table = pd.DataFrame()
        self._message = ""
        if len(self.reports.value) < 2:
            self._message = "pick at least two reports (Ctrl-click)"
            self._no_chart("<p>Pick at least two reports.</p>")
            return
        try:
            table = distinctive_terms(self.corpus, groups=list(self.reports.value), voice=self.voice.value)
        except ValueError as err:
            self._message = str(err)
            self._no_chart(f"<p>{html.escape(str(err))}</p>")
            return
        self.table = table
        shown = named(table, self.corpus, rename=False)
        top = shown.groupby("group").head(self.n_terms)[["group", "term", "count", "count_other", "z"]]
        if not len(top):
            self._no_chart("<p>No matches.</p>")
            return
        if self._terms is None:
            self._terms = term_table(self.corpus)
        labels = doc_labels(self.corpus)
        self.bars.redraw(
            lambda: topic_plots.distinctive_bars(shown, n_terms=self.n_terms),
            passages=term_passages(
                self.corpus, {labels.get(d, d): [d] for d in self.reports.value}, occurrences=self._terms
            ),
        )
        self.view.value = _table_html(top.rename(columns={"group": "document"}))

    def _no_chart(self, message: str) -> None:
        self.bars.clear()
        self.view.value = message

    def summary(self) -> str:
        return self._message or (f"{len(self.table)} term(s)" if len(self.table) else "no matches")


class KwicExplorer(Explorer):
    """A word, phrase or wildcard pattern and a window: every match in context, in the
    sentences the shared filter panel keeps (reports, sources, sentiment range)."""

    notebook, what = "03-topics", "kwic"

    def __init__(self, corpus, *, term: str = "", window: int = DEFAULT_WINDOW, max_rows: int = 50):
        from ._widgets import FilterPanel

        self.max_rows = max_rows
        self._index = filters.SentenceIndex.of(corpus)
        self.filters = FilterPanel(corpus, show=("documents", "sources", "sentiment"))
        self.term = w.Text(value=term, placeholder="word, phrase or negotiat*", description="Term")
        self.window = w.IntSlider(value=window, min=1, max=15, description="Window")
        self.hits = None
        self._setup([w.HBox([self.term, self.window]), self.filters], corpus=corpus, hint=True)
        self.filters.on_change(self.refresh)
        watch((self.term, self.window), self.refresh)
        self.refresh()

    def _update(self) -> None:
        if not self.term.value.strip():
            self.hits = None
            self.table = pd.DataFrame()
            self.view.value = "<p>Type a word, a phrase or a pattern such as <code>negotiat*</code>.</p>"
            return
        hits = kwic(self.corpus, self.term.value, window=self.window.value)
        chosen = self.filters.value
        if chosen != filters.Filters():
            kept = filters.filter_sentences(self.corpus, chosen, index=self._index)["sent_id"]
            hits = hits[hits["sent_id"].isin(kept)].reset_index(drop=True)
        self.hits = self.table = hits
        self.view.value = kwic_html(self.hits, max_rows=self.max_rows, labels=doc_labels(self.corpus))

    def summary(self) -> str:
        if self.hits is None:
            return "type a term"
        return f"{len(self.hits)} match(es)" if len(self.hits) else "no matches"

    def passages(self) -> pd.DataFrame:
        if self.hits is None:
            return super().passages()
        t = self.hits.head(self.max_rows)
        return t.assign(label=t["left"].str[-30:] + " [" + t["match"] + "] " + t["right"].str[:30])[
            ["doc_id", "char_start", "char_end", "label"]
        ]
