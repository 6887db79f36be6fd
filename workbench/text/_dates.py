"""Date expressions for :mod:`workbench.entities`: patterns and a canonical spelling.

    find_dates("on 11 Nov. 2022 and in early 2022")
    # [(3, 15, 'November 11, 2022'), (23, 33, 'early 2022')]

Calendar expressions only: dates, months, years, decades, weekdays, seasons with a year, holidays,
with "early", "mid", "late", "the end of". A bare month or year needs a word before it that makes
it a date ("in March", "since 2014"), so "may" and "2000 troops" stay out.
"""

from __future__ import annotations

import re
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
