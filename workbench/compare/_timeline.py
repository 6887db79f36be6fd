"""Dated events each report mentions, resolved to absolute dates where the report allows.

    parse_date_expression("late November – early December")     # workbench.text's grammar
    # DateExpr(kind='range', month=11, part='late', end_month=12, end_part='early', ...)
    resolve_date(parse_date_expression("February 21"), published=pd.Timestamp("2022-11-20", tz="UTC"))
    # (Timestamp('2022-02-21'), Timestamp('2022-02-21'), 'resolved against published')
    timeline(corpus)          # one row per date expression in the article bodies

Rules (each a test in ``tests/compare/test_timeline.py``):

* a year is given ("September 2022", "early 2022", "in 2021", "February 21, 2022"): absolute;
* no year ("February 21", "in April", "late November – early December") and the document has a
  ``published`` date: the most recent such date not after publication;
* no year and no ``published`` date: left relative (``start``/``end`` missing, month/day kept);
* "early", "mid", "late": the first, middle and last third of a month (days 1-10, 11-20,
  21-end) or of a year (January-April, May-August, September-December).
"""

from __future__ import annotations

import re

import pandas as pd

from ..schema import as_table
from ..text import RESOLUTIONS, date_expressions, parse_date_expression, resolve_date

__all__ = ["timeline", "gist", "RESOLUTIONS"]

_CLAUSE = re.compile(r"\s*(?:[;:()]|,|\s[\u2013\u2014-]\s|\bwhich\b|\bwhile\b|\bbut\b)\s*")
#: A gist shorter than this many words takes in the neighbouring clauses.
MIN_GIST_WORDS = 8


def gist(sentence: str, start: int, end: int) -> str:
    """The clause of ``sentence`` around ``[start, end)``, widened clause by clause (after,
    then before) until it has :data:`MIN_GIST_WORDS` words or is the whole sentence."""
    cuts = (
        [0]
        + [m.start() for m in _CLAUSE.finditer(sentence) if not (start <= m.start() < end)]
        + [len(sentence)]
    )
    cuts = sorted(set(cuts))
    lo = max(c for c in cuts if c <= start)
    hi = min(c for c in cuts if c >= end)
    while len(sentence[lo:hi].split()) < MIN_GIST_WORDS and (lo > 0 or hi < len(sentence)):
        later = [c for c in cuts if c > hi]
        earlier = [c for c in cuts if c < lo]
        if later:
            hi = later[0]
        elif earlier:
            lo = earlier[-1]
        else:
            break
    return sentence[lo:hi].strip(" ,;:()\u2013\u2014-")


def _date_entities(corpus) -> pd.DataFrame:
    e = as_table(corpus, "entities")
    if not len(e):
        return pd.DataFrame(columns=["doc_id", "char_start", "char_end"])
    return e[e["label"] == "DATE"][["doc_id", "char_start", "char_end", "text"]]


def timeline(corpus) -> pd.DataFrame:
    """One row per dated event in the article bodies: ``doc_id, sent_id, date`` (as written),
    ``char_start, char_end`` (offsets into the document), ``kind, year, month, day``,
    ``start, end`` (the interval, NaT when relative), ``resolution`` (:data:`RESOLUTIONS`),
    ``published``, ``gist`` (the clause around the date), ``sentence``, ``source``
    (``pattern``, ``entity`` or both: found by :func:`workbench.text.date_expressions`, by the
    entities table's
    DATE mentions, or both). Sorted by document and position."""
    docs = corpus.documents.set_index("doc_id")
    sents = corpus.sentences
    rows = []
    spans = set()
    for r in sents.itertuples(index=False):
        for s, e, text, expr in date_expressions(r.text):
            spans.add((r.doc_id, r.char_start + s, r.char_start + e))
            rows.append((r, s, e, text, expr, "pattern"))
    for d in _date_entities(corpus).itertuples(index=False):
        if any(doc == d.doc_id and a < d.char_end and d.char_start < b for doc, a, b in spans):
            continue
        hit = sents[
            (sents["doc_id"] == d.doc_id)
            & (sents["char_start"] <= d.char_start)
            & (sents["char_end"] >= d.char_end)
        ]
        parsed = parse_date_expression(str(d.text))
        if len(hit) and parsed is not None:
            expr = parsed
            r = next(hit.itertuples(index=False))
            rows.append(
                (r, d.char_start - r.char_start, d.char_end - r.char_start, str(d.text), expr, "entity")
            )
    ent = {(d.doc_id, d.char_start, d.char_end) for d in _date_entities(corpus).itertuples(index=False)}
    out = []
    for r, s, e, text, expr, found in rows:
        pub = docs.at[r.doc_id, "published"] if "published" in docs else pd.NaT
        start, end, how = resolve_date(expr, published=pub)
        a, b = r.char_start + s, r.char_start + e
        if found == "pattern" and any(doc == r.doc_id and x < b and a < y for doc, x, y in ent):
            found = "pattern+entity"
        out.append(
            {
                "doc_id": r.doc_id,
                "sent_id": r.sent_id,
                "date": text,
                "char_start": a,
                "char_end": b,
                "kind": expr.kind,
                "year": expr.year,
                "month": expr.month,
                "day": expr.day,
                "start": start,
                "end": end,
                "resolution": how,
                "published": pub,
                "gist": gist(r.text, s, e),
                "sentence": r.text,
                "found_by": found,
            }
        )
    cols = [
        "doc_id",
        "sent_id",
        "date",
        "char_start",
        "char_end",
        "kind",
        "year",
        "month",
        "day",
        "start",
        "end",
        "resolution",
        "published",
        "gist",
        "sentence",
        "found_by",
    ]
    df = pd.DataFrame(out, columns=cols)
    df = df.astype(
        {
            "doc_id": "string",
            "sent_id": "string",
            "date": "string",
            "char_start": "int64",
            "char_end": "int64",
            "kind": "string",
            "year": "Int64",
            "month": "Int64",
            "day": "Int64",
            "resolution": "string",
            "gist": "string",
            "sentence": "string",
            "found_by": "string",
        }
    )
    df["start"] = pd.to_datetime(df["start"])
    df["end"] = pd.to_datetime(df["end"])
    df["published"] = pd.to_datetime(df["published"], utc=True)
    return df.sort_values(["doc_id", "char_start"], ignore_index=True)
