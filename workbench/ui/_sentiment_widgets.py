"""An ipywidgets panel to read sentences by tone: layout and wiring only.

What it shows comes from :mod:`workbench.sentiment_tone` (scores, voices, entity
mentions) and :mod:`workbench.sentiment_views` (escaped, coloured HTML).
"""

from __future__ import annotations

import ipywidgets as w
import pandas as pd

from .. import filters
from ..sentiment import scored_sentences, sentiment_toward, voices
from ._panel import Explorer, watch
from ._sentiment_views import MAX_SENTENCES, sentences_html
from ._widgets import FilterPanel

__all__ = ["ANY", "ORDERS", "SentimentExplorer", "top_entities"]

#: The entity choice that filters nothing.
ANY = "(any)"
#: Sort orders of the sentence list: label -> (columns, ascending).
ORDERS = {
    "most negative first": (["sentiment", "sent_id"], [True, True]),
    "most positive first": (["sentiment", "sent_id"], [False, True]),
    "document order": (["doc_id", "sent_id"], [True, True]),
}


def top_entities(corpus, *, n: int = 30) -> list[str]:
    """The corpus's entities, most mentioned first (ties by name), at most ``n``."""
    e = corpus.entities
    if not len(e):
        return []
    counts = e.groupby("entity").size().reset_index(name="n")
    counts = counts.sort_values(["n", "entity"], ascending=[False, True], kind="stable")
    return [str(x) for x in counts["entity"].head(n)]


class SentimentExplorer(Explorer):
    """Filter sentences with the shared panel (reports, sources, sentiment range, search),
    by voice and entity; read them with each word coloured by its contribution.

    The controls are attributes (``filters``, and for short ``reports`` and ``score_range``;
    ``voices``, ``entity``, ``order``), the outputs too (``status``, ``view``), and
    ``table`` is the frame behind the list (also ``selection``), so a test can set a value
    and read what the panel shows. ``entity`` offers the corpus's entities, most mentioned
    first, and takes any other name typed into it (empty = any).
    """

    notebook, what = "04-sentiment", "sentences"

    def __init__(
        self,
        corpus,
        *,
        quotes: pd.DataFrame | None = None,
        entities=None,
        limit: int = MAX_SENTENCES,
    ):
        self.limit = limit
        v = voices(corpus, quotes=quotes)[["sent_id", "voice"]]
        self._sentences = scored_sentences(corpus).merge(v, on="sent_id", how="left")
        self._mentions: dict[str, set] = {}
        self._index = filters.SentenceIndex.of(corpus)
        self.filters = FilterPanel(corpus, show=("documents", "sources", "sentiment", "search"))
        self.reports, self.score_range = self.filters.documents, self.filters.sentiment
        present = sorted(self._sentences["voice"].dropna().unique())
        self.voices = w.SelectMultiple(
            options=present, value=tuple(present), rows=max(1, len(present)), description="Voices"
        )
        offered = list(entities) if entities is not None else top_entities(corpus)
        self.entity = w.Combobox(
            options=offered,
            value="",
            placeholder="any (or type a name)",
            description="Entity",
            ensure_option=False,
        )
        self.order = w.Dropdown(options=list(ORDERS), value="most negative first", description="Order")
        self._setup([self.filters, w.HBox([self.voices, self.entity, self.order])], corpus=corpus, hint=True)
        self.filters.on_change(self.refresh)
        watch((self.voices, self.entity, self.order), self.refresh)
        self.refresh()

    def _mentioning(self, name: str) -> set:
        if name not in self._mentions:
            self._mentions[name] = set(sentiment_toward(self.corpus, name).sentences["sent_id"])
        return self._mentions[name]

    @property
    def selection(self) -> pd.DataFrame:
        """The sentences the controls select, in the chosen order."""
        s = self._sentences
        kept = filters.filter_sentences(self.corpus, self.filters.value, index=self._index)
        keep = s["sent_id"].isin(kept["sent_id"]) & s["voice"].isin(self.voices.value)
        name = self.entity.value.strip()
        if name and name != ANY:
            keep &= s["sent_id"].isin(self._mentioning(name))
        columns, ascending = ORDERS[self.order.value]
        cols = [
            "doc_id",
            "sent_id",
            "voice",
            "sentiment",
            "sentiment_label",
            "text",
            "char_start",
            "char_end",
        ]
        cols = [c for c in cols if c in s.columns]
        return s.loc[keep, cols].sort_values(columns, ascending=ascending).reset_index(drop=True)

    def _update(self) -> None:
        self.table = self.selection
        self.view.value = (
            sentences_html(self.table, limit=self.limit) if len(self.table) else "<p>No matches.</p>"
        )

    def summary(self) -> str:
        sel = self.table
        if not len(sel):
            return "no matches"
        return f"{len(sel)} sentence(s), mean {sel['sentiment'].mean():+.3f}"

    def passages(self) -> pd.DataFrame:
        t = self.table.head(self.limit)
        if t.empty:
            return super().passages()
        return t.assign(label=t["sentiment"].map("{:+.2f}".format) + " " + t["text"].astype(str))[
            ["doc_id", "char_start", "char_end", "label"]
        ]
