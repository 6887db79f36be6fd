"""The quote browser: pick reports, sources, quote kinds and a search; read each
statement highlighted in its paragraph, with its speaker and role.

``quotes_html`` renders (every piece of document text escaped); ``QuoteBrowser`` only
lays out and wires the controls, and exposes ``table`` (the statements shown) so a
test can drive it headlessly.
"""

from __future__ import annotations

import html
from dataclasses import replace

import ipywidgets as w
import pandas as pd

from .. import filters
from ..quotes import build_sources
from ._labels import doc_labels
from ._panel import Explorer, watch

__all__ = ["QuoteBrowser", "filter_quotes", "kinds_key", "quotes_html", "KINDS"]

KINDS = ("direct", "unmarked", "indirect", "mixed")
#: The browser shows at most this many statements at once (the table says how many matched).
MAX_SHOWN = 50
#: The one quote filter (``wb.filter_quotes``), kept importable under this module too.
filter_quotes = filters.filter_quotes
_KIND_COLOURS = {"direct": "#fde68a", "unmarked": "#fbcfe8", "indirect": "#bfdbfe", "mixed": "#d9f99d"}


def _pieces(parts: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (p.split("-", 1) for p in str(parts).split(";") if "-" in p)]


def quotes_html(corpus, quotes: pd.DataFrame) -> str:
    """Each statement in its paragraph(s), the statement highlighted, with speaker,
    role, kind and cue. All document text is escaped."""
    docs = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    labels = doc_labels(corpus)
    paras = corpus.paragraphs
    out = []
    for r in quotes.itertuples(index=False):
        text = docs.get(r.doc_id, "")
        p = paras[
            (paras["doc_id"] == r.doc_id)
            & (paras["char_end"] > r.char_start)
            & (paras["char_start"] < r.char_end)
        ]
        a = int(p["char_start"].min()) if len(p) else r.char_start
        b = int(p["char_end"].max()) if len(p) else r.char_end
        body, k = [], a
        for s, e in _pieces(r.parts) or [(r.char_start, r.char_end)]:
            s, e = max(s, a), min(e, b)
            body.append(html.escape(text[k:s]))
            body.append(
                f'<mark style="background:{_KIND_COLOURS.get(r.kind, "#eee")}">'
                f"{html.escape(text[s:e])}</mark>"
            )
            k = e
        body.append(html.escape(text[k:b]))
        role = "" if pd.isna(r.role) else f", <i>{html.escape(str(r.role))}</i>"
        anon = " (anonymous)" if r.anonymous else ""
        cue = "" if pd.isna(r.cue) else f" · cue “{html.escape(str(r.cue))}”"
        out.append(
            f'<div style="margin:0.6em 0;padding:0.4em;border-left:3px solid #999">'
            f"<div><b>{html.escape(str(r.speaker_name))}</b>{role}{anon} · {html.escape(r.kind)}{cue}"
            f" · {html.escape(labels.get(r.doc_id, r.doc_id))}</div>"
            f'<div style="white-space:pre-wrap">{"".join(body).replace(chr(10) * 2, "<br><br>")}</div></div>'
        )
    return "".join(out) or "<p>No matches.</p>"


def kinds_key() -> str:
    """The colour key of quote kinds, as HTML."""
    swatches = "".join(
        f'<span style="background:{_KIND_COLOURS[k]};padding:0 0.4em;margin-right:0.6em">{k}</span>'
        for k in KINDS
    )
    return f'<div style="text-align:left">Highlight by kind: {swatches}</div>'


class QuoteBrowser(Explorer):
    """The shared filter panel (reports, sources, sentiment, search) plus quote kinds; the
    statements that match, highlighted in their paragraphs. Parts are attributes
    (``filters``, and for short ``reports``, ``sources``, ``search``; ``kinds``, ``status``,
    ``view``) and ``table`` holds what matched."""

    notebook, what = "02-sources", "statements"

    def __init__(self, corpus, quotes: pd.DataFrame | None = None):
        from ._widgets import FilterPanel

        self.quotes = corpus.quotes if quotes is None else quotes
        if "source_id" not in self.quotes:
            _, self.quotes = build_sources(self.quotes)
        self.filters = FilterPanel(corpus, show=("documents", "sources", "sentiment", "search"))
        self.reports, self.sources, self.search = (
            self.filters.documents,
            self.filters.sources,
            self.filters.search,
        )
        self.kinds = w.SelectMultiple(options=KINDS, value=KINDS, rows=4, description="Kinds")
        self._setup([self.filters, w.HBox([self.kinds, w.HTML(kinds_key())])], corpus=corpus, hint=True)
        self.filters.on_change(self.refresh)
        watch((self.kinds,), self.refresh)
        self.refresh()

    def _update(self) -> None:
        chosen = replace(self.filters.value, kinds=tuple(self.kinds.value))
        self.table = filters.filter_quotes(self.corpus, chosen, quotes=self.quotes).reset_index(drop=True)
        self.view.value = quotes_html(self.corpus, self.table.head(MAX_SHOWN))

    def summary(self) -> str:
        if not len(self.table):
            return "no matches"
        return f"{len(self.table)} statement(s); showing {min(len(self.table), MAX_SHOWN)}"

    def passages(self) -> pd.DataFrame:
        t = self.table.head(MAX_SHOWN)
        return t.assign(label=t["speaker_name"].astype(str) + ": " + t["text"].astype(str))[
            ["doc_id", "char_start", "char_end", "label"]
        ]
