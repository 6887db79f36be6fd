"""Dated events each report mentions, resolved to absolute dates where the report allows.

    parse_date("late November – early December")
    # DateExpr(kind='range', month=11, part='late', end_month=12, end_part='early', ...)
    resolve(parse_date("February 21"), published=pd.Timestamp("2022-11-20", tz="UTC"))
    # (Timestamp('2022-02-21'), Timestamp('2022-02-21'), 'resolved against published')
    timeline(corpus)          # one row per date expression in the article bodies

Rules (each a test in ``tests/test_timeline.py``):

* a year is given ("September 2022", "early 2022", "in 2021", "February 21, 2022"): absolute;
* no year ("February 21", "in April", "late November – early December") and the document has a
  ``published`` date: the most recent such date not after publication;
* no year and no ``published`` date: left relative (``start``/``end`` missing, month/day kept);
* "early", "mid", "late": the first, middle and last third of a month (days 1-10, 11-20,
  21-end) or of a year (January-April, May-August, September-December).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

import pandas as pd

from ..schema import as_table
from ..text import month_number

__all__ = ["DateExpr", "find_dates", "parse_date", "resolve", "timeline", "gist", "RESOLUTIONS"]

#: Thirds of a month (days) and of a year (months) for "early", "mid", "late".
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
RESOLUTIONS = ("absolute", "resolved against published", "relative")

_M = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?!\w))"
)
_PART = r"(?:(?P<{n}>early|mid|late)[\s-]+(?:in\s+)?)?"
_Y = r"(?:19|20)\d\d"
_D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
#: One date: day-month or month-day with an optional year, month with an optional year, a year.
_ONE = (
    rf"{{part}}(?:(?P<{{md}}>{_M}\s+{_D})(?:,?\s+(?P<{{mdy}}>{_Y}))?(?!\d)"
    rf"|(?P<{{dm}}>{_D}\s+{_M})(?:,?\s+(?P<{{dmy}}>{_Y}))?"
    rf"|(?P<{{m}}>{_M})(?:,?\s+(?:of\s+)?(?P<{{my}}>{_Y}))?"
    rf"|(?P<{{y}}>{_Y}))"
)


def _one(suffix: str) -> str:
    names = {k: k + suffix for k in ("md", "mdy", "dm", "dmy", "m", "my", "y")}
    return _ONE.format(part=_PART.format(n="part" + suffix), **names)


#: A date, or two joined by a dash or "to"/"and"/"through" ("late November – early December").
DATE_PATTERN = re.compile(
    rf"(?<![\w-])(?:{_one('1')})(?:\s*(?:[\u2013\u2014-]|to|through|until|and)\s*(?:{_one('2')}))?(?![\w])",
    re.IGNORECASE,
)
#: A bare month or year is a date only after one of these ("in April", "since 2014") or inside a
#: longer expression (a bare year may also open a sentence): "may" and "2000 troops" stay out.
_BARE_BEFORE = re.compile(
    r"(?:\b(?:in|on|since|until|by|from|of|to|during|before|after|between|early|late|mid|last|next|"
    r"this|around|through|back|as of|prior to)\s+(?:the\s+)?|^\s*|[(,]\s*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateExpr:
    """A parsed date expression. ``kind``: ``day``, ``month``, ``year`` or ``range``
    (then ``end_*`` hold the second date). Missing parts are ``None``."""

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: str | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    end_part: str | None = None


def _month(word: str | None) -> int | None:
    return month_number(word or "")


def _single(m: re.Match, s: str) -> tuple[int | None, int | None, int | None, str | None, bool]:
    """(year, month, day, part, bare) of the ``s``-th date of a match."""
    g = lambda k: m.group(k + s)  # noqa: E731
    part = g("part").lower() if g("part") else None
    if g("md"):
        mon, day = g("md").split()[0], g("md").split()[-1]
        return (int(g("mdy")) if g("mdy") else None), _month(mon), int(re.sub(r"\D", "", day)), part, False
    if g("dm"):
        day, mon = g("dm").split()[0], g("dm").split()[-1]
        return (int(g("dmy")) if g("dmy") else None), _month(mon), int(re.sub(r"\D", "", day)), part, False
    if g("m"):
        return (int(g("my")) if g("my") else None), _month(g("m")), None, part, not (g("my") or part)
    if g("y"):
        return int(g("y")), None, None, part, part is None
    return None, None, None, None, True


def _expr(m: re.Match) -> DateExpr:
    y1, m1, d1, p1, _ = _single(m, "1")
    if m.group("part2") or any(m.group(k + "2") for k in ("md", "dm", "m", "y")):
        y2, m2, d2, p2, _ = _single(m, "2")
        if y1 is None and m1 is not None and y2 is not None and m2 is not None:
            y1 = y2 if m1 <= m2 else y2 - 1  # "November – December 2022"
        return DateExpr("range", y1, m1, d1, p1, y2, m2, d2, p2)
    kind = "day" if d1 else "month" if m1 else "year"
    return DateExpr(kind, y1, m1, d1, p1)


def find_dates(text: str) -> list[tuple[int, int, str, DateExpr]]:
    """``(start, end, text, DateExpr)`` of each date expression of ``text``."""
    out = []
    for m in DATE_PATTERN.finditer(text):
        _y, _m, _d, _p, bare = _single(m, "1")
        second = any(m.group(k + "2") for k in ("md", "dm", "m", "y"))
        before = text[max(0, m.start() - 20) : m.start()]
        if bare and not second and not _BARE_BEFORE.search(before):
            continue
        if bare and not second and m.group("m1") and not before.strip():
            continue  # "April" opening a sentence: a name as often as a month
        if m.group("y1") and not second and re.match(r"\s*(?:%|[a-z]{3,}s\b)", text[m.end() :]):
            continue  # "2000 troops", "1999 percent"
        if m.group("m1") and m.group("m1").lower() == "may" and not m.group("my1"):
            continue  # the verb far more often than the month
        out.append((m.start(), m.end(), m.group(0), _expr(m)))
    return out


def parse_date(text: str) -> DateExpr | None:
    """The date expression ``text`` (the whole string, or its first date), or None."""
    m = DATE_PATTERN.search(text)
    return _expr(m) if m else None


def _bounds(
    year: int, month: int | None, day: int | None, part: str | None
) -> tuple[pd.Timestamp, pd.Timestamp]:
    if month is None:
        lo, hi = YEAR_PARTS.get(part or "", (1, 12))
        return pd.Timestamp(year, lo, 1), pd.Timestamp(year, hi, calendar.monthrange(year, hi)[1])
    last = calendar.monthrange(year, month)[1]
    if day is not None:
        d = min(day, last)
        return pd.Timestamp(year, month, d), pd.Timestamp(year, month, d)
    lo, hi = MONTH_PARTS.get(part or "", (1, 31))
    return pd.Timestamp(year, month, lo), pd.Timestamp(year, month, min(hi, last))


def _latest_year(month: int, day: int | None, published: pd.Timestamp) -> int:
    """The year of the most recent ``month``/``day`` (first of the month) not after ``published``."""
    pub = pd.Timestamp(published.year, published.month, published.day)
    year = pub.year
    first = pd.Timestamp(year, month, min(day or 1, calendar.monthrange(year, month)[1]))
    return year if first <= pub else year - 1


def resolve(expr: DateExpr, *, published=None) -> tuple[pd.Timestamp, pd.Timestamp, str]:
    """``(start, end, resolution)``: the interval a date expression names (naive dates, days
    inclusive), and whether it was ``absolute``, ``resolved against published`` or left
    ``relative`` (then ``start``/``end`` are NaT)."""
    pub = pd.Timestamp(published) if published is not None and pd.notna(published) else None
    if pub is not None and pub.tzinfo is not None:
        pub = pub.tz_convert("UTC").tz_localize(None)
    year, how = expr.year, "absolute"
    if year is None:
        if pub is None or expr.month is None:
            return pd.NaT, pd.NaT, "relative"
        year, how = _latest_year(expr.month, expr.day, pub), "resolved against published"
    start, end = _bounds(year, expr.month, expr.day, expr.part)
    if expr.kind == "range":
        end_year = expr.end_year
        if end_year is None:
            if expr.end_month is None:
                return pd.NaT, pd.NaT, "relative"
            end_year = year if expr.end_month >= (expr.month or 1) else year + 1
        _s, end = _bounds(end_year, expr.end_month, expr.end_day, expr.end_part)
    return start, end, how


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
    (``pattern``, ``entity`` or both: found by :func:`find_dates`, by the entities table's
    DATE mentions, or both). Sorted by document and position."""
    docs = corpus.documents.set_index("doc_id")
    sents = corpus.sentences
    rows = []
    spans = set()
    for r in sents.itertuples(index=False):
        for s, e, text, expr in find_dates(r.text):
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
        parsed = parse_date(str(d.text))
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
        start, end, how = resolve(expr, published=pub)
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
