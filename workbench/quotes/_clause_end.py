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


#: the writer's noun phrase in apposition to the whole claim, with who answered it: "said
#: the drones were shot down, a claim the army denied", "..., an assertion disputed by
#: residents", "..., a figure that could not be independently verified"
_CLAIM_APPOSITION_RE = re.compile(
    r",\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:claim|assertion|allegation|accusation|charge|account|version|figure"
    r"|number|estimate|contention|characteri[sz]ation|description|suggestion|view|narrative)\s+"
    r"(?:(?:that|which)\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?)?"
    r"(?:(?:strongly|flatly|firmly|repeatedly|independently|also|since|later|quickly|not)\s+)?"
    r"(?:den(?:y|ies|ied)|reject(?:s|ed)?|disput(?:e|es|ed)|dismiss(?:es|ed)?|contest(?:s|ed)?"
    r"|challeng(?:e|es|ed)|contradict(?:s|ed)?|question(?:s|ed)?|refut(?:e|es|ed)|verif(?:y|ied)"
    r"|confirm(?:s|ed)?|corroborat(?:e|es|ed)|echo(?:es|ed)?|shar(?:e|es|ed)|back(?:s|ed)?|repeat(?:s|ed)?)\b"
)


#: a text's closing attribution of the whole sentence: "Most voters say A, a new poll
#: suggests.", "..., research by X shows.": the survey's words on what was said, no part of it
_CLOSING_FINDING_RE = re.compile(
    r",\s+(?:(?:a|an|the|one|another|this|new)\s+)?(?:[\w'\u2019&-]+\s+){0,4}?"
    r"(?:poll|survey|study|research|report|analysis|review|census|findings|figures|data)"
    r"(?:\s+[^,;:\"\u201c\u201d]{0,80}?)?\s+(?:(?:has|have|had)\s+)?"
    r"(?:suggest(?:s|ed)?|found|finds|show(?:s|ed)?|reveal(?:s|ed)?)\s*[.!?]?\s*$"
)


def clause_end(text: str, a: int, b: int, cue: str = "") -> int:
    """Where the reported clause ``text[a:b]`` ends: before the next clause (a comma, "and"
    or "but", a subject and a verb), the subject's next act in the past or the writer's
    apposition on the claim ("..., a claim the army denied"), never inside a quotation."""
    b = present_then_past(text, a, b, cue)
    if text.find(", ", a, b) >= 0 and (closing := _CLOSING_FINDING_RE.search(text, a, b)) is not None:
        if n_words(text[a : closing.start()]) >= MIN_CONTENT_WORDS:
            b = closing.start()
    if text.find(", a", a, b) >= 0:
        claim = _CLAIM_APPOSITION_RE.search(text, a, b)
        if (
            claim is not None
            and n_words(text[a : claim.start()]) >= MIN_CONTENT_WORDS
            and not sum(text.count(q, a, claim.start()) for q in QUOTE_CHARS) % 2
        ):
            b = claim.start()
    m = _NEXT_CLAUSE_RE.search(text, a, b)
    if (
        m is None
        or n_words(text[a : m.start()]) < MIN_CONTENT_WORDS
        or sum(text.count(q, a, m.start()) for q in QUOTE_CHARS) % 2
    ):
        return b
    return m.start()
