"""The edges of a speaker phrase: punctuation, asides, an age, a party in parentheses, a
trailing day, a wire dateline and a document the speaker speaks through are no part of it."""

from __future__ import annotations

import re

from ._names import place_names
from ._time_words import WEEKDAY, WEEKDAYS

__all__ = ["clean_phrase"]

_PARTY_RE = re.compile(
    r"\s*\((?:[RDI](?:-[A-Z][\w.]{0,5}(?:\s?[A-Z][\w.]{0,4})?)?|[A-Z][a-z]{0,3}\.?)(?:\)|$)"
)
#: an acronym in parentheses closing a name (its ")" maybe stripped as an edge already)
_ACRONYM_RE = re.compile(r"\s*\([A-Z][A-Z&]{1,8}s?\)?$")
_ASIDE_RE = re.compile(
    r",\s+(?:which|who|whose|speaking|declining|requesting|asking|citing|quoting|echoing"
    # (a number's thousands comma is inside the aside: "which represents 3,000 farmers")
    r"|in\s+(?:its|his|her|their)\s|at\s+(?:an?|the)\s"
    # ("..., Ann Roe, while responding to a question,": what the speaker was doing)
    r"|(?:while|whilst|when)\s+[a-z]+ing\s)(?:[^,]|(?<=\d),(?=\d))*(?=,|$)"
)
#: a nickname in marks between a given name and a surname ('Ewan "Mac" MacPherson')
_NICKNAME_RE = re.compile(r"(?<=[A-Za-z] )[\"\u201c][A-Z][\w'\u2019.-]*[\"\u201d](?= [A-Z][a-z])")
_AGE_RE = re.compile(r",\s+\d{1,3}(?:,|$)")
_DOCUMENT_RE = re.compile(
    r"(?:(?:an?|the|its|their)\s+(?:\w+\s+)?)?(?:statements?|reports?|letters?|post|emails?|filings?|"
    r"releases?|announcements?|communiqu[e\u00e9]s?)"
    r"\s+(?:from|by|of|issued by)\s+"
    # (a survey or a poll "of" people asked them: "a survey of residents" speaks itself)
    r"|(?:(?:an?|the|its|their)\s+(?:\w+\s+)?)?(?:data|figures|estimates|survey|poll)\s+(?:from|by|issued by)\s+"
    # "a legal document filed by X", "audio provided by X", "an email sent out by X": made by X
    r"|(?:(?:an?|the|its|their)\s+(?:\w+\s+)?)?(?:statements?|reports?|letters?|emails?|filings?|releases?|"
    r"documents?|audio|video|recordings?|transcripts?|memos?)\s+(?:issued|filed|released|provided|published|"
    r"written|sent(?:\s+out)?|signed|posted|prepared)\s+by\s+"
    # "a tally by the Coastal Press", "interviews with nine harbour officials": who made
    # them ("an analysis of the calendar" is what was analysed, so no "of" here)
    r"|(?:(?:an?|the|its|their)\s+(?:\w+\s+)?)?(?:tall(?:y|ies)|analys[ie]s|calculations?|"
    r"counts?|summar(?:y|ies))\s+(?:by|from)\s+"
    r"|interviews\s+with\s+",
    re.I,
)
_TRAILING_WHEN_RE = re.compile(
    r"\s+(?:(?:late\s+|early\s+)?on\s+)?(?:"
    + WEEKDAY
    + r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|last\s+(?:week|month|night|year))$"
)
#: the words _TRAILING_WHEN_RE can end with
_WHEN_LAST_WORDS = (
    *WEEKDAYS,
    *"morning afternoon evening night yesterday today week month year".split(),
)
_DATELINE_RE = re.compile(
    r"[A-Z]{3,}[A-Z .'-]*(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    # (a colon after the city, as South Asian and Gulf copy writes it: "COLOMBO: ")
    r"(?:\s+\([A-Za-z .]+\)(?:\s+[-\u2013\u2014]+\s+|$)|\s+[-\u2013\u2014]+\s+|(?<=[A-Z]):\s+)"
)
#: (with the no-break and thin spaces web copies keep after a comma)
_EDGE = " ,;:\t\n\u00a0\u2009\u202f\u2013\u2014-\"\u201c\u201d\u00ab\u00bb'()"


def clean_phrase(seg: str) -> tuple[str, int, int]:
    """The phrase without its edge punctuation, asides and age (blanked, so offsets hold),
    nor a document it speaks through: (seg, start, end)."""
    a, b = 0, len(seg)
    while a < b and seg[a] in _EDGE:
        a += 1
    while b > a and seg[b - 1] in _EDGE:
        b -= 1
    # ", which represents the operators," / ", speaking on condition of anonymity ...,"
    # describe the speaker without naming them: left out of the phrase
    # (each pattern only when the character it needs is there: most phrases have none)
    inner = seg[a:b]
    if "," in inner:
        inner = _ASIDE_RE.sub(lambda m: " " * len(m.group()), inner)
        # "John Smith, 45,": an age is no part of the phrase; the comma after it stays, so an
        # apposition that follows still reads as one ("Adebayo, 44, a former sound engineer,")
        inner = _AGE_RE.sub(
            lambda m: "," + " " * (len(m.group()) - 1) if m.group().endswith(",") else " " * len(m.group()),
            inner,
        )
    if '"' in inner or "\u201c" in inner:
        # 'Shoutcaster Ewan "Mac" MacPherson': a nickname in marks inside the name
        # (after a capitalised word only: 'the group of forces "West" Ivan Dorofeev' names a group)
        inner = _NICKNAME_RE.sub(
            lambda m: " " * len(m.group()) if inner[: m.start()].split()[-1][:1].isupper() else m.group(),
            inner,
        )
    if "(" in inner:
        # "Tom Hale (R-Wyo.)", "Sen. Ann Roe (D)": a party and state in parentheses
        inner = _PARTY_RE.sub(lambda m: " " * len(m.group()), inner)
        # "The Office for National Statistics (ONS)": the acronym the name brings in
        inner = _ACRONYM_RE.sub(lambda m: " " * len(m.group()), inner)
    if inner != seg[a:b]:
        seg = seg[:a] + inner + seg[b:]
        while b > a and seg[b - 1] in _EDGE:
            b -= 1
    # "A report published Wednesday", "a statement issued on Monday": when is no part of who
    # (searched only when the phrase ends with one of its last words: the search tried
    # every space of every phrase)
    when = _TRAILING_WHEN_RE.search(seg, a, b) if seg.endswith(_WHEN_LAST_WORDS, a, b) else None
    if when is not None and when.start() > a:
        b = when.start()
    # "WASHINGTON (AP) - A report ...": a wire dateline names no speaker
    # (it opens with three capitals: tried only when the phrase does)
    dateline = _DATELINE_RE.match(seg, a, b) if seg[a : a + 3].isupper() else None
    if dateline is not None and dateline.group().rstrip().endswith(":"):
        # ("COLOMBO: ", a city's; "MARTINEZ-BELTRAN: ", a transcript's speaker label)
        city = dateline.group().rstrip()[:-1].strip()
        if city.title() not in place_names():
            dateline = None
    if dateline is not None:
        a = dateline.end()
        if a >= b:
            return seg, a, a
    # "a statement from the civil protection agency" speaks for the agency
    # (an ASCII phrase needs one of the pattern's prepositions: most have none)
    inner = seg[a:b]
    low = inner.lower()
    doc_m = (
        _DOCUMENT_RE.match(inner)
        if not inner.isascii() or "by" in low or "of" in low or "from" in low or "with" in low
        else None
    )
    if doc_m and doc_m.end() < b - a:
        a += doc_m.end()
    return seg, a, b
