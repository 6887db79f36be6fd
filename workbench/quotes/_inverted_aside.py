"""A, said X, B: an inverted cue and its speaker set off by commas inside a clause, whose
statement is the clause around them ("The new pier, said the harbour master, would open in
May")."""

from __future__ import annotations

import re

from ._clauses import CueAt
from ._cue_speakers import speaker_after


def inverted_aside(c: CueAt, pre_stripped: str) -> bool:
    """A, said X, B: an inverted cue and its speaker set off by commas inside the clause
    ("The new pier, said the harbour master, would open in May"): the statement is A and B."""
    doc, text, a, b, end_b, cue, lemma, cls, post, unmarked = c
    if (
        not pre_stripped.rstrip().endswith(",")
        or "," in pre_stripped.rstrip()[:-1]
        or lemma not in _ASIDE_LEMMAS
    ):
        return False  # ("The fee, agreed ..., was", "The loan, promised ..., was": a participle)
    m = _ASIDE_SPEAKER_RE.match(post)
    if m is None and _COPULA_END_RE.search(pre_stripped):
        m = _AFTER_COPULA_SPEAKER_RE.match(post)  # ("It is, says X, the best job in the world")
    if m is None or _PREPOSITION_RE.match(post):
        return False  # (", accused by the regulator of ..., is": a participle's agent, no speaker)
    if _ADVERB_RE.match(post):
        return False  # (", agreed privately between the clubs,": an adverb, no noun phrase)
    comma = cue.end() + m.end(1) - 1
    others = _AND_OTHERS_RE.search(text, cue.end(), comma)
    mention = speaker_after(text, cue.end(), others.start() if others is not None else comma)
    if mention is None or mention.kind == "pronoun":
        return False
    first = a + len(pre_stripped.rstrip()) - 1
    return doc.add(unmarked, [(a, first), (cue.end() + m.end(), end_b)], mention, cue.group(), lemma)


_PREPOSITION_RE = re.compile(
    r"\s+(?:by|of|to|for|with|in|on|at|from|about|as|over|between|among|across|under|after|before|during|"
    r"through|against|within|into|via)\b"
)
#: speech verbs proper, whose inverted form can open an aside ("said the harbour master"); a
#: participle such as "agreed", "promised" or "cited" modifies the noun before it ("The fee,
#: agreed between the clubs, was ...") and is no attribution ("told" takes a hearer)
_ASIDE_LEMMAS = frozenset(
    "say add ask write warn claim insist explain argue note state continue observe remark reply "
    "respond answer comment recall concede acknowledge admit stress emphasize contend maintain "
    "predict suggest conclude declare assert tweet quip joke retort counter exclaim muse reiterate "
    "elaborate complain lament boast shout whisper testify caution confirm".split()
)
#: an adverb after the cue, where a speaker's noun phrase ("the harbour master", "fans",
#: "lawyers for the family") would stand
_ADVERB_RE = re.compile(r"\s+(?:[a-z]+ly|then|also|later|again|once|now|still|first|jointly)\b")
#: "said Reed and others": the first of the speakers is read
_AND_OTHERS_RE = re.compile(r"\s+and\s+(?:many\s+)?others$")
#: the speaker after an inverted cue up to a comma, then the clause going on with its verb
_ASIDE_SPEAKER_RE = re.compile(
    r"\s+[^,;:\"\u201c\u201d]{2,80}?(,)\s+"
    r"(?=(?:would|will|is|are|was|were|has|have|had|could|can|should|may|might|must|did|does|remains?)\s)"
)
#: a bare copula closing the words before the aside ("It is,", "The farm was,"): its
#: complement follows the speaker, whatever its first word
_COPULA_END_RE = re.compile(r"\b(?:is|was|are|were|be|been)\s*,\s*$")
_AFTER_COPULA_SPEAKER_RE = re.compile(r"\s+[^,;:\"\u201c\u201d]{2,80}?(,)\s+(?=[\w\"\u201c])")
