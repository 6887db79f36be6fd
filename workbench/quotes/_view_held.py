"""A view held, written with a noun where the belief verb would stand: "He was of the view
that the economy could not be stabilised", "The board is of the opinion that ...", "The
court took the view that ...". The subject's view, as "He believed that ..." is (our
guidelines: belief verbs report a statement); common in South Asian and legal copy.

"view" and "opinion" are no reporting verbs of the cue list (a cue is one word): the phrase
is read here, only in a sentence no other rule attributed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._clauses import MIN_CONTENT_WORDS
from ._cue_speakers import speaker_before
from ._cues import QUOTE_CHARS, n_words

if TYPE_CHECKING:
    from ._doc import Doc

__all__ = ["view_statement"]

#: "be" (or "remain") and "of the view/opinion", or "take the view", then "that"; an adverb
#: may stand before the phrase ("was firmly of the view that")
_VIEW_HELD_RE = re.compile(
    r"\s(?P<cue>(?:is|are|was|were|am|remains?|remained|(?:has|have|had)\s+been|(?:has|have|had)\s+long\s+been)"
    r"\s+(?:[a-z]+ly\s+|also\s+|still\s+)?of\s+the\s+(?:view|opinion)"
    r"|(?:takes?|took|(?:has|have|had)\s+taken)\s+the\s+view)"
    r",?\s+that\s+(?=[A-Za-z\"\u201c])"
)


def view_statement(doc: Doc, a: int, b: int, end_b: int) -> bool:
    """Add the statement of a view held ("X was of the view that ..."); True if added."""
    text = doc.text
    if text.find(" view", a, end_b) < 0 and text.find(" opinion", a, end_b) < 0:
        return False  # (most sentences: no search)
    m = _VIEW_HELD_RE.search(text, a, end_b)
    if m is None or n_words(text[m.end() : end_b]) < MIN_CONTENT_WORDS:
        return False
    mention, sp_start = speaker_before(text, a, m.start(), subject=True)
    if mention is None or text[a:sp_start].strip(" ,"):
        return (
            False  # the phrase's subject opens the sentence ("Some were of the view": a quantity is read too)
        )
    kind = "mixed" if any(c in text[m.end() : end_b] for c in QUOTE_CHARS) else "indirect"
    return doc.add(kind, [(m.end(), end_b)], mention, " ".join(m.group("cue").split()), "believe")
