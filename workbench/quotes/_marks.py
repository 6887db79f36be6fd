"""Quotation marks of an article: which passages are quoted, paragraph by paragraph.

Rules only. Each paragraph's marks are paired on their own, so one stray or lost mark
changes the passages of its paragraph and no other. Within a paragraph the pairing is
the one that best fits the marks' kinds and contexts (a small dynamic programme over the
marks): curly and angle marks say which they are, a straight ``"`` opens after a space
and closes before one, and a mark may be left out as stray at a cost, so that
``"A," she said, "B." and "C`` still pairs A and B. Marks nest once (``"... so-called
"peace plan" ..."``): only the outermost passage is returned. Conventions followed:

* ``''`` and ````` (typewriter copy) are double marks, ``‹›`` single ones, ``„“`` German;
* a quote that runs over several paragraphs opens each of them and closes only at the
  end: a passage left open continues when the next paragraph opens with a mark, else
  it ends with its paragraph;
* a copy that lost an opening mark still has the closing one: a closing mark with no
  opening mark before it starts its passage after the last sentence before it that
  attributes (the paragraph start, or the attribution that ended the previous quote at
  the earliest), or is stray when its own sentence attributes (``_orphan_marks``);
* curly single quotes (British style) count only in pairs outside double quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..text import stop_mark_breaks
from ._orphan_marks import orphan_start

__all__ = ["QuotedSpan", "quoted_spans", "has_quote_marks", "handle_view", "mark_view", "QUOTE_CHARS"]

OPENING = "\u201c\u00ab\u201e"  # “ « „
CLOSING = "\u201d\u00bb"  # ” »
STRAIGHT = '"'
QUOTE_CHARS = OPENING + CLOSING + STRAIGHT
LOW_OPEN = "\u201e"  # „
GERMAN_CLOSE = "\u201c"  # “ after „
SINGLE_OPEN, SINGLE_CLOSE = "\u2018", "\u2019"
#: Characters after which a straight quote opens (besides whitespace).
_BEFORE_OPEN = set("([{\u2014\u2013-/" + SINGLE_OPEN)
#: Characters before which a straight quote closes (besides whitespace).
_AFTER_CLOSE = set(".,;:!?)]}\u2014\u2013-\u2026" + SINGLE_CLOSE)
SENTENCE_END_RE = re.compile(r"[.!?\u2026](?=[\s\"\u201d\u00bb]|$)")
#: words whose full stop ends no sentence, a mark glued after it or not ("Dr.\"Ruiz\"")
_STOP_WORDS = frozenset("mr mrs ms dr st prof gen sen rep gov lt col jr sr rev no vs mt ft".split())
_LEADING_JUNK = " \t\n-\u2013\u2014"
_DOUBLE_RE = re.compile("[" + re.escape(QUOTE_CHARS) + "]")
_SINGLE_RE = re.compile("[" + SINGLE_OPEN + SINGLE_CLOSE + "]")
#: Two-character marks of typewriter copy, and single angle marks, as the marks they
#: stand for (same length, so offsets hold): ''word'' and ``word'' are double quotes.
#: (each branch a literal: the engine skips to their first characters, where a class as the
#: last branch made it try every position of the text)
_TYPED_RE = re.compile(r"``|''|\u2018\u2018|\u2019\u2019|\u2039|\u203a")

# Scores of the pairing (see _pair_doubles): a mark used as what it says or as its
# context says counts up to 2, one left out as stray costs, so does a second level of
# the same marks and a passage left open at the paragraph end (the multi-paragraph
# convention: likely, but less so than a pair).
_STRAY = -1.5
_NEST = -1.0
_UNCLOSED = -2.0
_ORPHAN_CLOSE = -1.0


@dataclass(frozen=True)
class QuotedSpan:
    """One outermost quoted passage. ``start:end`` is its content (marks and edge
    whitespace excluded); ``open_mark``/``close_mark`` are the marks' offsets or
    ``None`` when the copy lacks them."""

    start: int
    end: int
    open_mark: int | None
    close_mark: int | None


#: a straight single quote that opens a British-style quotation: at a line's start or after a
#: space, a bracket, a dash or a colon, before a capital ("'We are delighted,' said ..."), or
#: after a comma before a lower-case word (the quotation going on after its attribution); not
#: an elision ("'Tis", "'Cos")
_STRAIGHT_OPEN_RE = re.compile(
    r"(?:^|(?<=[\s(\[\u2014\u2013:]))'(?=[A-Z])(?!Tis\b|Twas\b|Cos\b|Cause\b|Em\b)|(?<=[,:] )'(?=[a-z])", re.M
)
#: ... and the one that closes it: after the quotation's own punctuation ("delighted,'"), or
#: after a word when punctuation follows ("delighted', said"); never an apostrophe inside a
#: word ("don't") or a plural's possessive ("the players' union", "the Davies', who"); a
#: quotation ending in "s" before outer punctuation ("more nurses', said") is missed
_STRAIGHT_CLOSE_RE = re.compile(
    r"(?<=[.,!?\u2026])'(?=[\s,;:)\]\u2014\u2013]|$)|(?<=[A-Za-z])(?<![sS])'(?=[,.;:!?])", re.M
)


#: marks whose presence says the straight singles of a copy are no quotation marks
_OTHER_MARKS = '"\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019'


def _straight_singles(text: str) -> str:
    """``text`` with straight single quotes that pair as a British-style quotation within a
    line as curly ones (``'A,' she said`` -> ``‘A,’ she said``), same length; apostrophes stay.
    Only in a text with no other quotation marks: a copy that quotes in double marks uses
    straight singles in headlines (American style), where PolNeAR train annotated none of the
    nine pairs found."""
    if any(c in text for c in _OTHER_MARKS):
        return text
    out = None
    k = line_end = 0
    for m in _STRAIGHT_OPEN_RE.finditer(text):
        if m.start() < k:
            continue  # (inside the passage paired last)
        if m.start() >= line_end:
            # (the line's end, found once per line: a search per mark was quadratic)
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
        c = _STRAIGHT_CLOSE_RE.search(text, m.end(), line_end)
        if c is None:
            k = line_end  # (no mark closes before the line ends: none for a later opening either)
            continue
        if _STRAIGHT_OPEN_RE.search(text, m.end(), c.start()) is not None:
            continue  # ("'We'll fight, said X. 'The council is wrong.'": the first was never closed)
        out = out or list(text)
        out[m.start()], out[c.start()] = SINGLE_OPEN, SINGLE_CLOSE
        k = c.end()
    return text if out is None else "".join(out)


#: a social network's handle: "@name" (not an e-mail address's "@"), a Reddit user's "u/name"
_HANDLE_RE = re.compile(r"(?<![\w.@/])(?:@[A-Za-z0-9_]{2,30}|u/[A-Za-z0-9_-]{3,30})(?![\w@/])")


def handle_view(text: str) -> tuple[str, dict[str, str]]:
    """``text`` with each social handle ("@jen_walks", "u/parkingwoes") written as a
    capitalised word of the same length ("Hjenxwalks", "Uzparkingwoes"), as the rules read a
    name, and what each such word stands for (to give the speaker back its own characters).
    A handle is who posted: a name, the handle its whole."""
    if "@" not in text and "u/" not in text:
        return text, {}
    words: dict[str, str] = {}

    def sub(m: re.Match) -> str:
        handle = m.group()
        body = re.sub(r"[^A-Za-z]", "x", handle[1:] if handle[0] == "@" else handle[2:])
        word = ("H" if handle[0] == "@" else "Uz") + body
        words[word] = handle
        return word

    return _HANDLE_RE.sub(sub, text), words


def mark_view(text: str) -> str:
    """``text`` with typewriter and angle marks as the marks they stand for, same length:
    ``''A,'' he said`` -> ``"\u200aA," he said``-like (the second character becomes a
    space on the side away from the content), ``‹›`` -> ``‘’``, and straight single quotes
    that pair as a British-style quotation as curly ones (:func:`_straight_singles`)."""
    if (
        "''" not in text
        and "``" not in text
        and "\u2039" not in text
        and "\u203a" not in text
        and "\u2018\u2018" not in text
        and "\u2019\u2019" not in text
    ):
        return _straight_singles(text) if "'" in text else text

    def sub(m: re.Match) -> str:
        s = m.group()
        if s == "\u2039":
            return SINGLE_OPEN
        if s == "\u203a":
            return SINGLE_CLOSE
        k = m.end()
        opens = s in ("``", "\u2018\u2018") or (
            k < len(text) and (text[k].isalnum() or text[k] in "$(\u2018'")
        )
        return ' "' if opens else '" '

    text = _TYPED_RE.sub(sub, text)
    # (after the typewriter marks: a "''" pair is no single quote twice)
    return _straight_singles(text) if "'" in text else text


def has_quote_marks(text: str) -> bool:
    """Whether ``text`` uses double quotation marks at all (at least one pair)."""
    found = 0
    for c in QUOTE_CHARS + SINGLE_OPEN:  # (a count of every mark ran over the text seven times)
        found += text.count(c)
        if found >= 2:
            return True
    return False


def _context(text: str, k: int, ps: int, pe: int) -> int:
    """+1 when a mark's neighbours say it opens (space before, word after), -1 when they
    say it closes, 0 when they do not tell."""
    prev = text[k - 1] if k > ps else " "
    nxt = text[k + 1] if k + 1 < pe else " "
    opener = prev.isspace() or prev in _BEFORE_OPEN or prev in QUOTE_CHARS
    closer = nxt.isspace() or nxt in _AFTER_CLOSE or nxt in QUOTE_CHARS
    return 0 if opener == closer else (1 if opener else -1)


#: what may stand before a paragraph's first mark: white space and invisible format characters
_PARAGRAPH_LEAD = " \t\n\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff"


def _opens_paragraph(text: str, k: int, ps: int, pe: int) -> bool:
    """A closing curly mark that opens its paragraph, a word or an ellipsis after it: an
    opening mark typed the wrong way round (nothing in the paragraph is open for it to close)."""
    if text[ps:k].strip(_PARAGRAPH_LEAD) or k + 1 >= pe:
        return False
    nxt = text[k + 1 : k + 3].lstrip()
    return nxt[:1].isalnum() or nxt[:1] in "\u2026." or text[k + 1] in "'\u2018"


def _scores(text: str, ks: list[int], ps: int, pe: int) -> list[tuple[float, float]]:
    """(as opening, as closing) score of each double mark."""
    german = LOW_OPEN in text[ps:pe]
    out = []
    for k in ks:
        ch, ctx = text[k], _context(text, k, ps, pe)
        if ch == GERMAN_CLOSE and german:
            out.append((ctx - 1.0, 2.0))
        elif ch in OPENING:
            out.append((2.0, min(0.0, -ctx - 1.0)))  # “ as a closer only when context says so
        elif ch in CLOSING and ch != CLOSING[-1] and _opens_paragraph(text, k, ps, pe):
            out.append((2.0, 0.0))  # '”… the quay is lost,” she said': typed the wrong way round
        elif ch in CLOSING:
            out.append((min(0.0, ctx - 1.0), 2.0))
        else:
            out.append((float(ctx), float(-ctx)))
    return out


def _pair_doubles(text: str, ks: list[int], ps: int, pe: int) -> list[str]:
    """The role of each double mark of a paragraph ("open", "close", "orphan" (a closing
    mark whose opening was lost), "stray"): the best-scoring sequence with at most two
    levels open, by dynamic programming over (mark, depth)."""
    scores = _scores(text, ks, ps, pe)
    if len(scores) % 2 == 0 and all(
        s_open > max(s_close, _STRAY) if i % 2 == 0 else s_close > max(s_open, _STRAY)
        for i, (s_open, s_close) in enumerate(scores)
    ):
        # marks that alternate, each best as what its place says (“...”, or "..." spaced
        # as it should be: most paragraphs with marks): every mark scores its most as open
        # at depth 0 or as close, which no other sequence of roles does, so the programme
        # below would find this and only this
        return ["open", "close"] * (len(scores) // 2)
    # best[d] = score with d marks open; back[i][d] = (depth before mark i, its role) of
    # that best path. Roles are read back at the end: copying each path at every mark was
    # quadratic in the marks of a paragraph (a one-line text is one paragraph).
    best: dict[int, float] = {0: 0.0}
    back: list[dict[int, tuple[int, str]]] = []
    for s_open, s_close in scores:
        nxt: dict[int, float] = {}
        ptr: dict[int, tuple[int, str]] = {}
        for d, score in best.items():
            moves = [(d, score + _STRAY, "stray")]
            if d < 2:
                moves.append((d + 1, score + s_open + (_NEST if d == 1 else 0.0), "open"))
            if d > 0:
                moves.append((d - 1, score + s_close, "close"))
            else:
                moves.append((0, score + s_close + _ORPHAN_CLOSE, "orphan"))
            for d2, score2, role in moves:
                if d2 not in nxt or score2 > nxt[d2]:
                    nxt[d2], ptr[d2] = score2, (d, role)
        best = nxt
        back.append(ptr)
    depth = max(best.items(), key=lambda item: (item[1] + _UNCLOSED * item[0], -item[0]))[0]
    roles = []
    for ptr in reversed(back):
        depth, role = ptr[depth]
        roles.append(role)
    return roles[::-1]


def _boundary_after(text: str, pos: int, limit: int) -> int:
    """Where a passage may start after the quote closed at ``pos``: past the end of
    the attribution sentence that follows it (``," says X. - The parties ...``)."""
    m = SENTENCE_END_RE.search(text, pos + 1, limit)
    k = m.end() if m else pos + 1
    while k < limit and (text[k] in _LEADING_JUNK or text[k] in QUOTE_CHARS):
        k += 1
    return k


def positions_of(text: str, chars: str) -> list[int]:
    """The offsets of every occurrence of each of ``chars`` (single characters) in ``text``,
    in order: what a search for ``[chars]`` finds, by ``str.find`` (a character-set search
    tests each character of a text against the set; a find skips to the next occurrence)."""
    out: list[int] = []
    find = text.find
    for char in chars:
        k = find(char)
        while k >= 0:
            out.append(k)
            k = find(char, k + 1)
    if len(chars) > 1:
        out.sort()
    return out


def _double_passages(text: str, ps: int, pe: int, marks: list[int]) -> list[list]:
    # the paragraph's marks from the text's one list of them (``marks``: a search of each
    # paragraph for the set tested every character against it)
    ks = marks[bisect_left(marks, ps) : bisect_left(marks, pe)]
    out: list[list] = []
    if not ks:
        return out  # no marks (most paragraphs): nothing to pair
    depth, cur_open, last_close = 0, 0, None  # cur_open is set by the first opening mark
    for k, role in zip(ks, _pair_doubles(text, ks, ps, pe)):
        if role == "open":
            if depth == 0:
                cur_open = k
            depth += 1
        elif role == "close":
            depth -= 1
            if depth == 0:
                out.append([cur_open, k, cur_open + 1])
                last_close = k
        elif role == "orphan":
            floor = ps if last_close is None else _boundary_after(text, last_close, k)
            start = orphan_start(text, floor, k, after_quote=last_close is not None)
            if start is not None:  # (None: a stray mark, its sentence read without it)
                out.append([None, k, start])
            last_close = k
    if depth:
        out.append([cur_open, None, cur_open + 1])
    return out


def _single_passages(text: str, ps: int, pe: int, doubles: list[list]) -> list[list]:
    """British-style passages in curly single quotes outside every double passage: a
    ``’`` with no ``‘`` open is an apostrophe ("students’ union")."""
    inside = [(o if o is not None else s, c if c is not None else pe) for o, c, s in doubles]
    # in order (as pairing gives them) they are searched by bisection, not scanned for every
    # mark (quadratic in a one-line text's marks)
    ordered = all(a <= b for a, b in inside) and all(
        p[0] <= q[0] and p[1] <= q[1] for p, q in zip(inside, inside[1:])
    )
    ends = [b for _, b in inside]
    out: list[list] = []
    depth, cur_open = 0, 0  # set by the first opening mark
    for m in _SINGLE_RE.finditer(text, ps, pe):
        k = m.start()
        if ordered:
            i = bisect_left(ends, k)
            if i < len(inside) and inside[i][0] <= k:
                continue
        elif any(a <= k <= b for a, b in inside):
            continue
        if text[k] == SINGLE_OPEN:
            if k == ps or not text[k - 1].isalnum():
                if depth == 0:
                    cur_open = k
                depth += 1
        elif depth and (k + 1 >= pe or not text[k + 1].isalnum()):
            depth -= 1
            if depth == 0:
                out.append([cur_open, k, cur_open + 1])
    return out


def _paragraph_marks(text: str, ps: int, pe: int, marks: list[int]) -> list[list]:
    """Outermost passages of one paragraph, in order: ``[open, close, start_hint]``
    (open or close may be None); ``marks``: the offsets of the text's double marks."""
    doubles = _double_passages(text, ps, pe, marks)
    singles = _single_passages(text, ps, pe, doubles) if text.find(SINGLE_OPEN, ps, pe) >= 0 else []
    passages = doubles + singles
    return sorted(passages, key=lambda p: p[2]) if singles else passages


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in _LEADING_JUNK):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:"):
        b -= 1
    return a, b


def _unglued(text: str, paragraphs: list[tuple[int, int]], marks: list[int]) -> list[tuple[int, int]]:
    """The paragraphs, each cut where a full stop is glued to a quotation mark and a
    capital: where a copy glued paragraphs ('afraid for him."They tell us nothing. ... like
    everyone else."The company said'), the marks of a quotation that runs over several
    paragraphs pair as the paragraphs said (re-opened, then closed), not one against the next."""
    breaks = stop_mark_breaks(text, marks, _STOP_WORDS) if marks else []
    if not breaks:
        return paragraphs
    out = []
    for ps, pe in paragraphs:
        i = bisect_left(breaks, ps + 1)
        while i < len(breaks) and breaks[i] < pe:
            out.append((ps, breaks[i]))
            ps = breaks[i]
            i += 1
        out.append((ps, pe))
    return out


def quoted_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuotedSpan]:
    """Outermost quoted passages of ``text`` (read through :func:`mark_view`), paragraph
    spans given, in order. Each paragraph is paired on its own; a passage left open at a
    paragraph's end continues into the next paragraph when that one opens with a mark
    (the multi-paragraph convention) or closes a passage it never opened, else it ends
    with its paragraph."""
    text = mark_view(text)
    spans: list[QuotedSpan] = []
    carry = None  # (open mark, start) of a passage left open at the previous paragraph's end
    marks = positions_of(text, QUOTE_CHARS)  # (what _DOUBLE_RE finds)
    for ps, pe in _unglued(text, paragraphs, marks):
        passages = _paragraph_marks(text, ps, pe, marks)
        if carry is not None:
            first = passages[0] if passages else None
            # the next paragraph opens with a mark, or closes a passage it never opened
            if first is not None and (first[0] is None or not text[ps : first[0]].strip()):
                passages[0] = [carry[0], first[1], carry[1]]
            else:
                spans.append(carry[2])
        carry = None
        for n, (open_, close, start) in enumerate(passages):
            a, b = _trim(text, start, close if close is not None else pe)
            if b <= a:
                continue
            if close is None and n == len(passages) - 1:
                carry = (open_, start, QuotedSpan(a, b, open_, None))
            else:
                spans.append(QuotedSpan(a, b, open_, close))
    if carry is not None:
        spans.append(carry[2])
    return spans
