"""Groups of reports to compare (by document, outlet or source) and the statements (sentences
or quotes) a group holds."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from ..schema import as_table

NARRATOR = "narrator"
UNKNOWN = "unknown"


def _outlet_of(documents: pd.DataFrame) -> pd.Series:
    """The outlet a document shows, else the publication it credits, else "unknown"."""
    return documents["outlet"].fillna(documents["original_source"]).fillna(UNKNOWN).astype("string")


def make_groups(corpus, *, by: str = "doc_id", quotes: pd.DataFrame | None = None) -> dict[str, frozenset]:
    """Groups to compare, name -> set of unit ids, sorted by name.

    ``by="doc_id"``: one group per document. ``"outlet"``: documents by outlet (or, when a
    copy shows none, the publication it credits). ``"source_id"``: the quote ids of each
    source, plus ``"narrator"``: the sentences no statement overlaps."""
    docs = corpus.documents
    if by == "doc_id":
        pairs = [(d, d) for d in docs["doc_id"]]
    elif by == "outlet":
        pairs = list(zip(_outlet_of(docs), docs["doc_id"]))
    elif by == "source_id":
        q = corpus.quotes if quotes is None else quotes
        pairs = [(str(s), str(i)) for s, i in zip(q["source_id"], q["quote_id"]) if pd.notna(s)]
        quoted = _overlapping(corpus.sentences, q)
        pairs += [(NARRATOR, s) for s in corpus.sentences["sent_id"] if s not in quoted]
    else:
        raise ValueError(f"by must be 'doc_id', 'outlet' or 'source_id', not {by!r}")
    out: dict[str, set] = {}
    for name, unit in pairs:
        out.setdefault(str(name), set()).add(str(unit))
    return {k: frozenset(out[k]) for k in sorted(out)}


def _quote_table(corpus) -> pd.DataFrame:
    q = as_table(corpus, "quotes")
    cols = ["doc_id", "quote_id", "sent_id", "source_id", "text", "char_start", "char_end"]
    return q[cols] if len(q) else pd.DataFrame(columns=cols)


def _overlapping(sentences: pd.DataFrame, spans: pd.DataFrame) -> set[str]:
    """Ids of the sentences that overlap any ``doc_id, char_start, char_end`` span."""
    by_doc: dict[str, list[tuple[int, int]]] = {}
    for d, a, b in zip(spans["doc_id"], spans["char_start"], spans["char_end"]):
        by_doc.setdefault(d, []).append((int(a), int(b)))
    return {
        sid
        for sid, d, a, b in zip(
            sentences["sent_id"], sentences["doc_id"], sentences["char_start"], sentences["char_end"]
        )
        if any(x < b and a < y for x, y in by_doc.get(d, ()))
    }


def statements(corpus, ids: Iterable[str], *, unit: str = "sentence") -> pd.DataFrame:
    """The statements of a group: ``id, doc_id, text, char_start, char_end`` in document order.

    ``unit="sentence"``: sentences named, of documents named, or overlapping a quote named;
    ``unit="quote"``: quotes named, of documents named, or in sentences named."""
    ids = set(map(str, ids))
    q = _quote_table(corpus)
    if unit == "sentence":
        s = corpus.sentences
        keep = (
            s["sent_id"].isin(ids)
            | s["doc_id"].isin(ids)
            | s["sent_id"].isin(_overlapping(s, q[q["quote_id"].isin(ids)]))
        )
        out = s.loc[keep, ["sent_id", "doc_id", "text", "char_start", "char_end"]].rename(
            columns={"sent_id": "id"}
        )
    elif unit == "quote":
        keep = q["quote_id"].isin(ids) | q["doc_id"].isin(ids) | q["sent_id"].isin(ids)
        out = q.loc[keep, ["quote_id", "doc_id", "text", "char_start", "char_end"]].rename(
            columns={"quote_id": "id"}
        )
    else:
        raise ValueError(f"unit must be 'sentence' or 'quote', not {unit!r}")
    out = out.astype(
        {"id": "string", "doc_id": "string", "text": "string", "char_start": "int64", "char_end": "int64"}
    )
    return out.sort_values(["doc_id", "char_start", "id"], ignore_index=True)
