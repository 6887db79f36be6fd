"""The day a dateline gives: full dates (with a year) in the forms and languages news copies
write them, and which way round a page writes its numeric days and months."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..text import alternation

#: The costlier checks of a line (a date among them) look at its first characters only.
SCAN = 300

#: Month names (and common abbreviations) of the languages news copies come in -> month number.
MONTH_NAMES = {
    1: "january jan januar janvier enero janeiro gennaio januari janv ene gen stycznia января январь",
    2: "february feb februar février fevrier febrero fevereiro febbraio februari févr fev fév lutego февраля февраль",
    3: "march mar märz maerz mars marzo março marco maart maret marca марта март",
    4: "april apr avril abril aprile kwietnia апреля апрель avr abr",
    5: "may mai mayo maio maggio mei maja мая май mag",
    6: "june jun juni juin junio junho giugno czerwca июня июнь giu",
    7: "july jul juli juillet julio julho luglio lipca июля июль juil lug",
    8: "august aug août aout agosto agustus augustus sierpnia августа август ago",
    9: "september sep sept septembre septiembre setembro settembre września сентября сентябрь set",
    10: "october oct oktober octobre octubre outubro ottobre okt października октября октябрь out ott",
    11: "november nov novembre noviembre novembro listopada ноября ноябрь",
    12: "december dec dezember décembre decembre diciembre dezembro dicembre desember grudnia декабря декабрь dez dic déc",
}
MONTH = {w: n for n, words in MONTH_NAMES.items() for w in words.split()}
#: The month words as a trie (one branch per first letter instead of one per word: the month
#: searches were the dateline reader's cost); a month is followed by a dot, a comma or a space,
#: never by a letter, so it matches the same word as a flat alternation would.
_MON = alternation(MONTH)
_Y = r"(?P<y>(?:19|20)\d\d)"
#: Where a form starts with a digit after a look back (``(?<!\d){_Y}``, ``\b\d{1,2}``,
#: ``(?<![\d/.])\d{1,2}``), the look back comes after the first digit instead: the same
#: matches, but the regex engine skips to the digits instead of trying every position.
DATES = (
    # 2025-09-04, 2025/4/29, 2025.09.04 (year first: never ambiguous)
    re.compile(rf"{_Y}(?<!\d{{5}})[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}})(?!\d)"),
    # September 4, 2025; Sep. 4th 2025; Tuesday, August 29, 2023
    # (also glued to the word before it in a copy that lost the spacing: "HealthDECEMBER 22, 2022")
    re.compile(
        rf"(?i)(?:\b|(?<=(?-i:[a-z]))(?=(?-i:[A-Z])))(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_Y}"
    ),
    # 4 September 2025; 4. September 2025; 4 de septiembre de 2025; 4th Sept, 2025
    re.compile(
        rf"(?i)(?P<d>\d(?<!\w\d)\d?)(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+)?(?P<mon>{_MON})\.?,?\s+(?:de\s+)?{_Y}"
    ),
    # 04/09/2025, 9.4.2025 (day first unless that is impossible)
    re.compile(rf"(?P<a>\d(?<![\d/.]\d)\d?)[/.](?P<b>\d{{1,2}})[/.]{_Y}(?!\d)"),
    # 2025年9月4日, 2025년 9월 4일
    re.compile(rf"{_Y}\s*[年년]\s*(?P<m>\d{{1,2}})\s*[月월]\s*(?P<d>\d{{1,2}})"),
)


#: The "September 4, 2025" form: case-blind, led by a month word it tries at every word start
#: (~15 us a line, three quarters of the dateline reader's time).
MONTH_DAY_YEAR = DATES[1]
#: What every MONTH_DAY_YEAR match holds after its month: white space, the day, the year. Led
#: by white space, a search for it skips most characters; two in three lines with a year
#: have none (the extraction pages' candidates).
MONTH_DAY_YEAR_GATE = re.compile(rf"(?i)\s\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_Y}")


def find_date(text: str, month_first: bool = False):
    """The first full date (with a year) in ``text`` as ``datetime.date``, or None.
    ``month_first``: a day and month written with slashes that could be either way round
    ("8/1/2025") are month/day (see :func:`month_first`); day/month otherwise."""
    return _find_date(text[:SCAN], month_first)


#: Every date form has a four-digit year: a line without one is passed over at once.
YEAR = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=4096)
def _find_date(text: str, month_first: bool = False):
    # cached: one line is looked at by the flags, the candidates and the picks
    from datetime import date

    if not YEAR.search(text):
        return None
    best = None
    for pattern in DATES:
        if pattern is MONTH_DAY_YEAR and MONTH_DAY_YEAR_GATE.search(text) is None:
            continue  # no "<space>4, 2025" anywhere: the month form cannot match
        for m in pattern.finditer(text):
            g = m.groupdict()
            try:
                if g.get("a"):
                    a, b = int(g["a"]), int(g["b"])
                    if month_first and a <= 12 and m.group().count("/") == 2:
                        day, month = b, a
                    else:
                        day, month = (a, b) if b <= 12 else (b, a)
                elif g.get("mon"):
                    day, month = int(g["d"]), MONTH[g["mon"].lower()]
                else:
                    day, month = int(g["d"]), int(g["m"])
                found = date(int(g["y"]), month, day)
            except (ValueError, KeyError):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), found)
            break
    return best[1] if best else None


#: A day and a month written with slashes, with a year: "8/1/2025", "19/12/2025", "12/19/2025".
SLASH_DATE = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(?:19|20)\d\d(?!\d)")


def ambiguous_slash(text: str) -> bool:
    """Whether ``text`` holds a slash date that reads as a day either way round ("8/1/2025")."""
    return any(a != b and int(a) <= 12 and int(b) <= 12 for a, b in SLASH_DATE.findall(text[:SCAN]))


def month_first(texts: Iterable[str]) -> bool:
    """Whether a page writes its slash dates month first (as in the US: "8/1/2025" is 1 August),
    from the page's own dates: its slash dates that read only one way ("12/19/2025" month
    first, "19/12/2025" day first), else its dates with month words ("December 19, 2025" month
    first, "19 December 2025" day first); the majority decides, a tie or no evidence is day
    first (as most of the world and the dot form "19.12.2025" write it)."""
    texts = list(texts)
    votes = 0
    # each regex only where what all its matches hold is (the page's every line is read):
    # a slash, "19" or "20" for a year, MONTH_DAY_YEAR_GATE for the month-first form
    for text in texts:
        if "/" in text:
            for a, b in SLASH_DATE.findall(text):
                votes += (int(b) > 12 >= int(a)) - (int(a) > 12 >= int(b))
    if votes:
        return votes > 0
    for text in texts:
        if ("19" in text or "20" in text) and YEAR.search(text):
            if MONTH_DAY_YEAR_GATE.search(text) is not None:
                votes += len(MONTH_DAY_YEAR.findall(text))
            votes -= len(DATES[2].findall(text))
    return votes > 0
