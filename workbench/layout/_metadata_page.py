"""A text copy as the metadata scorer reads it: its lines, the body's span and words, and
per-line flags computed once per copy (see :mod:`workbench.layout._metadata_lines`)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ._metadata_parse import BY, SCAN, YEAR, find_date, reading_aid

WORD = re.compile(r"\w+")
#: The words a headline shares with the body: longer than three characters.
LONG_WORD = re.compile(r"\w{4,}")

KIND_FEATURES = (
    "title",
    "heading",
    "body",
    "byline",
    "dateline",
    "metadata",
    "related",
    "navigation",
    "other",
    "caption",
    "footer",
    "comments",
    "advertising",
)
KIND_INDEX = {k: n for n, k in enumerate(KIND_FEATURES)}


@dataclass(slots=True)
class Line:
    """One non-blank line of a text copy, with the kind of the block it lies in."""

    text: str
    kind: str
    pos: int  # index among the copy's non-blank lines


def lines_of(blocks: list[dict]) -> list[Line]:
    """Lines of labelled block rows (``kind`` and ``raw``), in file order."""
    out: list[Line] = []
    for b in blocks:
        kind = b["kind"]
        for piece in (b.get("raw") or b.get("text") or "").split("\n"):
            piece = piece.strip()
            if piece:
                out.append(Line(piece, kind, len(out)))
    return out


def body_span(lines: list[Line]) -> tuple[int, int]:
    """First and last line of the body (the whole copy's middle when the layout found none)."""
    body = [x.pos for x in lines if x.kind == "body"]
    if body:
        return body[0], body[-1]
    return len(lines) // 3, len(lines) // 3


#: Kinds of the blocks the layout reads as a byline or a dateline.
META_KINDS = ("byline", "dateline")
#: A headline lies at most this many lines above its byline or dateline.
OVER_BYLINE = 2


def over_byline(lines: list[Line], i: int) -> bool:
    """Whether one of the lines just below ``i`` is a byline or a dateline (a headline sits
    over them wherever the layout put the body)."""
    for k in range(i + 1, min(len(lines), i + 1 + OVER_BYLINE)):
        if lines[k].kind in META_KINDS or BY.match(lines[k].text[:40]):
            return True
    return False


def _word_char(ch: str) -> bool:
    """Whether ``ch`` is one of the characters ``\\w`` matches."""
    return ch.isalnum() or ch == "_"


class Page:
    """What the features of one copy's lines look up: the body's words, repeated lines, and
    per-line flags computed once (neighbours read them too)."""

    def __init__(self, lines: list[Line], first: int, last: int):
        self.lines, self.first, self.last = lines, first, last
        body = [x.text[:SCAN] for x in lines[first : last + 1] if x.kind == "body"]
        # only words of four characters or more are looked up (a line's LONG_WORD words): the
        # shorter ones are not read (a word lower-cased is no longer, but for "İ", whose dot is
        # no word character and so never in a word looked up)
        tokens = LONG_WORD.findall("\n".join(body))
        self.body_counts = Counter(map(str.lower, tokens))
        #: the body's words as written: one written lowercase there is a lower_word at once
        self.body_words = set(tokens)
        self.vocab = set(self.body_counts)
        self._text: str | None = None
        self._long: set[str] | None = None
        self._lower: dict[str, bool] = {}
        self.seen = Counter([x.text for x in lines])
        # per line (by position; beyond the copy: False, 0), filled by flag() and detail()
        self.year: dict[int, bool] = {}
        self.by: dict[int, bool] = {}
        self.dated: dict[int, bool] = {}
        self.aid: dict[int, bool] = {}
        self.n_words: dict[int, int] = {}

    def lower_word(self, word: str) -> bool:
        """Whether ``word`` is written somewhere on the page, all lowercase, as a word of its
        own (a name's words are capitalised everywhere, other words are lowercase somewhere).
        Looked up per word asked: reading every word of the page costs more."""
        hit = self._lower.get(word)
        if hit is None:
            hit = False
            if word.islower() and WORD.fullmatch(word):
                if len(word) >= 4:
                    # a word of four characters or more: among the page's long words (the
                    # body's are read already; a search of the page per word costs more)
                    hit = word in self._long_words()
                else:
                    hit = self._find_word(word)
            self._lower[word] = hit
        return hit

    def _long_words(self) -> set[str]:
        """The words of four characters or more on the page, as written (LONG_WORD: whole
        words, since a run of word characters shorter than four has no such part)."""
        if self._long is None:
            first, last = self.first, self.last
            rest = (x.text[:SCAN] for x in self.lines if not (first <= x.pos <= last and x.kind == "body"))
            self._long = self.body_words.union(LONG_WORD.findall("\n".join(rest)))
        return self._long

    def _find_word(self, word: str) -> bool:
        """Whether ``word`` occurs in the page's text between non-word characters."""
        if self._text is None:
            self._text = "\n".join(x.text[:SCAN] for x in self.lines)
        text, k = self._text, self._text.find(word)
        if k >= 0 and f" {word} " in text:
            return True  # one search finds most short words, which occur inside longer ones
        while k >= 0:
            end = k + len(word)
            if (k == 0 or not _word_char(text[k - 1])) and (end == len(text) or not _word_char(text[end])):
                return True
            k = text.find(word, k + 1)
        return False

    def flag(self, at: set[int]) -> tuple[dict[int, bool], dict[int, bool]]:
        """The year and "By" flags of the lines ``at`` (False beyond the copy), all known."""
        year, by, lines = self.year, self.by, self.lines
        for k in at:
            if k not in year:
                text = lines[k].text[:SCAN] if 0 <= k < len(lines) else ""
                # every year starts "19" or "20": the search only where one is
                year[k] = ("19" in text or "20" in text) and YEAR.search(text) is not None
                by[k] = BY.match(text) is not None
        return year, by

    def detail(self, at: set[int]) -> tuple[dict[int, bool], dict[int, bool], dict[int, int]]:
        """Whether the lines ``at`` show a full date and a reading aid, and their word counts
        (the second stage's neighbours; False and 0 beyond the copy)."""
        year, _ = self.flag(at)
        dated, aid, n_words, lines = self.dated, self.aid, self.n_words, self.lines
        for k in at:
            if k not in dated:
                inside = 0 <= k < len(lines)
                text = lines[k].text if inside else ""
                dated[k] = year[k] and find_date(text) is not None
                aid[k] = inside and reading_aid(text[:SCAN])
                n_words[k] = len(text.split())
        return dated, aid, n_words
