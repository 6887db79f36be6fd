"""Dates in text: one month lexicon, one finder of date expressions and one parser, for every stage.

    find_dates("on 11 Nov. 2022 and in early 2022")                 # DATE mentions (entities)
    # [(3, 15, 'November 11, 2022'), (23, 33, 'early 2022')]
    date_expressions("from late November – early December")         # parsed (timeline)
    # [(5, 35, 'late November – early December', DateExpr(kind='range', ...))]
    find_full_dates("Published 4 May 2021, 10:30")                  # datelines (metadata)
    # [(10, 20, Timestamp('2021-05-04 00:00:00+0000', tz='UTC'))]

The finder (:func:`_expressions`) matches calendar expressions: dates, months, years (1600-2099),
decades, weekdays, seasons with a year and holidays, with "early", "mid", "late", "the end of", and
joins two of them into a range ("late November – early December", "between 2014 and 2022"). A bare
month or year is a date only where the words around it make it one (:func:`_bare_counts`): so "may",
"May I", "2000 troops" and "2,000" stay out. The parser (:func:`_parse`) turns a found expression into
a :class:`DateExpr`. ``find_dates`` is the finder with each part of a range as its own mention and a
canonical spelling; ``date_expressions`` the finder's parsed expressions; ``find_full_dates`` its
days with a year plus the numeric forms datelines write.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache

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


def _caps(words) -> str:
    """The words as running text writes them and in capitals (datelines: "4 MAY 2021"), as an
    alternation; lower-case "may" and "march" are verbs far more often than months."""
    return "|".join(w for word in words for w in (word, word.upper()))


_MONTH_NAMES = _caps(MONTHS)
_ABBRS = _caps(sorted(MONTH_ABBR, key=len, reverse=True))
_MONTH = rf"(?:{_MONTH_NAMES}|(?:{_ABBRS})\.)"
_MONTH_OR_ABBR_DAY = rf"(?:{_MONTH_NAMES}|(?:{_ABBRS})\.?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
#: Years 1600-2099: news dates history too ("annexed in 1783"); the context rules, not the
#: range, tell a year from a number (4-digit counts in news take a comma: "2,000").
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_MOD = (
    r"(?:(?:(?:[Ee]arly|[Mm]id|[Ll]ate)(?:\s+in)?|(?:[Tt]he\s+)?(?:end|beginning|middle|start)\s+of)[\s-]+"
    r"|[Mm]id-)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: Holidays are dates (OntoNotes): "Labor Day", "Christmas".
_HOLIDAY = (
    r"(?:Christmas(?:\s+Eve|\s+Day)?|New\s+Year['’]s(?:\s+Eve|\s+Day)?|Easter(?:\s+Sunday)?|Thanksgiving"
    r"|Labou?r\s+Day|Memorial\s+Day|Independence\s+Day|Victory\s+Day|Halloween|Ramadan|Hanukkah"
    r"|Diwali|Yom\s+Kippur|Passover|Boxing\s+Day|Good\s+Friday|Valentine['’]s\s+Day|Veterans\s+Day"
    r"|Juneteenth|Bastille\s+Day|May\s+Day|Remembrance\s+Day|Eid(?:\s+al-(?:Fitr|Adha))?)"
)
_SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
#: One date; the group name says its form (a bare ``month`` or ``year`` needs context). A day with
#: a year may run into the next word: page text glues lines ("May 4, 2021Read more").
DATE_RE = re.compile(
    rf"""
    (?P<holiday>{_HOLIDAY}(?:\s+{_YEAR})?(?![\w]))
  | (?P<full>(?:{_MOD})?(?:{_WEEKDAY},?\s+)?{_MONTH_OR_ABBR_DAY}\s+{_DAY}(?:,?\s+{_YEAR}|(?![\w])))
  | (?P<dmy>(?:{_MOD})?(?:{_WEEKDAY},?\s+)?{_DAY}\s+{_MONTH_OR_ABBR_DAY}(?:,?\s+{_YEAR}|(?![\w])))
  | (?P<my>(?:{_MOD})?{_MONTH_OR_ABBR_DAY}(?:\s+of)?,?\s+{_YEAR}(?![\w]))
  | (?P<season>(?:{_MOD})?{_SEASON}\s+(?:of\s+)?{_YEAR}(?![\w]))
  | (?P<modmonth>{_MOD}{_MONTH}(?![\w]))
  | (?P<month>(?<![\w.-])(?:{_MONTH_NAMES})(?![\w-]))
  | (?P<weekday>{_WEEKDAY}(?![\w]))
  | (?P<decade>(?:{_MOD})?(?:the\s+)?(?:1[6-9]\d0|20[0-9]0)s(?![\w]))
  | (?P<modyear>{_MOD}{_YEAR}(?![\w]))
  | (?P<year>(?<![\w$£€#.,/])(?<!(?<!\d{{4}})-){_YEAR}(?![\w%.,/]\w|-(?!{_YEAR}\b|\d\d(?![\w-]))\w|[\w%]))
    """,
    re.X,
)

# -- when a bare month or year is a date --------------------------------------------------------
#: Words before a bare month or year that make it a date ("in March", "since 2014", "as of 2020").
_DATE_PREP = (
    r"(?:in|on|since|until|till|by|from|of|to|through|throughout|during|before|after|between|"
    r"early|late|mid|last|next|this|each|every|around|about|back|as\s+of|prior\s+to)"
)
_BARE_BEFORE = re.compile(rf"(?:\b{_DATE_PREP}\s+(?:the\s+(?:year\s+)?)?|\byear\s+)$", re.I)
#: A year may also follow "and"/"or" (after which a month is as often a name: "Johnson and May"),
#: an opening bracket, a dash or a comma ("(2014)", "– 2014", "Untitled, 2009") ...
_YEAR_BEFORE = re.compile(r"(?:[(,\u2013\u2014-]|\b(?:and|or))\s*$", re.I)
#: ... open a sentence before a lower-case word (news style spells out other numbers there;
#: "2020 Election" and "1707 Village Rd" are titles and addresses) ...
_SENTENCE_START = re.compile(r"(?:[.!?][\"”’)]?\s+|\n\s*)$")
_LOWER_WORD = re.compile(r"\s+[a-z]")
#: ... or close a clause ("in the war of 2014, ...", "2014 and 2022").
_YEAR_AFTER = re.compile(r"\s*(?:[^\w\s]|$|\s(?:and|or|to|when|as|after|before|until)\b)")
#: "2000 troops", "1999 percent": a number of things, not a year.
_COUNTED = re.compile(r"\s(?:[a-z]{3,}s\b|percent\b)")
#: A bare month or year right after another date and a comma or "and"/"or" ("in March and April").
_COORDINATED = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or)\s*")
#: The text's leading space: a year after it opens the text.
_LEADING_SPACE = re.compile(r"\s*")


def _opens_text(text: str, k: int) -> bool:
    """Only space before offset ``k``: ``not text[:k].strip()``, read without copying the text
    up to every year (quadratic on one long line)."""
    lead = _LEADING_SPACE.match(text)
    return lead is not None and lead.end() >= k


def _bare_counts(text: str, m: re.Match, prev_end: int) -> bool:
    """Whether a match is a date where it stands: anything but a bare month or year always is."""
    kind = m.lastgroup
    if kind not in ("month", "year"):
        return True
    before = text[max(0, m.start() - 30) : m.start()]
    coordinated = prev_end >= 0 and bool(_COORDINATED.fullmatch(text, prev_end, m.start()))
    if kind == "month":
        return coordinated or bool(_BARE_BEFORE.search(before))
    if _COUNTED.match(text, m.end()):
        return False
    return bool(
        coordinated
        or _BARE_BEFORE.search(before)
        or _YEAR_BEFORE.search(before)
        or (
            (_opens_text(text, m.start()) or _SENTENCE_START.search(before))
            and _LOWER_WORD.match(text, m.end())
        )
        or _YEAR_AFTER.match(text, m.end())
    )


#: Every date expression contains one of these; the full pattern runs only around them.
_DATE_ANCHOR = re.compile(
    # the lookahead (every alternative's first character) lets the scan skip other
    # positions before trying the alternatives one by one: twice as fast, same matches
    r"(?=[\dJFMASONDTWCEHLRVGYPBIsafw])(?:"
    r"\d+|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
    r"|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
    r"|Christmas|New Year|Easter|Thanksgiving|Labou?r Day|Memorial|Independence Day"
    r"|Victory Day|Halloween|Ramadan|Hanukkah|Diwali|Yom|Passover|Boxing|Good Friday"
    r"|Valentine|Veterans|Juneteenth|Bastille|Remembrance|Eid"
    r"|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter))"
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


# -- the finder: dates and ranges of two ---------------------------------------------------------
#: Forms that can be an end of a range (a month, a year or a day, with their parts).
_RANGE_KINDS = frozenset({"full", "dmy", "my", "modmonth", "month", "modyear", "year"})
#: What joins two dates into a range; "and" only after "between" ("in 2014 and 2022" is two dates).
_JOIN = re.compile(r"\s*(?:[\u2013\u2014-]|\b(?:to|through|until|till|and)\b)\s*")
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)


def _expressions(text: str, *, anywhere: bool = False) -> list[tuple[int, int, tuple[re.Match, ...]]]:
    """``(start, end, parts)`` of each date expression of ``text``: one date, or a range of two.
    ``anywhere``: take bare months and years without context (``text`` is known to be a date)."""
    raw = list(_date_matches(text))
    out: list[tuple[int, int, tuple[re.Match, ...]]] = []
    prev_end, i = -1, 0
    while i < len(raw):
        m = raw[i]
        parts: tuple[re.Match, ...] = (m,)
        if i + 1 < len(raw) and m.lastgroup in _RANGE_KINDS and raw[i + 1].lastgroup in _RANGE_KINDS:
            n = raw[i + 1]
            j = _JOIN.fullmatch(text, m.end(), n.start())
            if j and (
                j.group().strip() != "and" or _BETWEEN.search(text[max(0, m.start() - 12) : m.start()])
            ):
                parts = (m, n)
        # a range counts when one end is more than a bare month or year ("November – December 2022")
        if anywhere or any(_bare_counts(text, p, prev_end) for p in parts):
            out.append((parts[0].start(), parts[-1].end(), parts))
            prev_end = parts[-1].end()
        i += len(parts)
    return out


# -- the parser ---------------------------------------------------------------------------------
def month_number(word: str) -> int | None:
    """1-12 for a month's name or abbreviation in any case ("Sept.", "march"), else None."""
    w = word.strip().rstrip(".").casefold()
    for k, name in enumerate(MONTHS, 1):
        if w == name.casefold():
            return k
    return next((n for abbr, n in MONTH_ABBR.items() if w == abbr.casefold()), None)


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


#: "early", "mid", "late" and their spelled-out forms ("the end of June" is late June).
_PARTS = {"early": "early", "beginning": "early", "start": "early", "mid": "mid", "middle": "mid"}
_PARTS |= {"late": "late", "end": "late"}
_PART_WORD = re.compile(r"(?:the\s+)?(early|mid|middle|late|end|beginning|start)\b", re.I)
_DAY_NUMBER = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(?!\d)")


def _parse(m: re.Match) -> tuple[int | None, int | None, int | None, str | None] | None:
    """``(year, month, day, part)`` of one found date, or None when it names no month or year
    (a weekday, a decade, a holiday or season without a year)."""
    kind, s = m.lastgroup, m.group()
    year_m = re.search(r"\d{4}", s)
    year = int(year_m.group()) if year_m else None
    if kind in ("weekday", "decade") or (kind in ("holiday", "season") and year is None):
        return None
    if kind in ("holiday", "season"):
        return year, None, None, None  # the year it falls in
    p = _PART_WORD.match(s)
    part = _PARTS[p.group(1).lower()] if p else None
    month = next((k for w in re.findall(r"[A-Za-z]+", s) if (k := month_number(w))), None)
    d = _DAY_NUMBER.search(s) if kind in ("full", "dmy") else None
    return year, month, (int(d.group(1)) if d else None), part


def _expr(parts: tuple[re.Match, ...]) -> DateExpr | None:
    one = [_parse(p) for p in parts]
    if one[0] is None:
        return None
    y1, m1, d1, p1 = one[0]
    if len(one) == 1 or one[1] is None:
        return DateExpr("day" if d1 else "month" if m1 else "year", y1, m1, d1, p1)
    y2, m2, d2, p2 = one[1]
    if y1 is None and m1 is not None and y2 is not None and m2 is not None:
        y1 = y2 if m1 <= m2 else y2 - 1  # "November – December 2022"
    return DateExpr("range", y1, m1, d1, p1, y2, m2, d2, p2)


# -- the views ----------------------------------------------------------------------------------
@lru_cache(maxsize=4096)  # the same few dates recur across a corpus; a dozen substitutions each
def _date_entity(text: str) -> str:
    """Canonical spelling of a date: months spelled out, month before day, ordinals dropped."""
    t = re.sub(r"\s+", " ", text.strip())
    t = re.sub(r"^the (?=\d)", "", t)
    t = re.sub(rf"\b(?:{'|'.join(m.upper() for m in MONTHS)})\b", lambda x: x.group().title(), t)
    for abbr, num in MONTH_ABBR.items():
        t = re.sub(rf"\b(?:{abbr}|{abbr.upper()})\b\.?", MONTHS[num - 1], t)
    t = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", t)
    m = re.match(rf"^(.*?)(\d{{1,2}}) ({'|'.join(MONTHS)})(,? \d{{4}})?$", t)
    if m:
        t = f"{m.group(1)}{m.group(3)} {m.group(2)}" + (f", {m.group(4).lstrip(', ')}" if m.group(4) else "")
    t = re.sub(rf"({'|'.join(MONTHS)}) (\d{{1,2}}) (\d{{4}})$", r"\1 \2, \3", t)
    t = re.sub(rf"({'|'.join(MONTHS)}),? of (\d{{4}})$", r"\1 \2", t)
    return t


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical) of each date in ``text`` (DATE mentions): the finder's dates, each
    end of a range on its own ("late November", "early December")."""
    return [
        (p.start(), p.end(), _date_entity(p.group())) for _s, _e, parts in _expressions(text) for p in parts
    ]


def date_expressions(text: str) -> list[tuple[int, int, str, DateExpr]]:
    """``(start, end, text, DateExpr)`` of each date expression of ``text`` that names a day, month
    or year, ranges whole ("late November – early December"): the parsed form the timeline resolves."""
    out = []
    for s, e, parts in _expressions(text):
        expr = _expr(parts)
        if expr is not None:
            out.append((s, e, text[s:e], expr))
    return out


def parse_date_expression(text: str) -> DateExpr | None:
    """The date expression ``text`` (the whole string, or its first date), or None."""
    return next((x for _s, _e, parts in _expressions(text, anywhere=True) if (x := _expr(parts))), None)


#: The numeric full dates datelines and page metadata write, with an optional time: ISO
#: ("2022-11-21T10:30") and day.month.year ("21.11.2022, 10:30").
NUMERIC_DATE_PATTERNS = (
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?:[T ](?P<H>\d\d):(?P<M>\d\d))?"),
    re.compile(
        r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d\d)(?:,?\s+(?P<H>\d{1,2}):(?P<M>\d\d))?"
    ),
)


def _timestamp(y, m, d, hour=0, minute=0) -> pd.Timestamp | None:
    try:
        return pd.Timestamp(datetime(int(y), int(m), int(d), int(hour), int(minute), tzinfo=timezone.utc))
    except (ValueError, TypeError):
        return None


def find_full_dates(text: str) -> list[tuple[int, int, pd.Timestamp]]:
    """``(start, end, UTC timestamp)`` of each full date (day, month and year) of ``text``: ISO
    dates first, then day.month.year, then the finder's days with a year ("Nov. 21, 2022" before
    "21 November 2022"), the order of preference of a dateline."""
    out = []
    for pattern in NUMERIC_DATE_PATTERNS:
        for m in pattern.finditer(text):
            g = m.groupdict()
            when = _timestamp(g["y"], g["m"], g["d"], g.get("H") or 0, g.get("M") or 0)
            if when is not None:
                out.append((m.start(), m.end(), when))
    named = []
    for _s, _e, parts in _expressions(text, anywhere=True):
        for p in parts:
            got = _parse(p) if p.lastgroup in ("full", "dmy") else None
            when = _timestamp(*got[:3]) if got and None not in got[:3] else None
            if when is not None:
                named.append((p.lastgroup != "full", p.start(), p.end(), when))
    return out + [(s, e, when) for _k, s, e, when in sorted(named, key=lambda r: r[:2])]


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
