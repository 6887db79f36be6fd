"""Quotation marks of an article: which passages are quoted, across paragraphs.

Rules only. A straight double quote ``"`` opens when it follows a space or the start
of a paragraph and closes when a space, punctuation or the paragraph end follows it;
curly and angle quotes say which they are. Marks nest (``"... so-called "peace plan"
..."``): only the outermost passage is returned. Two newspaper conventions are
followed across paragraphs:

* a quote that runs over several paragraphs opens each of them and closes only at
  the end (the unclosed passage continues when the next paragraph opens a quote);
* a copy that lost an opening mark still has the closing one: a closing mark with no
  opening mark before it starts its passage at the paragraph start, or after the
  attribution that ended the previous quote in the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QuotedSpan", "quoted_spans", "has_quote_marks", "QUOTE_CHARS"]

OPENING = "\u201c\u00ab\u201e"  # “ « „
CLOSING = "\u201d\u00bb"  # ” »
STRAIGHT = '"'
QUOTE_CHARS = OPENING + CLOSING + STRAIGHT
LOW_OPEN = "\u201e"  # „
GERMAN_CLOSE = "\u201c"  # “ after „
SINGLE_OPEN, SINGLE_CLOSE = "\u2018", "\u2019"
#: Characters after which a straight quote opens (besides whitespace).
_BEFORE_OPEN = set("([{\u2014\u2013-/")
#: Characters before which a straight quote closes (besides whitespace).
_AFTER_CLOSE = set(".,;:!?)]}\u2014\u2013-\u2026")
SENTENCE_END_RE = re.compile(r"[.!?\u2026](?=[\s\"\u201d\u00bb]|$)")
_LEADING_JUNK = " \t\n-\u2013\u2014"
#: the characters _paragraph_marks looks at: finding them beats visiting every character
_MARK_RE = re.compile("[" + re.escape(QUOTE_CHARS + SINGLE_OPEN + SINGLE_CLOSE) + "]")


@dataclass(frozen=True)
class QuotedSpan:
    """One outermost quoted passage. ``start:end`` is its content (marks and edge
    whitespace excluded); ``open_mark``/``close_mark`` are the marks' offsets or
    ``None`` when the copy lacks them."""

    start: int
    end: int
    open_mark: int | None
    close_mark: int | None


def has_quote_marks(text: str) -> bool:
    """Whether ``text`` uses double quotation marks at all (at least one pair)."""
    return sum(text.count(c) for c in QUOTE_CHARS + SINGLE_OPEN) >= 2


def _role(text: str, k: int, ps: int, pe: int, depth: int) -> str:
    ch = text[k]
    if ch in OPENING:
        return "open"
    if ch in CLOSING:
        return "close"
    prev = text[k - 1] if k > ps else " "
    nxt = text[k + 1] if k + 1 < pe else " "
    opener = prev.isspace() or prev in _BEFORE_OPEN
    closer = nxt.isspace() or nxt in _AFTER_CLOSE
    if opener and not closer:
        return "open"
    if closer and not opener:
        return "close"
    return "close" if depth > 0 else "open"


def _boundary_after(text: str, pos: int, limit: int) -> int:
    """Where a passage may start after the quote closed at ``pos``: past the end of
    the attribution sentence that follows it (``," says X. - The parties ...``)."""
    m = SENTENCE_END_RE.search(text, pos + 1, limit)
    k = m.end() if m else pos + 1
    while k < limit and (text[k] in _LEADING_JUNK or text[k] in QUOTE_CHARS):
        k += 1
    return k


def _paragraph_marks(text: str, ps: int, pe: int) -> list[list]:
    """Outermost passages of one paragraph: ``[open, close, start_hint]`` (open or close
    may be None). Curly single quotes (British style) count only in pairs: a ``’``
    with no ``‘`` open is an apostrophe ("students’ union")."""
    out: list[list] = []
    stack: list[str] = []
    opened: list[str] = []  # the double marks open, innermost last
    cur_open: int | None = None
    last_close: int | None = None
    for mark in _MARK_RE.finditer(text, ps, pe):  # every other character is skipped below
        k = mark.start()
        ch = text[k]
        if ch == SINGLE_OPEN and (k == ps or not text[k - 1].isalnum()):
            if not stack:
                cur_open = k
            stack.append("s")
            continue
        if ch == SINGLE_CLOSE:
            nxt = text[k + 1] if k + 1 < pe else " "
            if "s" in stack and not nxt.isalnum():
                while stack and stack.pop() != "s":
                    pass
                if not stack:
                    assert cur_open is not None  # set when the stack was last empty
                    out.append([cur_open, k, cur_open + 1])
                    last_close = k
            continue
        if ch not in QUOTE_CHARS:
            continue
        depth = len(stack)
        role = _role(text, k, ps, pe, stack.count("d"))
        if ch == GERMAN_CLOSE and opened and opened[-1] == LOW_OPEN:
            role = "close"  # „...“: German and Central European style closes with “
        if role == "open":
            if depth == 0:
                cur_open = k
            stack.append("d")
            opened.append(ch)
        elif "d" in stack:
            while stack and stack.pop() != "d":
                pass
            if opened:
                opened.pop()
            if not stack:
                assert cur_open is not None
                out.append([cur_open, k, cur_open + 1])
                last_close = k
        else:
            start = ps if last_close is None else _boundary_after(text, last_close, k)
            out.append([None, k, start])
            last_close = k
    if stack:
        assert cur_open is not None
        out.append([cur_open, None, cur_open + 1])
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in _LEADING_JUNK):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:"):
        b -= 1
    return a, b


def quoted_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuotedSpan]:
    """Outermost quoted passages of ``text``, paragraph spans given, in order."""
    per_para = [_paragraph_marks(text, ps, pe) for ps, pe in paragraphs]
    spans: list[QuotedSpan] = []
    i = 0
    while i < len(per_para):
        marks = per_para[i]
        j = 0
        while j < len(marks):
            open_, close, start = marks[j]
            end_para = i
            # An unclosed passage continues into the next paragraph when that paragraph
            # opens with a quote (multi-paragraph convention) or closes one it never opened.
            while close is None and j == len(marks) - 1 and end_para + 1 < len(per_para):
                nxt = per_para[end_para + 1]
                nps = paragraphs[end_para + 1][0]
                if not nxt:
                    break
                n_open, n_close, _ = nxt[0]
                starts_open = n_open is not None and text[nps:n_open].strip() == ""
                if not (starts_open or n_open is None):
                    break
                end_para += 1
                close = n_close
                nxt.pop(0)
                if close is not None:
                    break
            end = close if close is not None else paragraphs[end_para][1]
            a, b = _trim(text, start, end)
            if b > a:
                spans.append(QuotedSpan(a, b, open_, close))
            j += 1
        i += 1
    return spans
