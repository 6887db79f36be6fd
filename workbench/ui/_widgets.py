"""ipywidgets panels: layout and wiring only; what they show comes from the reading views."""

from __future__ import annotations

import html

import ipywidgets as w
import pandas as pd

from .. import filters
from . import _views as views
from ._labels import doc_labels, source_labels
from ._panel import Explorer, watch


class CorpusBrowser(Explorer):
    """Pick a document, toggle the set-aside kinds shown beside its article, search its text.

    The parts are attributes (``document``, ``kinds``, ``search``, ``status``, ``view``) so a
    test can set a value and read what the panel shows; ``table`` holds the blocks shown.
    """

    notebook, what = "01-corpus", "blocks"

    def __init__(self, corpus, *, doc_id: str | None = None):
        labels = doc_labels(corpus)
        ids = sorted(corpus.documents["doc_id"])
        present = [k for k in views.SET_ASIDE if k in set(corpus.blocks["kind"])]
        self.document = w.Dropdown(
            options=[(labels[d], d) for d in ids],
            value=doc_id or (ids[0] if ids else None),
            description="Document",
            layout=w.Layout(width="32em"),
        )
        self.kinds = w.SelectMultiple(
            options=present, value=tuple(present), rows=min(8, len(present) or 1), description="Set aside"
        )
        self.search = w.Text(placeholder="only blocks containing…", description="Search")
        self._setup([w.HBox([self.document, self.search]), self.kinds], corpus=corpus, hint=True)
        watch((self.document, self.kinds, self.search), self.refresh)
        self.refresh()

    def _update(self) -> None:
        if self.document.value is None:
            self.table = pd.DataFrame()
            self.view.value = "<p>No documents loaded.</p>"
            return
        blocks = self.corpus.blocks[self.corpus.blocks["doc_id"] == self.document.value]
        keep = blocks["kind"].isin([*self.kinds.value, "body", "heading", "title"])
        needle = self.search.value.strip().lower()
        if needle:
            keep &= blocks["text"].str.lower().str.contains(needle, regex=False)
        self.table = blocks.loc[keep, ["doc_id", "line_start", "line_end", "kind", "reason", "text"]]
        self.table = self.table.reset_index(drop=True)
        if needle and not len(self.table):
            self.view.value = f"<p>No matches for “{html.escape(self.search.value)}”.</p>"
            return
        self.view.value = views.article_html(
            self.corpus, self.document.value, kinds=self.kinds.value, search=self.search.value
        )

    def summary(self) -> str:
        if not len(self.table):
            return "no matches"
        body = int((self.table["kind"] == "body").sum())
        return f"{body} article block(s) and {len(self.table) - body} set-aside block(s) shown"

    def passages(self) -> pd.DataFrame:
        needle = self.search.value.strip().lower()
        s = self.corpus.sentences
        s = s[s["doc_id"] == self.document.value]
        if needle:
            s = s[s["text"].str.lower().str.contains(needle, regex=False)]
        else:
            s = s.iloc[0:0]
        return s.assign(label=s["text"])[["doc_id", "char_start", "char_end", "label"]]


class SearchAll(Explorer):
    """One search over statements, sentences, entities and sources at once; the hits grouped by
    what they are, each with its document, and every passage openable in context."""

    notebook, what = "00-start-here", "search"
    #: Hits shown per group (the status line gives every count).
    PER_GROUP = 10

    def __init__(self, corpus, *, query: str = ""):
        self.query = w.Text(value=query, placeholder="a name, a word or a phrase", description="Search")
        self._setup([self.query], corpus=corpus)
        self._labels = doc_labels(corpus)
        self._sources = source_labels(corpus)
        watch((self.query,), self.refresh)
        self.refresh()

    def _update(self) -> None:
        needle = self.query.value.strip().lower()
        columns = ["what", "doc_id", "name", "text", "char_start", "char_end"]
        if not needle:
            self.table = pd.DataFrame(columns=columns)
            self.view.value = "<p>Type a word, a name or a phrase to search everything.</p>"
            return
        c = self.corpus

        def hit(frame, col):
            return frame[
                frame[col].astype("string").str.lower().str.contains(needle, regex=False).fillna(False)
            ]

        said = c.quotes.assign(both=c.quotes["text"] + " " + c.quotes["speaker_name"].fillna(""))
        q = hit(said, "both")  # a statement matches by its words or its speaker
        s = hit(c.sentences, "text")
        e = hit(c.entities, "entity").drop_duplicates(["sent_id", "entity"])
        src = hit(c.sources.assign(label=c.sources["source_id"].map(self._sources)), "label")
        first_quote = c.quotes.drop_duplicates("source_id").set_index("source_id")
        src = src[src["source_id"].isin(first_quote.index)]
        parts = [
            q.assign(what="statement", name=q["source_id"].map(self._sources))[columns],
            s.assign(what="sentence", name="")[columns],
            e.assign(what="entity", name=e["entity"])[columns],
            pd.DataFrame(
                {
                    "what": "source",
                    "doc_id": first_quote.loc[src["source_id"], "doc_id"].to_numpy(),
                    "name": src["label"].to_numpy(),
                    "text": first_quote.loc[src["source_id"], "text"].to_numpy(),
                    "char_start": first_quote.loc[src["source_id"], "char_start"].to_numpy(),
                    "char_end": first_quote.loc[src["source_id"], "char_end"].to_numpy(),
                }
            ),
        ]
        self.table = (
            pd.concat([p for p in parts if len(p)], ignore_index=True)
            if any(len(p) for p in parts)
            else pd.DataFrame(columns=columns)
        )
        if not len(self.table):
            self.view.value = f"<p>No matches for “{html.escape(self.query.value)}”.</p>"
            return
        out = []
        for what, group in self.table.groupby("what", sort=False):
            rows = "".join(
                f"<tr><td>{html.escape(self._labels.get(r.doc_id, r.doc_id))}</td>"
                f"<td>{html.escape(str(r.name))}</td><td>{html.escape(str(r.text))}</td></tr>"
                for r in group.head(self.PER_GROUP).itertuples(index=False)
            )
            more = f" (first {self.PER_GROUP} shown)" if len(group) > self.PER_GROUP else ""
            out.append(
                f"<h4>{html.escape(str(what))}: {len(group)}{more}</h4>"
                f'<table style="text-align:left"><tr><th>document</th><th>name</th><th>text</th></tr>{rows}</table>'
            )
        self.view.value = "".join(out)

    def summary(self) -> str:
        if not self.query.value.strip():
            return "type to search"
        if not len(self.table):
            return "no matches"
        counts = self.table["what"].value_counts()
        plural = {
            "statement": "statements",
            "sentence": "sentences",
            "entity": "entities",
            "source": "sources",
        }
        return ", ".join(
            f"{int(counts[k])} {k if counts[k] == 1 else plural[k]}" for k in plural if k in counts
        )

    def passages(self) -> pd.DataFrame:
        t = self.table.groupby("what", sort=False).head(self.PER_GROUP)
        return t.assign(label=t["what"] + ": " + t["text"].astype(str))[
            ["doc_id", "char_start", "char_end", "label"]
        ]


class FilterPanel(w.VBox):
    """The filter every notebook shares: documents, sources, topics, a sentiment range, a search.

    ``value`` is the current :class:`~workbench.filters.Filters`; ``on_change(fn)`` calls
    ``fn(filters)`` whenever a control changes. ``show`` picks the controls a notebook needs.
    ``topics``: topic labels (index = topic number) to offer, when topics are fitted.
    """

    CONTROLS = ("documents", "sources", "topics", "sentiment", "search")

    def __init__(self, corpus, *, show=CONTROLS, topics: pd.Series | None = None):
        docs = corpus.documents.sort_values("doc_id")
        labels = doc_labels(corpus)
        self.documents = w.SelectMultiple(
            options=[(labels[d], d) for d in docs["doc_id"]],
            value=tuple(docs["doc_id"]),
            rows=min(6, max(1, len(docs))),
            description="Reports",
        )
        src = corpus.sources.sort_values(["anonymous", "name", "source_id"])
        names = source_labels(corpus)
        options = [("(narrator)", filters.NARRATOR)] + [(names[i], i) for i in src["source_id"]]
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
