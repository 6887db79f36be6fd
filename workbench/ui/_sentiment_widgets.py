"""An ipywidgets panel to read sentences by tone: layout and wiring only.

What it shows comes from :mod:`workbench.sentiment_tone` (scores, voices, entity
mentions) and :mod:`workbench.sentiment_views` (escaped, coloured HTML).
"""

from __future__ import annotations

import ipywidgets as w
import pandas as pd

from .. import filters
from ..sentiment import scored_sentences, sentiment_toward, voices
from ._sentiment_views import MAX_SENTENCES, sentences_html
from ._widgets import FilterPanel

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
    """Filter sentences with the shared panel (reports, sources, sentiment range, search),
    by voice and entity; read them with each word coloured by its contribution.

    The controls are attributes (``filters``, and for short ``reports`` and ``score_range``;
    ``voices``, ``entity``, ``order``), the outputs too (``summary``, ``view``), and
    ``selection`` is the frame behind the list, so a test can set a value and read what
    the panel shows.
    """

    def __init__(
        self,
        corpus,
        *,
        quotes: pd.DataFrame | None = None,
        entities=DEFAULT_ENTITIES,
        limit: int = MAX_SENTENCES,
    ):
        self.limit = limit
        v = voices(corpus, quotes=quotes)[["sent_id", "voice"]]
        self._sentences = scored_sentences(corpus).merge(v, on="sent_id", how="left")
        self._mentions = {e: set(sentiment_toward(corpus, e).sentences["sent_id"]) for e in entities}
        self.corpus = corpus
        self._index = filters.SentenceIndex.of(corpus)
        self.filters = FilterPanel(corpus, show=("documents", "sources", "sentiment", "search"))
        self.reports, self.score_range = self.filters.documents, self.filters.sentiment
        present = sorted(self._sentences["voice"].dropna().unique())
        self.voices = w.SelectMultiple(
            options=present, value=tuple(present), rows=max(1, len(present)), description="Voices"
        )
        self.entity = w.Dropdown(options=[ANY, *entities], value=ANY, description="Entity")
        self.order = w.Dropdown(options=list(ORDERS), value="most negative first", description="Order")
        self.summary = w.HTML()
        self.view = w.HTML()
        self.filters.on_change(self._refresh)
        for control in (self.voices, self.entity, self.order):
            control.observe(self._refresh, names="value")
        super().__init__(
            [self.filters, w.HBox([self.voices, self.entity, self.order]), self.summary, self.view]
        )
        self._refresh()

    @property
    def selection(self) -> pd.DataFrame:
        """The sentences the controls select, in the chosen order."""
        s = self._sentences
        kept = filters.filter_sentences(self.corpus, self.filters.value, index=self._index)
        keep = s["sent_id"].isin(kept["sent_id"]) & s["voice"].isin(self.voices.value)
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
