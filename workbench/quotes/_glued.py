"""Sentences glued by a lost space in pasted copy ("...the West.Ivo Marenko, who ...",
'fair."We will appeal," said', "Talks stalledThe minister said"), split apart."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..text import glued_breaks
from ._cues import QUOTE_CHARS, _char_positions, positions_of

__all__ = ["split_glued"]

#: (the mark first, then the look-behind: a pattern that opens with a character set is
#: searched for that set, one that opened with a look-ahead at every position)
_GLUED_RE = re.compile(r"[.!?](?<=[a-z0-9%\u2019')].)(?=[A-Z][a-z])")


#: words before a period that do not end a sentence even when a capital follows at once
_GLUE_ABBREVIATIONS = frozenset("mr mrs ms dr st prof gen sen rep gov lt col jr sr rev no vs mt ft".split())


#: an outlet's web address written with a capital after its dot ("Gazeta.Ru", "Lenta.Ru",
#: "Ukrinform.Ua"): no glued sentence
_DOMAIN_END_RE = re.compile(r"(?:Ru|Ua|Kz|By|Com|Net|Org)\b(?![.'\u2019-]\w)")


def split_glued(text: str, sentences) -> list[tuple[int, int]]:
    """Split sentences glued by a lost space ("...the West.Ivo Marenko, who ..."), as in
    copies whose marks and spaces were stripped."""
    # one scan of the text, not one a sentence: a mark at k is what a scan of [a, b) finds
    # when a <= k and the two letters its look-ahead reads lie before b (its look-behind
    # reads the text before a either way)
    # (each full stop, "!" or "?" found by str.find and the pattern matched there: a search
    # for the character set tested every character of the text against it)
    match = _GLUED_RE.match
    # (the look-ahead's capital first: after most marks stands a space)
    marks = [k for k in positions_of(text, ".!?") if "A" <= text[k + 1 : k + 2] <= "Z" and match(text, k)]
    # ('fair."We will appeal," said', 'Talks stalledThe minister said': a break beside a
    # quotation mark or after a run-in heading, given as the offset the sentence starts at)
    breaks = glued_breaks(text, _char_positions(text, QUOTE_CHARS), _GLUE_ABBREVIATIONS)
    out = []
    for a, b in sentences:
        start = a
        i = bisect_left(marks, a)
        j = bisect_right(breaks, a)
        while (i < len(marks) and marks[i] + 3 <= b) or (j < len(breaks) and breaks[j] + 2 < b):
            if j < len(breaks) and breaks[j] + 2 < b and (i >= len(marks) or breaks[j] <= marks[i]):
                cut = breaks[j]
                j += 1
                if cut > start and text[start:cut].strip():
                    out.append((start, cut))
                    start = cut
                continue
            k = marks[i]
            i += 1
            word = re.search(r"(\w+)$", text[start:k])
            if (
                word is None
                or word.group(1).lower() in _GLUE_ABBREVIATIONS
                or _DOMAIN_END_RE.match(text, k + 1)
            ):
                continue
            out.append((start, k + 1))
            start = k + 1
        out.append((start, b))
    return out
