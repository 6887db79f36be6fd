"""Where a reported statement ends before its sentence does, learned from PolNeAR train:
PolNeAR's reported statements run to the end of their sentence past most clause breaks
(cutting at ", which", ", but", a dash, ", because" or ", including" each loses matches on
train), but end before a comparison or a "however" the writer adds (", compared with 41
percent for ...", ", however this time ..."): cutting there gains 9 matches of 22 cuts; and
before a likened subject (", as has X"), a gloss (", the latter ...") or another speaker's
reporting clause (", but Y did not say when"): 8 more matches on train."""

from __future__ import annotations

import re

from ._clauses import MIN_CONTENT_WORDS
from ._cues import n_words

_WRITER_ADDITION_RE = re.compile(
    r",\s+(?:compared\s+(?:with|to)|however"
    # "..., as has the mayor of X": another subject the writer likens to the speaker
    r"|as\s+(?:has|have|had|did|does|do)\s"
    # "..., the latter a reference to ...": the writer's gloss
    r"|the\s+latter\b"
    # "X said A, but Y did not say when": a second reporting clause, another statement's
    r"|(?:and|but)\s+(?:[A-Za-z][\w.'\u2019-]*\s+){1,4}?(?:also\s+)?"
    r"(?:said|says|say|told|did\s+not\s+say|added|wrote)\b"
    # "X said A, the report said.": the outer source's cue closing the sentence
    r"|(?:the|a|an|his|her|its|their)\s+(?:[\w'\u2019.-]+\s+){0,3}?(?:said|says|reported|added|wrote|found)"
    r"(?=\s*[.!?]?\s*$))"
)


def reported_end(text: str, a: int, b: int) -> int:
    """The end of the reported clause ``text[a:b]``: ``b``, or the comma before a
    comparison or a "however" that follows at least a statement's worth of words."""
    m = _WRITER_ADDITION_RE.search(text, a, b)
    if m is None or n_words(text[a : m.start()]) < MIN_CONTENT_WORDS:
        return b
    return m.start()
