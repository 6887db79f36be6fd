"""One filter for every notebook: documents, sources, topics, a sentiment range and a text search.

:class:`Filters` says what to keep; :func:`filter_sentences` and :func:`filter_quotes` apply
it to the corpus's tables. The widget panel (:class:`workbench.widgets.FilterPanel`) only
sets a :class:`Filters`, so filtering means the same thing in every notebook.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

#: The source id of the narrator: sentences that carry no attributed statement.
NARRATOR = "narrator"


@dataclass(frozen=True)
class Filters:
    """What to keep. None (or an empty search) means: do not filter on this; an empty
    tuple keeps nothing."""

    doc_ids: tuple[str, ...] | None = None
    source_ids: tuple[str, ...] | None = None
    topics: tuple[int, ...] | None = None
    sentiment: tuple[float, float] | None = None
    search: str = ""


def sentence_sources(corpus) -> pd.DataFrame:
    """``sent_id`` -> ``source_id`` of every statement that overlaps the sentence; the narrator
    for sentences with none. A sentence may have several sources."""
    s = corpus.sentences[["doc_id", "sent_id", "char_start", "char_end"]]
    q = corpus.quotes[["doc_id", "source_id", "char_start", "char_end"]]
    pairs = s.merge(q, on="doc_id", suffixes=("", "_q"))
    pairs = pairs[(pairs["char_start"] < pairs["char_end_q"]) & (pairs["char_start_q"] < pairs["char_end"])]
    quoted = pairs[["sent_id", "source_id"]].drop_duplicates()
    narrated = s.loc[~s["sent_id"].isin(quoted["sent_id"]), ["sent_id"]].assign(source_id=NARRATOR)
    out = pd.concat([quoted, narrated], ignore_index=True).astype({"source_id": "string"})
    return out.sort_values(["sent_id", "source_id"], ignore_index=True)


def _search_mask(text: pd.Series, search: str) -> pd.Series:
    return text.str.contains(re.escape(search.strip()), case=False, regex=True, na=False)


def lowered_text(corpus) -> pd.Series:
    """The sentences' text in lower case, computed once per widget so searches need no regex."""
    return corpus.sentences["text"].str.lower()


def filter_sentences(corpus, filters: Filters, *, sources: pd.DataFrame | None = None,
                     topics: pd.Series | None = None, lowered: pd.Series | None = None) -> pd.DataFrame:
    """The sentences that pass ``filters``, in corpus order.

    ``sources``: :func:`sentence_sources` and ``lowered``: :func:`lowered_text`, computed once
    (a widget passes them so each change does not recompute them). ``topics``: each
    sentence's topic, indexed by ``sent_id``.
    """
    s = corpus.sentences
    keep = pd.Series(True, index=s.index)
    if filters.doc_ids is not None:
        keep &= s["doc_id"].isin(filters.doc_ids)
    if filters.source_ids is not None:
        sources = sentence_sources(corpus) if sources is None else sources
        ids = sources.loc[sources["source_id"].isin(filters.source_ids), "sent_id"]
        keep &= s["sent_id"].isin(ids)
    if filters.topics is not None and topics is not None:
        keep &= s["sent_id"].map(topics).isin(filters.topics)
    if filters.sentiment is not None and "sentiment" in s.columns:
        lo, hi = filters.sentiment
        keep &= s["sentiment"].between(lo, hi)
    if filters.search.strip():
        if lowered is not None:
            keep &= lowered.str.contains(filters.search.strip().lower(), regex=False, na=False)
        else:
            keep &= _search_mask(s["text"], filters.search)
    return s[keep]


def filter_quotes(corpus, filters: Filters, *, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """The statements that pass ``filters``, in document order. The sentiment range applies to
    the sentence each statement starts in; the search looks in the statement, its speaker and
    role. ``quotes``: another quotes table of the corpus than ``corpus.quotes``."""
    q = corpus.quotes if quotes is None else quotes
    keep = pd.Series(True, index=q.index)
    if filters.doc_ids is not None:
        keep &= q["doc_id"].isin(filters.doc_ids)
    if filters.source_ids is not None:
        keep &= q["source_id"].isin(filters.source_ids)
    if filters.sentiment is not None and "sentiment" in corpus.sentences.columns:
        lo, hi = filters.sentiment
        score = q["sent_id"].map(corpus.sentences.set_index("sent_id")["sentiment"])
        keep &= score.between(lo, hi)
    if filters.search.strip():
        said = q["text"].fillna("")
        for col in ("speaker_name", "role"):
            if col in q.columns:
                said = said + " " + q[col].fillna("")
        keep &= _search_mask(said, filters.search)
    return q[keep].sort_values(["doc_id", "char_start"], kind="stable")
