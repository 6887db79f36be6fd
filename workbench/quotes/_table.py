"""The contract's ``quotes`` table of a corpus: every document's statements, with sources."""

from __future__ import annotations

import pandas as pd

from ._extract import EXTRA_COLUMNS, QUOTE_COLUMNS, extract_quotes
from ._sources import build_sources


def quotes_table(corpus) -> pd.DataFrame:
    """The contract's ``quotes`` table of a corpus (statements of every document, offsets
    into ``documents.text``, ``para_id``/``sent_id`` of each statement's start), with
    ``source_id`` from :func:`build_sources` and the extra columns
    of :func:`extract_quotes`. Depends only on documents, paragraphs and sentences."""
    frames = []
    paras = corpus.paragraphs
    sents = corpus.sentences
    for doc in corpus.documents[["doc_id", "text"]].itertuples(index=False):
        p = paras[paras["doc_id"] == doc.doc_id]
        s = sents[sents["doc_id"] == doc.doc_id]
        q = extract_quotes(
            doc.text,
            doc_id=doc.doc_id,
            paragraphs=list(zip(p["char_start"], p["char_end"])),
            sentences=list(zip(s["char_start"], s["char_end"])),
        )
        q.insert(1, "quote_id", [f"{doc.doc_id}:q{n:04d}" for n in range(1, len(q) + 1)])
        q.insert(2, "para_id", unit_at(p, "para_id", q["char_start"]))
        q.insert(3, "sent_id", unit_at(s, "sent_id", q["char_start"]))
        frames.append(q)
    if frames:
        quotes = pd.concat(frames, ignore_index=True)
    else:
        quotes = extract_quotes("")
        for i, col in enumerate(("quote_id", "para_id", "sent_id"), start=1):
            quotes.insert(i, col, pd.Series(dtype="string"))
    for col in ("doc_id", "quote_id", "para_id", "sent_id"):
        quotes[col] = quotes[col].astype("string")
    _, quotes = build_sources(quotes)
    return quotes[QUOTE_COLUMNS + EXTRA_COLUMNS].reset_index(drop=True)


def unit_at(units: pd.DataFrame, id_col: str, starts: pd.Series) -> list:
    """The id of the unit (paragraph or sentence) containing each offset (or the next one)."""
    out = []
    bounds = list(zip(units["char_start"], units["char_end"], units[id_col]))
    for k in starts:
        hit = pd.NA
        for a, b, uid in bounds:
            if a <= k < b:
                hit = uid
                break
            if a > k:
                hit = uid
                break
        out.append(hit)
    return out
