"""A quotation interrupted by an attribution sentence that a short quotation runs through:
'"A," Lund said on NDR's "Town Talk" on Sunday. "B."' is one statement (a plain attribution
sentence is joined by ``_direct._continues_after_attribution``; a quoted title ended it early).

Counted on PolNeAR train (bench/polnear_joins.py, our neighbouring statements by one speaker,
the second with no attribution of its own): across an attribution sentence that goes on past
its cue the gold has one statement 14 times, two 2 times. Where the sentence holds a participle
clause (', noting ...', ', explaining why ...') it joins 6 and splits 5 (the clause often
reports words of its own), after 'adding' 2 to 4, after 'who also said' 1 to 2, and with a
narration sentence between the pieces it splits as often as it joins: none of those are
joined. The rule as written joins 9 pairs on train, all 9 one gold statement (predicted
8930 -> 8921, matched unchanged)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._attribution import attributed_apart, find_cue
from ._text_ends import last_char

if TYPE_CHECKING:
    from ._doc import Doc

#: a second statement reported in the attribution sentence: the quotation after it is its own
_SECOND_REPORT_RE = re.compile(r"\b(?:add(?:ing|ed|s)|who\s+(?:also\s+|later\s+)?(?:said|says|told))\b", re.I)

#: a participle clause after the attribution ('..., Lund said, noting the vote.'): the gold
#: joins the quotations around it 6 times and splits them 5 (its own report often lies
#: inside: 'explaining why ...', 'describing how ...'), so no join
_PARTICIPLE_RE = re.compile(r",[\"\u201d\u2019']?\s+[a-z]+ing\b")

#: a sentence break inside the gap ('..., Lund said. He holds two degrees. "B."'); an
#: initial or a title's abbreviation ('N.H.,', 'Mr. Lund') is none
_SENTENCE_BREAK_RE = re.compile(
    r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bMrs)[.!?][\"\u201d\u2019]?\s+[A-Z\"\u201c]"
)

#: a quotation inside the attribution sentence with at most this many words is a title
#: ('on WKRP's "Sunday Roundtable"'), not a statement
MAX_TITLE_WORDS = 6

#: the next quotation is looked for among this many after the first (titles between)
_LOOKAHEAD = 3


def continues_after_long_tail(doc: Doc, spans: list, i: int, cue_end: int, pe: int) -> int | None:
    """The index of the quoted passage that continues ``spans[i]`` after an attribution
    whose cue ends at ``cue_end`` and whose sentence runs on, or None."""
    text = doc.text
    for j in range(i + 1, min(len(spans), i + 1 + _LOOKAHEAD)):
        nxt = spans[j]
        if nxt.open_mark is None or nxt.open_mark >= pe or doc.covered(nxt.start, nxt.end):
            return None
        gap = text[cue_end : nxt.open_mark]
        if last_char(text, nxt.open_mark) not in ".!?":
            # a title inside the attribution sentence: skip it when short
            if len(text[nxt.start : nxt.end].split()) > MAX_TITLE_WORDS:
                return None
            continue
        if (
            _SECOND_REPORT_RE.search(gap)
            or _PARTICIPLE_RE.search(gap)
            or _SENTENCE_BREAK_RE.search(gap.rstrip())
            or find_cue(text, cue_end, nxt.open_mark) is not None
        ):
            return None
        if attributed_apart(doc, nxt):
            return None  # '"B," Lund said': a statement of its own
        return j
    return None
