"""Where a quotation whose opening mark was lost starts (web copy drops marks).

A closing mark with nothing open before it in its paragraph closes a quotation that opened
somewhere before it. The paragraph's start is the wrong guess when the narration tells
someone's words first: in ``Lund said she would stay. Prison has not changed me," she
said.`` the quotation is the second sentence only. Read back sentence by sentence from the
mark: the quotation takes in the sentences before its own up to the last that carries an
attribution (a reporting verb whose subject is not I/we/you: "We told them no" is the
quotation's own) of the words after the verb ("Lund said she would stay", not "my folks
say, jeez, ...", whose words the quotation holds).

A closing mark whose own sentence attributes in the third person is stray (``Judge Ana Lund
said the plan had failed the city."``: a mixed quote whose opening mark went with the
copy): no passage, the sentence is read as if the mark were absent. Not so when the cue
introduces the words (``she added, Trump is ..."``) or the sentence speaks in the first
person (``Marta rang me and said the bridge had gone ...,'' the farmer said``):
indirect speech tells in the third person.
"""

from __future__ import annotations

import re

# (the reporting verbs' forms as the sentence splitter reads them: ``_cues``' own pattern
# would make an import cycle, as ``_cues`` reads the marks)
from ..text import abbreviations, reporting_forms

__all__ = ["orphan_start"]

#: a sentence end inside a paragraph, marks after it included, or glued to the next
#: sentence by a lost space ("spring.Nobody")
_SENTENCE_END_RE = re.compile(r"[.!?\u2026][\"\u201d\u00bb\u2019)]*(?=\s)|(?<=[a-z])[.!?](?=[A-Z][a-z])")
#: a first- or second-person word: the speaker's own voice, which indirect speech lacks
_VOICE_RE = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\b")
#: a form of "be" before the verb: a passive, no one's attribution ("were not disclosed by")
_PASSIVE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)(?:\s+(?:not|\w+ly))*\s+$")
_LOWER_WORD_RE = re.compile(r"\b[a-z]+\b")
#: the subject right before a verb that makes it the quotation's own words ("We said no")
_FIRST_PERSON_RE = re.compile(r"(?:^|\s)(?:I|we|We|you|You|[Ww]hat they)(?:\s+\w+)?\s+$")


def _attributes(text: str, a: int, b: int, *, reported: bool = False) -> bool:
    """Whether ``text[a:b]`` holds a reporting verb whose subject is no first or second
    person ("Lund said", not "We told them"); ``reported``: one that reports the words after
    it (not "added, A" nor "said: A", which introduce them)."""
    forms = reporting_forms()
    for m in _LOWER_WORD_RE.finditer(text, a, b):
        if (
            m.group() in forms
            and not _FIRST_PERSON_RE.search(text, max(a, m.start() - 30), m.start())
            and not _PASSIVE_RE.search(text, max(a, m.start() - 30), m.start())
        ):
            if not reported or text[m.end() : m.end() + 1] not in ",:":
                return True
    return False


def _ends(text: str, dot: int) -> bool:
    """Whether the stop at ``dot`` ends a sentence: not an abbreviation's ("Mrs.", "St.")
    nor an initial's ("George W.")."""
    if text[dot] != ".":
        return True
    j = dot
    while j > 0 and dot - j < 16 and text[j - 1].isalpha():
        j -= 1
    word = text[j:dot]
    return len(word) > 1 and word.lower() + "." not in abbreviations("en")


def orphan_start(text: str, floor: int, k: int, *, after_quote: bool = False) -> int | None:
    """Where the passage closed by the orphan mark at ``k`` starts, ``floor`` the earliest
    place it may (the paragraph's start, or with ``after_quote`` the end of the previous
    quotation's attribution, where the passage starts: ``«A», says X. - B. C.»`` goes on
    with that quotation); ``None`` when the mark is stray. Reads ``text[floor:k]`` once:
    the orphans of one paragraph read disjoint ranges."""
    starts = [floor] + [m.end() for m in _SENTENCE_END_RE.finditer(text, floor, k) if _ends(text, m.start())]
    own = starts[-1]
    if not _VOICE_RE.search(text, own, k) and _attributes(text, own, k, reported=True):
        return None
    if after_quote:
        return floor
    start = own
    for i in range(len(starts) - 2, -1, -1):
        if _attributes(text, starts[i], starts[i + 1], reported=True):
            break
        start = starts[i]
    return start
