"""A sentence the writer opens and the speaker's quotation finishes ('An early vote, he said,
"could reset the debate."'): the words before the attribution are the statement's start.
PolNeAR train, 'LEAD, X said, "..."' with the quotation opening in lower case: the content
holds the lead 11 times of 14 (from the last clause break in it); opening in capitals (a sentence of its own) 4 of 26, so only
the lower-case openings take the lead."""

from __future__ import annotations

import re

from ._cues import QUOTE_CHARS, n_words
from ._doc import Doc, sentence_start_at, trim

__all__ = ["lead_before_attribution"]

#: a clause break in the lead: the statement starts after it ('..., and coincidentally, he
#: said, "..."' -> 'coincidentally'; '..., which is a result, he said, "..."' -> 'which ...')
_BREAK_RE = re.compile(r"(?:,\s+|\s+)(?:and|but|or)\s+|,\s+(?=(?:which|who|whom|where|including)\b)")

#: fewest words a lead has ('Instead,' alone changes no match)
MIN_LEAD_WORDS = 2
#: an article right before a speaker's name
_DETERMINER_END_RE = re.compile(r"(?<![\w])(?:the|The|an?|An?)\s+$")


def lead_before_attribution(doc: Doc, sp, head) -> tuple[int, int] | None:
    """The lead ``(start, end)`` when the attribution ``head`` (speaker and cue before the
    opening mark, set off by commas) interrupts a sentence that the quotation finishes in
    lower case; None otherwise."""
    mention, cue = head[0], head[1]
    if cue is None or sp.open_mark is None or getattr(mention, "start", None) is None:
        return None
    text = doc.text
    if text[cue.end() : sp.open_mark].strip() != "," or not text[sp.start : sp.start + 1].islower():
        return None
    k = min(mention.start, cue.start())
    det = _DETERMINER_END_RE.search(text, max(0, k - 5), k)
    if det is not None:
        k = (
            det.start()
        )  # ("A, the Foreign Ministry noted, "b"": the speaker's article is no part of the lead)
    s = sentence_start_at(doc, sp.open_mark)
    if s is None or s >= k:
        return None
    breaks = list(_BREAK_RE.finditer(text, s, k))
    if breaks:
        s = breaks[-1].end()
    lead = text[s:k].rstrip()
    if not lead.endswith(",") or any(c in lead for c in QUOTE_CHARS) or n_words(lead) < MIN_LEAD_WORDS:
        return None
    a, b = trim(text, s, s + len(lead) - 1)
    if b <= a or doc.covered(a, b):
        return None
    return a, b
