"""A speech verb's infinitive of purpose after an act of the subject's: "The club took to
social media to say the match was off", "The head teacher wrote to parents to say ...",
"The minister went on television to insist that ...": the subject says what follows."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._clauses import MIN_CONTENT_WORDS, looks_like_clause
from ._cue_speakers import speaker_before
from ._cues import QUOTE_CHARS, n_words

if TYPE_CHECKING:
    from ._doc import Doc

__all__ = ["purpose_statement"]

#: a completed act of reaching people, then "to" and a speech verb ("took to Twitter to say",
#: "wrote to parents to say", "went on television to insist"); not a wish or a refusal
#: ("wanted to say", "declined to say", "is expected to say"), which says nothing yet
_PURPOSE_RE = re.compile(
    r"\b(?P<act>took|wrote|went|appeared|came\s+forward|rang|phoned|called|texted|emailed|posted|"
    r"spoke\s+out|stepped\s+forward|used\s+(?:a|an|the|his|her|their|its)\s+[\w\s]{1,30}?)"
    r"(?:\s+[\w'\u2019.-]+){0,6}?\s+to\s+(?P<verb>say|insist|warn|confirm|announce|explain|stress|complain|tell\s+\w+)"
    r"(?:\s+that)?\s+"
)


def purpose_statement(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """Add the statement of a speech verb's infinitive of purpose in the clause ``[a, end_b)``
    (``_PURPOSE_RE``); True if added. The speaker is the subject before the act."""
    text = doc.text
    if text.find(" to ", a, end_b) < 0:
        return False  # (most sentences: no search)
    m = _PURPOSE_RE.search(text, a, end_b)
    if m is None:
        return False
    content = text[m.end() : end_b]
    if n_words(content) < MIN_CONTENT_WORDS or not (
        text[m.end(1) : m.end()].rstrip().endswith("that") or looks_like_clause(" " + content)
    ):
        return False  # ("took to the stage to say a few words": an object, no clause)
    mention, _ = speaker_before(text, a, m.start("act"), subject=True)
    if mention is None or mention.kind not in ("name", "descriptor", "organisation", "pronoun"):
        return False
    verb = m.group("verb").split()[0]
    kind = "mixed" if any(c in content for c in QUOTE_CHARS) else "indirect"
    # the cue as written, "to say": an infinitive, not the bare present of "Critics argue"
    return doc.add(kind, [(m.end(), end_b)], mention, "to " + verb, verb)
