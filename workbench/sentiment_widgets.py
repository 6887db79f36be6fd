"""An ipywidgets panel to read sentences by tone: layout and wiring only.

What it shows comes from :mod:`workbench.sentiment_tone` (scores, voices, entity
mentions) and :mod:`workbench.sentiment_views` (escaped, coloured HTML).
"""
from __future__ import annotations

import ipywidgets as w
import pandas as pd

from .sentiment import scored_sentences
from .sentiment_tone import sentiment_toward, voices
from .sentiment_views import MAX_SENTENCES, sentences_html

__all__ = ["ANY", "DEFAULT_ENTITIES", "ORDERS", "SentimentExplorer"]

#: The entities offered by default: the actors of the seed reports' subject.
DEFAULT_ENTITIES = ("Vladimir Putin", "United States", "Ukraine", "Kremlin", "Russia")
#: The entity choice that filters nothing.
ANY = "(any)"
#: Sort orders of the sentence list: label -> (columns, ascending).
ORDERS = {
    "most negative first": (["sentiment", "sent_id"], [True, True]),
    "most positive first": (["sentiment", "sent_id"], [False, True]),
    "document order": (["doc_id", "sent_id"], [True, True]),
}


class SentimentExplorer(w.VBox):
    """Filter sentences by report, voice, entity and score; read them with each word
    coloured by its contribution.

    The controls are attributes (``reports``, ``voices``, ``entity``, ``score_range``,
    ``order``), the outputs too (``summary``, ``view``), and ``selection`` is the
    frame behind the list, so a test can set a value and read what the panel shows.
    """

    def __init__(self, corpus, *, quotes: pd.DataFrame | None = None, entities=DEFAULT_ENTITIES,
                 limit: int = MAX_SENTENCES):
        self.limit = limit
        v = voices(corpus, quotes=quotes)[["sent_id", "voice"]]
        self._sentences = scored_sentences(corpus).merge(v, on="sent_id", how="left")
        self._mentions = {e: set(sentiment_toward(corpus, e).sentences["sent_id"]) for e in entities}
        titles = corpus.documents.set_index("doc_id")["title"]
        ids = sorted(corpus.documents["doc_id"])
        self.reports = w.SelectMultiple(
            options=[(f"{d} · {titles[d]}" if isinstance(titles[d], str) else d, d) for d in ids],
            value=tuple(ids), rows=min(6, max(1, len(ids))), description="Reports")
        present = sorted(self._sentences["voice"].dropna().unique())
        self.voices = w.SelectMultiple(options=present, value=tuple(present), rows=max(1, len(present)),
                                       description="Voices")
        self.entity = w.Dropdown(options=[ANY, *entities], value=ANY, description="Entity")
        self.score_range = w.FloatRangeSlider(value=(-1.0, 1.0), min=-1.0, max=1.0, step=0.05,
                                              description="Sentiment", readout_format="+.2f")
        self.order = w.Dropdown(options=list(ORDERS), value="most negative first", description="Order")
        self.summary = w.HTML()
        self.view = w.HTML()
        for control in (self.reports, self.voices, self.entity, self.score_range, self.order):
            control.observe(self._refresh, names="value")
        super().__init__([w.HBox([self.reports, self.voices]),
                          w.HBox([self.entity, self.order]), self.score_range, self.summary, self.view])
        self._refresh()

    @property
    def selection(self) -> pd.DataFrame:
        """The sentences the controls select, in the chosen order."""
        s = self._sentences
        low, high = self.score_range.value
        keep = (s["doc_id"].isin(self.reports.value) & s["voice"].isin(self.voices.value)
                & s["sentiment"].between(low, high))
        if self.entity.value != ANY:
            keep &= s["sent_id"].isin(self._mentions[self.entity.value])
        columns, ascending = ORDERS[self.order.value]
        cols = ["doc_id", "sent_id", "voice", "sentiment", "sentiment_label", "text"]
        return s.loc[keep, cols].sort_values(columns, ascending=ascending).reset_index(drop=True)

    def _refresh(self, _change=None) -> None:
        sel = self.selection
        mean = f", mean {sel['sentiment'].mean():+.3f}" if len(sel) else ""
        self.summary.value = f"<p>{len(sel)} sentences{mean}</p>"
        self.view.value = sentences_html(sel, limit=self.limit)
