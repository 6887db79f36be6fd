"""ipywidgets panels: layout and wiring only; what they show comes from :mod:`workbench.views`."""

from __future__ import annotations

import ipywidgets as w
import pandas as pd

from .. import filters
from . import _views as views


class CorpusBrowser(w.VBox):
    """Pick a document, toggle the set-aside kinds shown beside its article, search its text.

    The parts are attributes (``document``, ``kinds``, ``search``, ``view``) so a test
    can set a value and read what the panel shows.
    """

    def __init__(self, corpus, *, doc_id: str | None = None):
        self.corpus = corpus
        ids = sorted(corpus.documents["doc_id"])
        present = [k for k in views.SET_ASIDE if k in set(corpus.blocks["kind"])]
        self.document = w.Dropdown(
            options=ids, value=doc_id or (ids[0] if ids else None), description="Document"
        )
        self.kinds = w.SelectMultiple(
            options=present, value=tuple(present), rows=min(8, len(present) or 1), description="Set aside"
        )
        self.search = w.Text(placeholder="only blocks containing…", description="Search")
        self.view = w.HTML()
        for control in (self.document, self.kinds, self.search):
            control.observe(self._refresh, names="value")
        super().__init__([w.HBox([self.document, self.search]), self.kinds, self.view])
        self._refresh()

    def _refresh(self, _change=None) -> None:
        if self.document.value is None:
            self.view.value = "<p>No documents loaded.</p>"
            return
        self.view.value = views.article_html(
            self.corpus, self.document.value, kinds=self.kinds.value, search=self.search.value
        )


class FilterPanel(w.VBox):
    """The filter every notebook shares: documents, sources, topics, a sentiment range, a search.

    ``value`` is the current :class:`~workbench.filters.Filters`; ``on_change(fn)`` calls
    ``fn(filters)`` whenever a control changes. ``show`` picks the controls a notebook needs.
    ``topics``: topic labels (index = topic number) to offer, when topics are fitted.
    """

    CONTROLS = ("documents", "sources", "topics", "sentiment", "search")

    def __init__(self, corpus, *, show=CONTROLS, topics: pd.Series | None = None):
        docs = corpus.documents.sort_values("doc_id")
        self.documents = w.SelectMultiple(
            options=[(_doc_label(d, t), d) for d, t in zip(docs["doc_id"], docs["title"])],
            value=tuple(docs["doc_id"]),
            rows=min(6, max(1, len(docs))),
            description="Reports",
        )
        src = corpus.sources.sort_values(["anonymous", "name"])
        options = [("(narrator)", filters.NARRATOR)] + [
            (f"{n} (anonymous)" if a else n, i)
            for i, n, a in zip(src["source_id"], src["name"], src["anonymous"])
        ]
        self.sources = w.SelectMultiple(
            options=options,
            value=tuple(v for _, v in options),
            rows=min(8, max(1, len(options))),
            description="Sources",
        )
        topic_options = [] if topics is None else [(f"{k}: {v}", int(k)) for k, v in topics.items()]
        self.topics = w.SelectMultiple(
            options=topic_options,
            value=tuple(v for _, v in topic_options),
            rows=min(6, max(1, len(topic_options))),
            description="Topics",
        )
        self.sentiment = w.FloatRangeSlider(
            value=(-1.0, 1.0), min=-1.0, max=1.0, step=0.05, description="Sentiment", readout_format="+.2f"
        )
        self.search = w.Text(placeholder="words or a phrase", description="Search")
        self._all_sources = len(options)
        self._all_topics = len(topic_options)
        self._callbacks: list = []
        shown = [getattr(self, name) for name in self.CONTROLS if name in show]
        for control in shown:
            control.observe(self._changed, names="value")
        super().__init__([w.HBox(shown[:3]), w.HBox(shown[3:])])

    @property
    def value(self) -> filters.Filters:
        n_docs = len(self.documents.options)
        return filters.Filters(
            doc_ids=None if len(self.documents.value) == n_docs else tuple(self.documents.value),
            source_ids=None if len(self.sources.value) == self._all_sources else tuple(self.sources.value),
            topics=None if len(self.topics.value) == self._all_topics else tuple(self.topics.value),
            sentiment=None if tuple(self.sentiment.value) == (-1.0, 1.0) else tuple(self.sentiment.value),
            search=self.search.value,
        )

    def on_change(self, callback) -> None:
        self._callbacks.append(callback)

    def _changed(self, _change=None) -> None:
        current = self.value
        for callback in self._callbacks:
            callback(current)


def _doc_label(doc_id: str, title) -> str:
    return f"{doc_id} · {title}" if isinstance(title, str) else doc_id
