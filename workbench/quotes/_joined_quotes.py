"""Quotations that one attribution holds beyond the first: a list after its cue ('chanted,
"A," and "B."') and a quotation after a conjunction that opens the next sentence ('"A,"
Smith said. But "B."')."""

from __future__ import annotations

import re

from ._attribution import attributed_apart
from ._doc import Doc
from ._text_ends import last_char

__all__ = ["conjunction_then_quote", "listed_after"]

#: A list of quotations after one cue has at most this many more (a bound: no scan of a
#: long run of quoted words from each of them)
MAX_LISTED = 6
#: between two quotations of one list: a comma and/or "and"/"or"
_LIST_GAP_RE = re.compile(r"\s*,?\s*(?:and|or)\s+|\s*,\s*")


def listed_after(text: str, spans: list, i: int, pe: int) -> int | None:
    """The index of the last quotation listed after quotation ``i`` in its paragraph (to
    ``pe``) with 'and' before it ('"A," "B" and "C."'), the list closing its sentence; None
    if none is."""
    j = i
    while (
        j - i < MAX_LISTED
        and j + 1 < len(spans)
        and spans[j].close_mark is not None
        and spans[j + 1].open_mark is not None
        and spans[j + 1].open_mark < pe
        and _LIST_GAP_RE.fullmatch(text, spans[j].close_mark + 1, spans[j + 1].open_mark)
    ):
        j += 1
    if j == i or spans[j].close_mark is None:
        return None
    if not re.search(r"\b(?:and|or)\s+$", text[spans[j - 1].close_mark + 1 : spans[j].open_mark]):
        return None  # '"A," "B"': no list without its conjunction
    end = text[spans[j].close_mark - 1 : spans[j].close_mark + 2]
    return j if re.search(r"[.!?][\"\u201d\u2019]|[\"\u201d\u2019][.!?]", end) else None


#: a conjunction opening the sentence after an attribution, right before a quotation
_CONJUNCTION_BEFORE_MARK_RE = re.compile(r"\s*(?:But|And|Yet|Still)\s+")


def conjunction_then_quote(doc: Doc, spans, i: int, end: int, pe: int) -> bool:
    """Whether the sentence after an attribution sentence opens with a conjunction and then a
    quotation of the same paragraph that has no attribution of its own and closes the
    sentence ('"A," Smith said. But "B."')."""
    if i + 1 >= len(spans) or last_char(doc.text, end) not in (".", "!", "?"):
        return False
    nxt = spans[i + 1]
    if nxt.open_mark is None or nxt.close_mark is None or nxt.open_mark >= pe:
        return False
    m = _CONJUNCTION_BEFORE_MARK_RE.fullmatch(doc.text, end, nxt.open_mark)
    if m is None or not doc.text[nxt.start : nxt.end].rstrip().endswith((".", "!", "?")):
        return False
    return not attributed_apart(doc, nxt)
