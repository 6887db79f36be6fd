"""Promises a source makes: "X vowed to ...", "X has promised Monday to ...", "... and
pledged to ...". PolNeAR annotates a promise as the speaker's statement, from "to" on
(tests/data/quotes/GUIDELINES.md, "Promises")."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from ._clauses import MIN_CONTENT_WORDS
from ._cue_speakers import speaker_before
from ._cues import QUOTE_CHARS, n_words, subject_of
from ._memo import per_document
from ._time_words import WEEKDAY

if TYPE_CHECKING:
    from ._doc import Doc
    from ._mentions import Mention

#: the promise verb, a short time or manner adjunct, and "to" before a verb
_PROMISE_RE = re.compile(
    r"\b(?P<cue>vowed|vows|promised|promises|pledged|pledges)"
    r"(?:\s+(?:on\s+)?(?:" + WEEKDAY + r"|again|repeatedly|publicly|"
    r"last\s+\w+|this\s+\w+|in\s+\w+|on\s+\w+)){0,2}\s+(?P<to>to)\s+(?=[a-z])"
)
_LEMMAS = {
    "vowed": "vow",
    "vows": "vow",
    "promised": "promise",
    "promises": "promise",
    "pledged": "pledge",
    "pledges": "pledge",
}
_AND_RE = re.compile(r",?\s+(?:and|but)\s+(?:(?:also|then|later|has|have|had)\s+)*$")


#: the words a promise's cue opens with (each found inside words too)
PROMISE_WORDS = ("vow", "promise", "pledge")


@per_document
def _promise_words(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of every "vow", "promise" and "pledge" of ``text`` (inside words too),
    by start: found once a text by ``str.find`` (most texts have none) rather than in each
    sentence."""
    places = []
    find = text.find
    for word in PROMISE_WORDS:
        k = find(word)
        while k >= 0:
            places.append((k, k + len(word)))
            k = find(word, k + 1)
    places.sort()
    return [k for k, _ in places], [e for _, e in places]


def _any_promise_word(text: str, a: int, b: int) -> bool:
    """``any(text.find(w, a, b) >= 0 for w in ("vow", "promise", "pledge"))``, by bisection."""
    starts, ends = _promise_words(text)
    if not starts:
        return False
    i = bisect_left(starts, a)
    return any(e <= b for e in ends[i : bisect_left(starts, b)])


def promise_statement(doc: Doc, a: int, b: int, end_b: int, n: int) -> bool:
    """Add the promise of the sentence ``text[a:b]`` (``end_b``: before its full stop) when
    its subject is a speaker and no statement covers it; ``n``: the sentence's first row (a
    statement before "and vowed to" gives its speaker). True if added."""
    text = doc.text
    if not _any_promise_word(text, a, end_b):
        return False  # (most sentences, and most texts, have none)
    m = _PROMISE_RE.search(text, a, end_b)
    if m is None or text[m.start() - 1 : m.start()] in QUOTE_CHARS:
        return False
    start = m.start("to")
    if n_words(text[start:end_b]) < MIN_CONTENT_WORDS or doc.covered(start, end_b):
        return False
    coordinated = _AND_RE.search(text, a, m.start("cue"))
    if coordinated is not None and len(doc.rows) > n and doc.rows[-1]["kind"] != "direct":
        mention = doc.rows[-1]["mention"]  # "said she regretted it and promised to ...": the same speaker
    else:
        mention, _ = speaker_before(text, a, m.start("cue"), subject=True)
        if coordinated is not None and _quoted(text, a, mention):
            # 'She mocks the "Castle Hill of Forms" and vows to ...': a name inside quotation
            # marks is what the subject's first verb took, not who vows
            mention = subject_of(text, a, m.start("cue"))
    if mention is None:
        return False
    return doc.add("indirect", [(start, end_b)], mention, m.group("cue"), _LEMMAS[m.group("cue")])


def _quoted(text: str, a: int, mention: Mention | None) -> bool:
    """Whether ``mention`` lies inside quotation marks opened after ``a``."""
    if mention is None or mention.start is None:
        return False
    return sum(text.count(q, a, mention.start) for q in QUOTE_CHARS) % 2 == 1


#: a request to someone: "urged" or "asked", its addressee (a few words, no clause), and
#: "to" before a verb ("urged conservatives to unite", "asked a judge to block the rule")
_DIRECTIVE_RE = re.compile(
    r"\b(?P<cue>urged|urges|asked|asks)\s+(?P<obj>(?!to\b|not\b|about\b|for\b|if\b|whether\b)"
    r"(?:[\w'\u2019.-]+\s+){1,5}?)(?:not\s+)?to\s+(?=[a-z])"
)
_DIRECTIVE_LEMMAS = {"urged": "urge", "urges": "urge", "asked": "ask", "asks": "ask"}
#: a passive before the cue ("was asked to"): the addressee is the subject, read elsewhere
_PASSIVE_END_RE = re.compile(r"\b(?:was|were|been|be|being|is|are|get|got)\s+(?:[a-z]+ly\s+)?$")


def directive_statement(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """Add the request of the sentence ``text[a:b]`` ("X urged the board to act"): the
    addressee and what they are asked to do, as PolNeAR annotates it, when the subject is
    a speaker and no statement covers it. True if added."""
    text = doc.text
    if text.find("urge", a, end_b) < 0 and text.find("ask", a, end_b) < 0:
        return False
    m = _DIRECTIVE_RE.search(text, a, end_b)
    if m is None or any(q in text[a:end_b] for q in QUOTE_CHARS):
        return False
    if _PASSIVE_END_RE.search(text, max(a, m.start() - 24), m.start()):
        return False
    start = m.start("obj")
    if n_words(text[start:end_b]) < MIN_CONTENT_WORDS + 1 or doc.covered(start, end_b):
        return False
    mention, _ = speaker_before(text, a, m.start("cue"), subject=True)
    if mention is None:
        return False
    end = end_b
    if _SUBORDINATE_RE.search(text, a, m.start("cue")) and "," in text[start:end_b]:
        end = text.index(",", start, end_b)  # "when X asked Y to ..., Y declined": the subordinate clause
    return doc.add("indirect", [(start, end)], mention, m.group("cue"), _DIRECTIVE_LEMMAS[m.group("cue")])


_SUBORDINATE_RE = re.compile(r"\b(?:[Ww]hen|[Aa]fter|[Ii]f|[Aa]s|[Bb]ecause|[Ww]hile|[Oo]nce)\s")
