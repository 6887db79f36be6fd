"""One filter for every notebook: documents, sources, topics, a sentiment range and a text search.

:class:`Filters` says what to keep; :func:`filter_sentences` and :func:`filter_quotes` apply
it to the corpus's tables. The widget panel (:class:`workbench.widgets.FilterPanel`) only
sets a :class:`Filters`, so filtering means the same thing in every notebook.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .schema import as_table
from .text import NARRATOR

#: Search masks a SentenceIndex keeps (one per recent search text).
SEARCHES_KEPT = 8
#: Beyond this many hits a search switches from scanning the joined text to Arrow's per-row
#: match (measured on 241,500 sentences: rare words 27 ms vs 60 ms, "the" 240 ms vs 15 ms).
MAX_SCAN_HITS = 20_000


@dataclass(frozen=True)
class Filters:
    """What to keep. None (or an empty search) means: do not filter on this; an empty
    tuple keeps nothing."""

    doc_ids: tuple[str, ...] | None = None
    source_ids: tuple[str, ...] | None = None
    topics: tuple[int, ...] | None = None
    sentiment: tuple[float, float] | None = None
    search: str = ""
    kinds: tuple[str, ...] | None = None  # statement kinds (quotes only)


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


@dataclass(frozen=True)
class SentenceIndex:
    """What a widget computes once so that each filter change is a few array operations:
    document and source codes per sentence row, and the lower-cased text."""

    doc_codes: np.ndarray  # per sentence row: code of its document
    doc_names: pd.Index  # code -> doc_id
    source_rows: np.ndarray  # sentence row of each (sentence, source) pair
    source_codes: np.ndarray  # source code of each pair
    source_names: pd.Index  # code -> source_id
    lowered: object  # the sentences' text in lower case (a pyarrow array)
    joined: bytes  # the same in UTF-8, joined by newlines (one string to scan)
    starts: np.ndarray  # byte offset of each sentence in ``joined``
    searches: dict = field(default_factory=dict, compare=False, repr=False)  # recent search masks

    @classmethod
    def of(cls, corpus, *, sources: pd.DataFrame | None = None) -> SentenceIndex:
        s = corpus.sentences
        doc = pd.Categorical(s["doc_id"])
        sources = sentence_sources(corpus) if sources is None else sources
        row_of = pd.Series(np.arange(len(s)), index=s["sent_id"].to_numpy())
        src = pd.Categorical(sources["source_id"])
        low = s["text"].fillna("").str.lower().str.replace("\n", " ", regex=False)
        lowered = pa.array(low.to_numpy(dtype=object), type=pa.string())
        # UTF-8: a quarter of the bytes to scan that a str holding one CJK character takes
        lengths = pc.binary_length(lowered).to_numpy(zero_copy_only=False).astype(np.int64) + 1
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
        return cls(
            doc.codes,
            doc.categories,
            row_of.reindex(sources["sent_id"].to_numpy()).to_numpy(),
            src.codes,
            src.categories,
            lowered,
            "\n".join(low.tolist()).encode("utf-8"),
            starts,
        )

    def mask(self, filters: Filters, sentiment: np.ndarray | None) -> np.ndarray:
        keep = np.ones(len(self.doc_codes), dtype=bool)
        if filters.doc_ids is not None:
            keep &= np.isin(self.doc_codes, self.doc_names.get_indexer(list(filters.doc_ids)))
        if filters.source_ids is not None:
            wanted = np.isin(self.source_codes, self.source_names.get_indexer(list(filters.source_ids)))
            chosen = np.zeros(len(keep), dtype=bool)
            chosen[self.source_rows[wanted]] = True
            keep &= chosen
        if filters.sentiment is not None and sentiment is not None:
            lo, hi = filters.sentiment
            keep &= (sentiment >= lo) & (sentiment <= hi)
        if filters.search.strip():
            keep &= self._search(filters.search.strip().lower())
        return keep

    def _search(self, needle: str) -> np.ndarray:
        """Rows whose text contains ``needle``; the last few searches are kept, since moving
        another control must not scan the text again."""
        if needle not in self.searches:
            if len(self.searches) >= SEARCHES_KEPT:
                self.searches.pop(next(iter(self.searches)))
            self.searches[needle] = self._scan(needle)
        return self.searches[needle]

    def _scan(self, needle: str) -> np.ndarray:
        # One pass of bytes.find over the joined UTF-8 text (where a match is always a match of
        # whole characters) is faster than Arrow's per-row match for rare words; for frequent
        # ones (many hits) Arrow's is faster.
        hits: list[int] = []
        word = needle.encode("utf-8", "surrogatepass")
        at = self.joined.find(word)
        while at >= 0:
            if len(hits) >= MAX_SCAN_HITS:
                return pc.match_substring(self.lowered, needle).to_numpy(zero_copy_only=False)
            hits.append(at)
            at = self.joined.find(word, at + len(word))
        keep = np.zeros(len(self.starts), dtype=bool)
        if hits and "\n" not in needle:
            keep[np.searchsorted(self.starts, np.asarray(hits), side="right") - 1] = True
        return keep


def filter_sentences(
    corpus,
    filters: Filters,
    *,
    sources: pd.DataFrame | None = None,
    topics: pd.Series | None = None,
    index: SentenceIndex | None = None,
) -> pd.DataFrame:
    """The sentences that pass ``filters``, in corpus order.

    ``index``: a :class:`SentenceIndex` of the corpus built once (widgets pass it, so a
    change of filter costs a few array operations). Without it, ``sources``
    (:func:`sentence_sources`) may be passed precomputed. ``topics``: each sentence's
    topic, indexed by ``sent_id``.
    """
    s = corpus.sentences
    if index is not None:
        sentiment = s["sentiment"].to_numpy() if "sentiment" in s.columns else None
        keep = index.mask(filters, sentiment)
        if filters.topics is not None and topics is not None:
            keep &= s["sent_id"].map(topics).isin(filters.topics).to_numpy(dtype=bool)
        return take_rows(s, keep)
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
        keep &= _search_mask(s["text"], filters.search)
    return s[keep]


def take_rows(frame: pd.DataFrame, keep: np.ndarray) -> pd.DataFrame:
    """``frame[keep]`` for a boolean array ``keep``, with Arrow-backed columns filtered chunk by
    chunk. A built corpus's tables are memory-mapped in chunks, and the take that ``frame[keep]``
    does on such a column first joins its chunks: a copy of the whole column at each filter
    (about 26 ms for five text columns at 460,000 sentences, even when nothing is kept)."""
    if keep.all():
        return frame[keep]
    rows = np.flatnonzero(keep)
    mask = None
    columns = {}
    for name, values in frame.items():
        array = values.array
        chunked = array.__arrow_array__() if hasattr(array, "__arrow_array__") else None
        if isinstance(chunked, pa.ChunkedArray) and chunked.num_chunks > 1:
            mask = pa.array(keep) if mask is None else mask
            columns[name] = type(array)(chunked.filter(mask))
        else:
            columns[name] = array.take(rows)
    return pd.DataFrame(columns, index=frame.index[keep], columns=frame.columns)


def filter_quotes(
    data, filters: Filters | None = None, *, quotes: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The statements that pass ``filters``, in document order. ``data``: a corpus or its
    ``quotes`` table. The sentiment range applies to the sentence each statement starts in (it
    needs the corpus); the search looks in the statement, its speaker and role; ``kinds`` keeps
    those statement kinds. ``quotes``: another quotes table of the corpus than its own."""
    filters = Filters() if filters is None else filters
    q = as_table(data if quotes is None else quotes, "quotes")
    keep = pd.Series(True, index=q.index)
    if filters.doc_ids is not None:
        keep &= q["doc_id"].isin(filters.doc_ids)
    if filters.source_ids is not None:
        keep &= q["source_id"].isin(filters.source_ids)
    if filters.kinds is not None:
        keep &= q["kind"].isin(filters.kinds)
    if filters.sentiment is not None:
        sentences = as_table(data, "sentences")
        if "sentiment" in sentences.columns:
            lo, hi = filters.sentiment
            score = q["sent_id"].map(sentences.set_index("sent_id")["sentiment"])
            keep &= score.between(lo, hi)
    if filters.search.strip():
        said = q["text"].fillna("")
        for col in ("speaker_name", "role"):
            if col in q.columns:
                said = said + " " + q[col].fillna("")
        keep &= _search_mask(said, filters.search)
    return q[keep].sort_values(["doc_id", "char_start"], kind="stable")
