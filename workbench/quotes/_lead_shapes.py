"""The words before a cue's speaker that bound a reported clause or hide its speaker: an
opening subordinate clause ("While X said A, B": the clause ends at its comma), a time
between a conjunction and the subject ("but late Friday he said"), an aside between
dashes before the cue ("Marsh - who is named as a trustee - told ..."), and a name that is an
object in an opening subordinate clause ("After a fight with X, farmers said")."""

from __future__ import annotations

import re

from ._time_words import MONTH, MONTHS, WEEKDAY

__all__ = [
    "TIME_ENDS",
    "aside_start",
    "object_in_subordinate",
    "subordinate_end",
    "opening_time",
    "time_opener",
    "without_time",
]

#: when, after a conjunction, before the subject ("but late Friday he announced",
#: "Although in March she said"): read past it to the conjunction
_LEAD_TIME_RE = re.compile(
    r"(?:,?\s+(?:(?:late|early|on|in|by|last|this|earlier|later)\s+)?(?:(?:late|early)\s+)?"
    r"(?:" + WEEKDAY + "|" + MONTH + "|"
    r"\d{4}|week|month|year|night|morning|afternoon|evening)"
    r"|\s+(?:then|later|now|again|today|yesterday))$"
)


def without_time(lead: str) -> str:
    """``lead`` without the time it ends with ("Although in March" -> "Although")."""
    if not lead.endswith(TIME_ENDS):
        return lead
    m = _LEAD_TIME_RE.search(lead, max(0, len(lead) - 40))
    return lead if m is None else lead[: m.start()].rstrip()


#: a time phrase opening a clause with no comma after it, before a subject that opens with a
#: determiner ("Last week the coach said", "Earlier this year the board said"): the phrase is
#: never part of the speaker. Not before a capital: "In May Lee", "On Monday Jones" may be a
#: name's first word, and a bare "Yesterday" or "Today" may open one ("Today Show host ...");
#: there the lead left over before the name is not read as a lead either
_OPENING_TIME_RE = re.compile(
    r"\(?(?:On|In|By|During|Early|Late|Last|This|Next|Earlier|Later)\s+"
    r"(?:(?:early|late|last|this|next|that)\s+)?"
    r"(?:" + WEEKDAY + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|" + MONTH + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?"
    r"|\d{4}|week|weekend|month|year|night|morning|afternoon|evening|spring|summer|fall|autumn|winter)"
    # (or a bare plural in lower case: "Early Tuesday forecasters said")
    r"\s+(?=(?:the|an?|his|her|its|their|some|many|several|most)\s|[a-z]{3,}s\s)"
)


#: an occasion opening a sentence with no comma before its subject ("At a news conference in
#: Oduna the minister said", "In a statement the ministry said", "Speaking at the summit Lund
#: said"), as wire copy and translated copy write it
_OCCASION = (
    r"\(?(?:At|In|During|After|Following|Speaking\s+(?:at|to|on|in|during))\s+(?:an?|the|his|her|its|their)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:meeting|conference|briefing|statement|interview|summit|rally|session|speech|hearing"
    r"|ceremony|debate|forum|address)"
    r"(?:\s+(?:on|in|at|with)\s+(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+){0,2}?[A-Z][\w'\u2019.-]*)?"
    r"(?:\s+on\s+" + WEEKDAY + r")?"
)
_OPENING_OCCASION_RE = re.compile(_OCCASION + r"\s+(?=(?:the|an?|his|her|its|their)\s|[A-Z][a-z])")
_OCCASION_RE = re.compile(_OCCASION)


def occasion_lead(lead: str) -> bool:
    """``lead``, the words before a speaker, are an occasion alone ("At a news conference in
    Oduna"): the speaker opens the clause."""
    return _OCCASION_RE.fullmatch(lead) is not None


def opening_time(text: str, a: int, b: int) -> int:
    """Where the subject starts after a time phrase that opens ``text[a:b]`` with no comma
    ("On Monday the coach said", "At a briefing on Friday the minister said"); ``a`` when
    none opens it."""
    m = _OPENING_TIME_RE.match(text, a, b) or _OPENING_OCCASION_RE.match(text, a, b)
    return a if m is None else m.end()


#: the words of a time phrase opening a sentence before its time word ("On Friday")
_TIME_OPENER_RE = re.compile(r"\(?(?:On|In|At|By|During|Last|This|Next|Early|Late|Earlier|Later)")


def time_opener(words: str) -> bool:
    """``words`` are what :func:`without_time` leaves of an opening time phrase ("On",
    "(Last"): the sentence's subject comes next."""
    return _TIME_OPENER_RE.fullmatch(words) is not None


TIME_ENDS = (
    "day",
    *MONTHS,
    *"week month year night morning afternoon evening then later now again today yesterday".split(),
    *"0123456789",
)


#: a subordinate clause opening the sentence, before the speaker: a conjunction ("While",
#: "Even as") or a time before "after" ("A few weeks after", "Years before")
_SUBORDINATOR_OPEN_RE = re.compile(
    r"(?:(?:Even|Just)\s+)?(?:While|Although|Though|Whereas|Because|When|After|As|Since|Before|Once|Until|Now\s+that)"
    r"|(?:A|An|Two|Three|Four|Five|Six|Several|Few|Some|Many|Just|Only|Shortly|Soon|Long|Hours|Days|Weeks"
    r"|Months|Years|Decades|few|days|weeks|months|years|decades|hours)(?:\s+(?:few|days|weeks|months|years"
    r"|decades|hours)){0,2}\s+(?:after|before|since)",
    re.I,
)


#: connectives before a sentence's opening subordinate clause ("But while", "However, when")
_CONNECTIVES_RE = re.compile(r"(?:(?:And|But|Yet|So|Still|However|Indeed|Meanwhile|After all)(?:,\s*|\s+))*")


def subordinate_end(text: str, lead: str, start: int, end: int) -> int:
    """Where a statement whose cue sits in a subordinate clause opening the sentence ends
    ("While one company says A, another says B"; "Years after X claimed that A, B"): at
    its clause's comma; ``end`` when ``lead`` (the words before the speaker) opens none."""
    lead = without_time(lead)
    connectives = _CONNECTIVES_RE.match(lead)  # (matches always: it may be empty)
    if not _SUBORDINATOR_OPEN_RE.fullmatch(lead, connectives.end() if connectives else 0):
        return end
    comma = text.find(", ", start, end)
    return comma if comma > 0 else end


#: an aside between dashes that ends just before a cue ("Joyce - who is listed as a lawyer -
#: told ..."), and the space before its first dash
_ASIDE_BEFORE_CUE_RE = re.compile(
    r"\s+(?:--|-|\u2013|\u2014)\s+(?:(?!\s(?:--|-|\u2013|\u2014)\s).){3,120}?\s+(?:--|-|\u2013|\u2014)\s*$"
)
#: characters of the words before a cue searched for that aside
_ASIDE_WINDOW = 140


#: a cleft sentence's opening up to its "that" ("It was in May that", "It's only now that"),
#: no comma between: the subject after it opens the clause that reports
CLEFT_OPENING = r"\s*It(?:\s+(?:was|is|wasn't|isn't)|['\u2019]s)\s[^,;:]*?\sthat"
_CLEFT_RE = re.compile(CLEFT_OPENING + r"\s+")


def after_cleft(text: str, a: int, b: int) -> int:
    """Where the clause after a cleft's opening at ``a`` starts ("It was in May that| Lund
    said"), else ``a``."""
    k = a
    while k < b and text[k].isspace():
        k += 1
    if not text.startswith("It", k):
        return a  # (most sentences: no search)
    m = _CLEFT_RE.match(text, a, b)
    return m.end() if m is not None else a


def aside_start(text: str, a: int, k: int) -> int:
    """Where the words before the cue at ``k`` end when an aside between dashes stands
    between them and the cue (its subject before it), else ``k``."""
    if text[k - 2 : k].strip() not in ("-", "\u2013", "\u2014", "--"):
        return k  # (most cues: no dash just before them)
    m = _ASIDE_BEFORE_CUE_RE.search(text, max(a, k - _ASIDE_WINDOW), k)
    return m.start() if m is not None else k


#: words before a name that make it an object, not a subject after its role
_OBJECT_WORDS = frozenset("to of for with by from on at in into about against than between among".split())
#: a cut at a subordinator or a preposition that opens a clause of its own
_SUBORDINATE_CUT_RE = re.compile(
    r"\b(?:[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Bb]ecause|[Ss]ince|[Ii]f|[Aa]lthough|[Tt]hough|[Uu]ntil|[Ww]hereas|As)\s+$"
)


def object_in_subordinate(pre: str, prev: int, start: int | None, a: int) -> bool:
    """The name at ``start`` (text offset; ``pre`` is the text from ``a``), in the part of
    ``pre`` from ``prev``, is an object in an opening subordinate clause ("After a long fight
    with Ann Roe, local farmers said"), no apposition of the subject after it; a name that
    opens the clause ("As Ann Roe, the chair, said") is its subject."""
    return (
        start is not None
        and prev > 0
        and _SUBORDINATE_CUT_RE.search(pre, 0, prev) is not None
        and not _OBJECT_WORDS.isdisjoint(pre[prev : start - a].split())
    )
