"""Groups of people as a clause's subject before a speech verb: a share or number ("Almost
half", "47%", "Others": ``quantity_subject``) or a plural noun phrase of common nouns
("Local officials": ``bare_plural_subject``)."""

from __future__ import annotations

import re

from ._cues import FINITE_RE, LEAD_RE, QUOTE_CHARS
from ._mentions import Mention

#: words of a sentence's subject made of two noun phrases ("Clinton and the State Department")
MAX_SUBJECT_WORDS = 8


#: "Hacking specialists say ...", "Local officials have said ...", "A significant number of
#: voters said ...": a plural noun phrase of common nouns opening the sentence before a speech
#: verb and its clause; its first word may be capitalised (sentence case, a demonym)
_BARE_PLURAL_RE = re.compile(
    r"\s*((?:(?:A|An|The|Some|Many|Most|Several|Other|Few)\s+)?(?:[A-Z][a-z'\u2019-]+\s+)?"
    # (or a plural in "-men": "Local fishermen have opposed ...")
    r"(?:[a-z][\w'\u2019-]*\s+){0,5}(?:[a-z][a-z-]*[^s'\u2019\W]s|[a-z]+men))\s*$"
)
#: singular nouns in "-men", no group of people
_SINGULAR_MEN = frozenset("specimen regimen abdomen acumen stamen bitumen hymen omen amen".split())
#: words that show the phrase is a clause or a pronoun's, not a group of people
_NOT_IN_BARE = frozenset(
    "it this that these those there which who what when where whose is are was were has have had "
    "be been do does did not also who's to by than thus so".split()
)
#: a subordinate clause's opening word: "While analysts say ..., ..."
SUBORDINATOR_RE = re.compile(r"(?:While|When|Although|Though|Whereas|Because|As|Since|After)\s+")


#: a share or number of people opening a clause ("Almost half", "At least half", "47%", "Six in 10", "all but
#: two", "Some 30 percent of residents in a recent survey", "those surveyed", "Others"), before a
#: speech verb: the people counted speak (survey results, a group's members)
_QUANTITY_RE = re.compile(
    r"\s*((?:(?:[Ss]ome|[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Aa]round|[Jj]ust|[Oo]nly|[Oo]ver|[Uu]nder|[Ff]ully"
    r"|[Mm]ore\s+than|[Ff]ewer\s+than|[Ll]ess\s+than|[Aa]s\s+many\s+as|[Aa]nother|[Aa]ll\s+but|[Jj]ust\s+over"
    r"|[Jj]ust\s+under|[Aa]t\s+least|[Aa]t\s+most|[Uu]p\s+to|[Ww]ell\s+over|[Cc]lose\s+to|[Bb]arely)\s+)?"
    r"(?:\d+(?:[,.]\d+)*(?:\s*%|\s+percent|\s+per\s+cent)?"
    r"|(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Dd]ozens|[Hh]undreds|[Tt]housands|[Tt]wenty|[Tt]hirty|[Ff]orty"
    r"|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:[\s-]+(?:percent|thirds?|quarters?|fifths?|in\s+(?:\d+|ten|five|four|three)))?"
    r"|[Hh]alf|[Aa]\s+third|[Aa]\s+quarter|[Aa]\s+(?:slim\s+|narrow\s+|large\s+|clear\s+)?(?:majority|minority|plurality)"
    r"|[Aa]\s+(?:few|handful|number)|[Tt]he\s+(?:majority|rest)|[Mm]ost|[Mm]any|[Ff]ew|[Ss]everal|[Nn]one|[Bb]oth|[Ee]ach|[Oo]thers"
    r"|[Tt]hose\s+(?:surveyed|polled|questioned|interviewed|asked|who\s+[a-z]+)|[Ss]ome)"
    # "of renters in a recent county housing survey", "teachers", "who back her opponents"
    r"(?:\s+(?!(?:said|says|say|told|that|which|states)\b)[\w'\u2019.()/-]+){0,10}?)\s*$"
)


#: a clause's first word that opens no group of people ("as the race turns", "comparing his")
NOT_GROUP_OPENING_RE = re.compile(
    r"\s*(?:as|and|but|or|if|so|because|then|than|where|what|how|why|whether|[a-z]+ing)\b"
)


_NOT_QUANTITY_END = frozenset(
    "into in on at of for to from with by after before over under about minutes hours days weeks months "
    "years times".split()
)


#: a subject pronoun inside the phrase makes it a clause, not a group of people
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we"})


def quantity_subject(seg: str, a: int) -> Mention | None:
    """A share or number of people (``_QUANTITY_RE``) as the group speaking, or None."""
    m = _QUANTITY_RE.fullmatch(seg)
    if m is None or FINITE_RE.search(m.group(1)) or any(q in seg for q in QUOTE_CHARS):
        return None
    phrase = m.group(1)
    words = phrase.lower().split()
    if words[-1] in _NOT_QUANTITY_END or re.fullmatch(r"(?:1[89]|20)\d\d", phrase):
        return None  # "two minutes into", "since 2016": a time, not people
    if not _SUBJECT_PRONOUNS.isdisjoint(words):
        return None  # "Two hours on she changed her mind and said": the pronoun speaks
    if len(words) == 1 and words[0] in ("one", "each", "another"):
        number = "sg"  # "One says ..., while another says ..."
    else:
        number = "pl"
    start = a + m.start(1)
    return Mention(
        "descriptor",
        phrase,
        start,
        start + len(phrase),
        name=phrase,
        role=phrase,
        head=words[-1],
        number=number,
    )


def bare_plural_subject(pre: str, a: int) -> Mention | None:
    """The plural noun phrase ``pre`` (from ``a``) as a group speaking, or None."""
    lead = LEAD_RE.match(pre) or SUBORDINATOR_RE.match(pre)
    k = lead.end() if lead else 0
    m = _BARE_PLURAL_RE.fullmatch(pre, k)
    if m is None or re.match(
        r"(?:In|On|At|From|For|By|With|After|Before|During|Already|[A-Z][a-z]+(?:ly|ing))\s", m.group(1)
    ):
        return None  # "In interviews", "Defending ...": an adjunct, not a subject
    phrase = m.group(1)
    words = phrase.lower().split()
    if (
        len(words) > MAX_SUBJECT_WORDS
        or any(w in _NOT_IN_BARE for w in words)
        or any(w.endswith(("ed", "ly")) and len(w) > 4 for w in words[1:-1])
        or words[-1] in _SINGULAR_MEN
    ):
        return None
    start = a + m.start(1)
    head = words[-1]
    return Mention(
        "descriptor", phrase, start, start + len(phrase), name=phrase, role=phrase, head=head, number="pl"
    )
