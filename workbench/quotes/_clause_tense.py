"""Where a reported clause in the present ends when the subject of a past cue acts again
after it ("said she admires the plan and praised the board"): the change of tense tells the
second verb is the subject's, not the clause's."""

from __future__ import annotations

import re

from ._clauses import MIN_CONTENT_WORDS
from ._cues import n_words

__all__ = ["present_then_past"]

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
