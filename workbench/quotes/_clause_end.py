"""Where a reported clause ends before the next clause of the sentence: one with a subject
of its own ("said A, but there were no checks"), or the past cue's subject acting again
after a clause in the present ("said she admires the plan and praised the board": the
change of tense tells the second verb is the subject's, not the clause's)."""

from __future__ import annotations

import re

from ._clauses import MIN_CONTENT_WORDS
from ._cues import QUOTE_CHARS, n_words

__all__ = ["clause_end"]

#: a present tense just after a pronoun subject ("she admires", "he is")
_PRESENT_CLAUSE_RE = re.compile(
    r"(?:he|she|it|they|we|I|you|there)\s+(?:(?:still|also|only|really)\s+)?(?:is|are|am|has|have|does|do|can|"
    r"will|isn't|aren't|doesn't|don't|won't|can't|(?!was\b|has\b|does\b)[a-z]{2,}s)\b"
)
#: the subject's next act in the past after a clause in the present ("said she admires X and
#: praised Y"): "and" or "but", a past form
_PAST_ACT_RE = re.compile(
    r"\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:has\s+|have\s+)?(?:[a-z]{3,}ly\s+)?([a-z]{3,}ed|took|gave|made|said|told)\b"
)
_PAST_IN_CLAUSE_RE = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed|said|told)\b")


def present_then_past(text: str, a: int, b: int, cue: str) -> int:
    """Where a reported clause in the present ends when the past cue's subject acts again
    after it ("said he makes little and questioned the plan"); ``b`` otherwise."""
    if not (cue.endswith("ed") or cue in ("said", "told")) or not _PRESENT_CLAUSE_RE.match(text, a, b):
        return b
    m = _PAST_ACT_RE.search(text, a, b)
    if (
        m is None
        or _PAST_IN_CLAUSE_RE.search(text, a, m.start())
        or n_words(text[a : m.start()]) < MIN_CONTENT_WORDS
    ):
        return b
    return m.start()


#: the next clause after the reported one, with a subject of its own: "and" and a past
#: tense ("said the ferry was late, and he blamed the board"), "but" and a finite verb
#: ("said the pier is safe, but there were no checks", "..., but Lund has doubts")
_NEXT_CLAUSE_RE = re.compile(
    r",\s+(?:and\s+(?:he|she|they|[A-Z][a-z]+)\s+(?:also\s+)?[a-z]+ed"
    r"|but\s+(?:he|she|they|there|[A-Z][a-z]+)\s+(?:[a-z]+ed|is|was|were|are|did|does|has|had|have))\b"
)


def clause_end(text: str, a: int, b: int, cue: str = "") -> int:
    """Where the reported clause ``text[a:b]`` ends: before the next clause (a comma, "and"
    or "but", a subject and a verb) or the subject's next act in the past, never inside a
    quotation."""
    b = present_then_past(text, a, b, cue)
    m = _NEXT_CLAUSE_RE.search(text, a, b)
    if (
        m is None
        or n_words(text[a : m.start()]) < MIN_CONTENT_WORDS
        or sum(text.count(q, a, m.start()) for q in QUOTE_CHARS) % 2
    ):
        return b
    return m.start()
