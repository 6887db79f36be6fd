"""Dates in text: one module, one month lexicon and one set of patterns for every stage.

    find_dates("on 11 Nov. 2022 and in early 2022")                 # DATE mentions (entities)
    # [(3, 15, 'November 11, 2022'), (23, 33, 'early 2022')]
    date_expressions("from late November – early December")         # parsed (timeline)
    # [(5, 35, 'late November – early December', DateExpr(kind='range', ...))]
    find_full_dates("Published 4 May 2021, 10:30")                  # datelines (metadata)
    # [(10, 20, Timestamp('2021-05-04 00:00:00+0000', tz='UTC'))]

``find_dates``: calendar expressions only: dates, months, years, decades, weekdays, seasons with a
year, holidays, with "early", "mid", "late", "the end of", each with a canonical spelling.
``date_expressions``: dates, months and years with their parts and ranges, parsed into
:class:`DateExpr`. In both, a bare month or year needs a word before it that makes it a date
("in March", "since 2014"), so "may" and "2000 troops" stay out. ``find_full_dates``: the full
dates (day, month, year, optional time) datelines and page metadata write.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import datetime, timezone

import pandas as pd

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTH_ABBR = {
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}
_MONTH = r"(?:" + "|".join(MONTHS) + r"|(?:" + "|".join(MONTH_ABBR) + r")\.)"
_MONTH_OR_ABBR_DAY = r"(?:" + "|".join(MONTHS) + r"|(?:" + "|".join(MONTH_ABBR) + r")\.?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_MOD = r"(?:(?:early|mid|late|(?:the\s+)?(?:end|beginning|middle|start)\s+of)[\s-]+|mid-)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: Holidays are dates (OntoNotes): "Labor Day", "Christmas".
_HOLIDAY = (
    r"(?:Christmas(?:\s+Eve|\s+Day)?|New\s+Year['’]s(?:\s+Eve|\s+Day)?|Easter(?:\s+Sunday)?|Thanksgiving"
    r"|Labou?r\s+Day|Memorial\s+Day|Independence\s+Day|Victory\s+Day|Halloween|Ramadan|Hanukkah"
    r"|Diwali|Yom\s+Kippur|Passover|Boxing\s+Day|Good\s+Friday|Valentine['’]s\s+Day|Veterans\s+Day"
    r"|Juneteenth|Bastille\s+Day|May\s+Day|Remembrance\s+Day|Eid(?:\s+al-(?:Fitr|Adha))?)"
)
_SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
#: Words before a bare month or year that make it a date ("in March", "since 2014").
_DATE_PREP = (
    r"(?:in|on|since|until|till|by|from|of|to|through|during|before|after|between|and|"
    r"or|early|late|mid|last|next|this|that|each|every|until|around|about|throughout)"
)
DATE_RE = re.compile(
    rf"""
    (?P<holiday>{_HOLIDAY}(?:\s+{_YEAR})?(?![\w]))
  | (?P<full>(?:{_MOD})?(?:{_WEEKDAY},?\s+)?{_MONTH_OR_ABBR_DAY}\s+{_DAY}(?:,?\s+{_YEAR})?(?![\w]))
  | (?P<dmy>(?:{_MOD})?(?:{_WEEKDAY},?\s+)?{_DAY}\s+{_MONTH_OR_ABBR_DAY}(?:,?\s+{_YEAR})?(?![\w]))
  | (?P<my>(?:{_MOD})?{_MONTH}(?:\s+of)?,?\s+{_YEAR}(?![\w]))
  | (?P<season>(?:{_MOD})?{_SEASON}\s+(?:of\s+)?{_YEAR}(?![\w]))
  | (?P<modmonth>{_MOD}{_MONTH}(?![\w]))
  | (?P<month>(?<![\w.-])(?:{"|".join(MONTHS)})(?![\w-]))
  | (?P<weekday>{_WEEKDAY}(?![\w]))
  | (?P<decade>(?:{_MOD})?(?:the\s+)?(?:1[6-9]\d0|20[0-9]0)s(?![\w]))
  | (?P<modyear>{_MOD}{_YEAR}(?![\w]))
  | (?P<year>(?<![\w$£€#.,/-]){_YEAR}(?![\w%.,/-]\w|[\w%]))
    """,
    re.X,
)
_MONTH_BEFORE = re.compile(rf"\b{_DATE_PREP}\s+$")
#: "2000 troops": a number of things, not a year
_COUNTED = re.compile(r" [a-z]{3,}s\b")
_YEAR_AFTER = re.compile(r"\s*(?:[^\w\s]|$|\s(?:and|or|to|when|as|after|before|until)\b)")
_YEAR_BEFORE = re.compile(
    rf"(?:\b{_DATE_PREP}\s+(?:the\s+(?:year\s+)?)?|[(\u2013\u2014-]\s*|\byear\s+)$", re.I
)


def _date_entity(text: str) -> str:
    """Canonical spelling of a date: months spelled out, month before day, ordinals dropped."""
    t = re.sub(r"\s+", " ", text.strip())
    t = re.sub(r"^the (?=\d)", "", t)
    for abbr, num in MONTH_ABBR.items():
        t = re.sub(rf"\b{abbr}\b\.?", MONTHS[num - 1], t)
    t = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", t)
    m = re.match(rf"^(.*?)(\d{{1,2}}) ({'|'.join(MONTHS)})(,? \d{{4}})?$", t)
    if m:
        t = f"{m.group(1)}{m.group(3)} {m.group(2)}" + (f", {m.group(4).lstrip(', ')}" if m.group(4) else "")
    t = re.sub(rf"({'|'.join(MONTHS)}) (\d{{1,2}}) (\d{{4}})$", r"\1 \2, \3", t)
    t = re.sub(rf"({'|'.join(MONTHS)}),? of (\d{{4}})$", r"\1 \2", t)
    return t


#: Every date expression contains one of these; the full pattern runs only around them.
_DATE_ANCHOR = re.compile(
    r"\d+|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
    r"|Christmas|New Year|Easter|Thanksgiving|Labou?r Day|Memorial|Independence Day"
    r"|Victory Day|Halloween|Ramadan|Hanukkah|Diwali|Yom|Passover|Boxing|Good Friday"
    r"|Valentine|Veterans|Juneteenth|Bastille|Remembrance|Eid"
    r"|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
)
#: How far before its anchor a date can start ("the beginning of "), and after it end.
_DATE_BEFORE, _DATE_AFTER = 20, 40


_WORD_START = re.compile(r"(?<![\w-])[\w-]")


def _date_matches(text: str):
    """DATE_RE matches, tried only at an anchor and at the few word starts just before it."""
    end = 0
    for a in _DATE_ANCHOR.finditer(text):
        if a.start() < end:
            continue
        lo = max(end, a.start() - _DATE_BEFORE)
        starts = [w.start() for w in _WORD_START.finditer(text, lo, a.start())] + [a.start()]
        for st in starts:
            m = DATE_RE.match(text, st)
            if m and m.end() > a.start():
                end = m.end()
                yield m
                break


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical) of each date expression in ``text``."""
    out = []
    for m in _date_matches(text):
        kind = m.lastgroup
        before = text[max(0, m.start() - 30) : m.start()]
        if kind == "year" and (
            not (_YEAR_BEFORE.search(before) or _YEAR_AFTER.match(text, m.end()))
            or _COUNTED.match(text, m.end())
        ):
            continue
        if kind == "month" and not _MONTH_BEFORE.search(before):
            continue
        out.append((m.start(), m.end(), _date_entity(m.group())))
    return out


def month_number(word: str) -> int | None:
    """1-12 for a month's name or abbreviation in any case ("Sept.", "march"), else None."""
    w = word.strip().rstrip(".").casefold()
    for k, name in enumerate(MONTHS, 1):
        if w == name.casefold():
            return k
    return next((n for abbr, n in MONTH_ABBR.items() if w == abbr.casefold()), None)


#: Full dates as datelines and page metadata write them, with an optional time: ISO
#: ("2022-11-21T10:30"), day.month.year ("21.11.2022, 10:30"), "Nov. 21, 2022", "21 November 2022".
FULL_DATE_PATTERNS = (
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?:[T ](?P<H>\d\d):(?P<M>\d\d))?"),
    re.compile(
        r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d\d)(?:,?\s+(?P<H>\d{1,2}):(?P<M>\d\d))?"
    ),
    re.compile(r"\b(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)", re.I),
    re.compile(r"\b(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<y>(?:19|20)\d\d)", re.I),
)


def find_full_dates(text: str) -> list[tuple[int, int, pd.Timestamp]]:
    """``(start, end, UTC timestamp)`` of each full date (day, month and year) of ``text``, the
    forms of :data:`FULL_DATE_PATTERNS` in that order of preference (an ISO date first)."""
    out = []
    for pattern in FULL_DATE_PATTERNS:
        for m in pattern.finditer(text):
            parts = m.groupdict()
            month = month_number(parts["mon"]) if parts.get("mon") else int(parts.get("m") or 0)
            try:
                when = datetime(
                    int(parts["y"]),
                    month or 0,
                    int(parts["d"]),
                    int(parts.get("H") or 0),
                    int(parts.get("M") or 0),
                    tzinfo=timezone.utc,
                )
            except (ValueError, TypeError):
                continue
            out.append((m.start(), m.end(), pd.Timestamp(when)))
    return out


# -- parsed expressions (the timeline) -------------------------------------------------------
#: A month in a date expression: its name, or its abbreviation with or without a period.
_M = (
    r"(?:" + "|".join(MONTHS) + r"|(?:" + "|".join(sorted(MONTH_ABBR, key=len, reverse=True)) + r")\.?(?!\w))"
)
_PART = r"(?:(?P<{n}>early|mid|late)[\s-]+(?:in\s+)?)?"
#: Years of the events news reports date (the mentions of :func:`find_dates` reach back to 1600).
_Y = r"(?:19|20)\d\d"
_D = _DAY
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
DATE_EXPRESSION = re.compile(
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


def date_expressions(text: str) -> list[tuple[int, int, str, DateExpr]]:
    """``(start, end, text, DateExpr)`` of each date expression of ``text``, ranges whole
    ("late November – early December"): the parsed form the timeline resolves."""
    out = []
    for m in DATE_EXPRESSION.finditer(text):
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


def parse_date_expression(text: str) -> DateExpr | None:
    """The date expression ``text`` (the whole string, or its first date), or None."""
    m = DATE_EXPRESSION.search(text)
    return _expr(m) if m else None


# -- resolution against the publication date ------------------------------------------------
#: Thirds of a month (days) and of a year (months) for "early", "mid", "late".
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
RESOLUTIONS = ("absolute", "resolved against published", "relative")


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


def resolve_date(expr: DateExpr, *, published=None) -> tuple[pd.Timestamp, pd.Timestamp, str]:
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
