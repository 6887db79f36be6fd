"""A text copy as the metadata scorer reads it: its lines, the body's span and words, and
per-line flags computed once per copy (see :mod:`workbench.layout._metadata_lines`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ._metadata_parse import AID_HINT, BY, SCAN, YEAR, aid_match, by_match, find_date
from ._metadata_words import class_counts_of, hit_lines, lines_holding, word_view

WORD = re.compile(r"\w+")
#: A capital letter, as the first stage counts capitalised words (at a word's start).
CAP_CLASS = "[A-ZÀ-ÞА-ЯЁ]"
#: The words a headline shares with the body: longer than three characters.
LONG_WORD = re.compile(r"\w{4,}")
#: AID_HINT's words: a line holds one where its lower-cased text contains it (str.find over
#: the joined lines is far faster than the regex over them).
AID_WORDS = tuple(AID_HINT.pattern.split("|"))
#: Whether AID_HINT is still such a list (case-sensitive plain words): else its regex is used.
AID_PLAIN = not AID_HINT.flags & re.IGNORECASE and all(re.escape(w) == w for w in AID_WORDS)


def aid_hinted(lows: list[str]) -> set[int]:
    """Indexes of the lower-cased lines ``lows`` where AID_HINT finds something."""
    if AID_PLAIN:
        return lines_holding(lows, AID_WORDS)
    return set(hit_lines("\n".join(lows), AID_HINT))


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
    append = out.append
    # each Line made without calling the class: its __init__, called from C, cost ~1.5k
    # instructions a line, setting the three slots here a quarter of that
    new = object.__new__
    for b in blocks:
        kind = b["kind"]
        raw = b.get("raw") or b.get("text") or ""
        if "\n" not in raw:  # most blocks are one line: no split, no inner loop
            raw = raw.strip()
            if raw:
                line = new(Line)
                line.text, line.kind, line.pos = raw, kind, len(out)
                append(line)
            continue
        for piece in raw.split("\n"):
            piece = piece.strip()
            if piece:
                line = new(Line)
                line.text, line.kind, line.pos = piece, kind, len(out)
                append(line)
    return out


def body_span(lines: list[Line]) -> tuple[int, int]:
    """First and last line of the body (the whole copy's middle when the layout found none)."""
    body = [x.pos for x in lines if x.kind == "body"]
    if body:
        return body[0], body[-1]
    return len(lines) // 3, len(lines) // 3


def _lower_lines(texts: list[str]) -> list[str]:
    """``[t.lower() for t in texts]`` (no "\n" in them): all at once when they are ASCII (one
    call), else line by line: ``lower()`` of a string holding one character outside ASCII takes
    the slow path for every character (~25 instructions each against ~2), and most lines are
    ASCII. The same either way: lower() never adds or drops a "\n", and a final sigma is one
    before a "\n" too (the end of a line)."""
    joined = "\n".join(texts)
    if joined.isascii():
        return joined.lower().split("\n") if texts else []
    return [t.lower() for t in texts]


def _lower_joined(texts: list[str], sep: str) -> str:
    """``sep.join(texts).lower()`` for a separator of white space, lower-casing line by line
    where the text is not ASCII (see :func:`_lower_lines`): white space is neither cased nor
    case-ignorable, so no line's lower-casing depends on its neighbours."""
    joined = sep.join(texts)
    if joined.isascii():
        return joined.lower()
    return sep.join([t.lower() for t in texts])


#: Kinds of the blocks the layout reads as a byline or a dateline.
META_KINDS = ("byline", "dateline")
#: A headline lies at most this many lines above its byline or dateline.
OVER_BYLINE = 2


@dataclass(slots=True)
class Scan:
    """What both stages read of a line's first SCAN characters: read once per copy."""

    text: str
    low: str
    low_words: list[str]  # ``low`` split at white space
    view: str  # ``low`` with every non-word character a space (split: WORD.findall(low))
    long: list[str]  # LONG_WORD words of ``low``
    by: re.Match | None  # BY at the start
    aid: bool  # reading_aid
    digits: float  # share of digits among the characters
    caps: int  # words that start with a capital (CAP_CLASS)


#: Word counts of the neighbours stop here (a paragraph need not be split whole): a count is
#: compared with a line's first SCAN characters' words (at most SCAN / 2) and smaller bounds.
WORDS_CAP = SCAN // 2 + 1
#: A line that opens with "By" and runs longer than this many words is prose ("By reading the
#: label, ..."), no byline: a heading over it is no headline.
BY_LINE_WORDS = 25


def over_byline(lines: list[Line], i: int) -> bool:
    """Whether one of the lines just below ``i`` is a byline or a dateline (a headline sits
    over them wherever the layout put the body)."""
    for k in range(i + 1, min(len(lines), i + 1 + OVER_BYLINE)):
        if lines[k].kind in META_KINDS or BY.match(lines[k].text[:40]):
            return True
    return False


class Page:
    """What the features of one copy's lines look up: the body's words, repeated lines, and
    per-line flags computed once (neighbours read them too).

    :meth:`body_counts` counts the body's words of every length, lower-cased: look up words
    of four characters or more only (a line's LONG_WORD words), as the features do (a shorter
    word is never one lower-cased: only "İ" lengthens, and its dot is no word character)."""

    def __init__(self, lines: list[Line], first: int, last: int):
        self.lines, self.first, self.last = lines, first, last
        # the words of every line (its first SCAN characters), cut by one numpy pass over the
        # page (see _metadata_words): the body's are counted, all are looked up by lower_word
        # each line's first SCAN characters, cut once: every later read of a line takes the
        # same string (its hash, for the look-ups keyed by it, computed once)
        self.heads = heads = [x.text[:SCAN] for x in lines]
        view = word_view("\n".join(heads))
        self._view = view
        # each line's view (the Scans of ASCII lines lower-case theirs: see scans)
        self._views = views = view.split("\n")
        body = [v for v, x in zip(views[first : last + 1], lines[first : last + 1]) if x.kind == "body"]
        self._body_views = body
        # lower-cased, counted at the first look-up (see body_counts)
        self._body_words = _lower_joined(body, " ").split()
        self._outside: str | None = None  # the views of the lines outside the body, joined
        self._counts: Counter[str] | None = None
        self._words: set[str] | None = None
        self.seen = Counter([x.text for x in lines])
        # per line (by position; beyond the copy: False, 0), filled by flag() and detail()
        self.year: dict[int, bool] = {}
        self.by: dict[int, bool] = {}
        self.dated: dict[int, bool] = {}
        self.aid: dict[int, bool] = {}
        self.n_words: dict[int, int] = {}
        self._cap: int | None = None  # the word counts' (see detail)
        self._scans: dict[int, Scan] = {}
        self._over: dict[int, bool] = {}
        self._by_head: dict[int, bool] = {}
        self._by_match: dict[str, re.Match | None] = {}

    def body_counts(self, words: Iterable[str] = ()) -> Counter[str]:
        """How often each of the body's words (lower-cased) occurs among them (0 for none): all
        counted at the first call, whatever ``words`` asks for (the callers pass none). Both
        stages and the page-word look-up (:meth:`words_among`) read it: one count of the ~1,500
        words costs less than a filtered pass over them for each (a filter's call a word)."""
        if self._counts is None:
            self._counts = Counter(self._body_words)
        return self._counts

    def scans(self, at: list[int]) -> list[Scan]:
        """The Scan of each line ``at`` (inside the copy), made once per line."""
        known = self._scans
        todo = [i for i in dict.fromkeys(at) if i not in known]
        if todo:
            # the lines together: their words, digits and capitals by one numpy pass each (see
            # _metadata_words), the reading aids' regex only where a hint word is (found by
            # substring scans of the joined lines)
            texts = [self.heads[i] for i in todo]
            lows = _lower_lines(texts)
            # an ASCII line's view lower-cased is its lower-cased text's view (lower() maps ASCII
            # letters to letters, and leaves the other characters); the others' are cut again
            page_views = self._views
            plain = [t.isascii() for t in texts]
            if all(plain):
                views = [page_views[i].lower() for i in todo]
            else:
                others = iter(word_view("\n".join([low for low, a in zip(lows, plain) if not a])).split("\n"))
                views = [page_views[i].lower() if a else next(others) for i, a in zip(todo, plain)]
            hinted = aid_hinted(lows)
            digits, caps = class_counts_of(texts, ((r"\d", False), (CAP_CLASS, True)))
            by_match = self.by_match
            # each Scan made without calling the class (as lines_of makes its Lines): its
            # __init__ call cost more than setting the slots here
            new = object.__new__
            for k, (i, text, low, view) in enumerate(zip(todo, texts, lows, views)):
                sc = new(Scan)
                sc.text, sc.low, sc.low_words, sc.view = text, low, low.split(), view
                sc.long = [w for w in view.split() if len(w) > 3]  # LONG_WORD.findall(low)
                sc.by = by_match(text)
                sc.aid = k in hinted and aid_match(text, low)  # reading_aid
                sc.digits, sc.caps = digits[k] / max(1, len(text)), caps[k]
                known[i] = sc
        return [known[i] for i in at]

    def over_byline(self, i: int) -> bool:
        """:func:`over_byline` of line ``i``, found once per line."""
        hit = self._over.get(i)
        if hit is None:
            lines, hit = self.lines, False
            for k in range(i + 1, min(len(lines), i + 1 + OVER_BYLINE)):  # a loop: no generator
                if lines[k].kind in META_KINDS or self.by_head(k):
                    hit = True
                    break
            self._over[i] = hit
        return hit

    def under_headline(self, i: int) -> bool:
        """:meth:`over_byline`, but a long line after "By" is prose, no byline: whether a
        headline may sit at ``i`` below the article's start."""
        if not self.over_byline(i):
            return False
        lines = self.lines
        return any(
            lines[k].kind in META_KINDS
            or (self.by_head(k) and len(lines[k].text.split(None, BY_LINE_WORDS)) <= BY_LINE_WORDS)
            for k in range(i + 1, min(len(lines), i + 1 + OVER_BYLINE))
        )

    def by_head(self, k: int) -> bool:
        """Whether line ``k``'s first 40 characters open as a byline (BY), found once per line
        (not cut and looked up by its text at each of the window's, the flags' and the
        headline tests' reads)."""
        hit = self._by_head.get(k)
        if hit is None:
            hit = self._by_head[k] = self.by_match(self.lines[k].text[:40]) is not None
        return hit

    def by_match(self, text: str) -> re.Match | None:
        """``BY.match(text)``, once per distinct text on the page (the flags, the scans and the
        lines over a byline ask for the same lines; a short line is its own first 40 and SCAN
        characters)."""
        # a test first, not a KeyError caught: most texts are asked about once, and raising and
        # catching the error cost ~2k instructions each
        known = self._by_match
        if text in known:
            return known[text]
        m = known[text] = by_match(text)
        return m

    def lower_word(self, word: str) -> bool:
        """Whether ``word`` is written somewhere on the page, all lowercase, as a word of its
        own (a name's words are capitalised everywhere, other words are lowercase somewhere)."""
        return word in self._page_words() and word.islower()

    def lower_words(self, words: list[str]) -> int:
        """How many of ``words``, lower-cased and stripped of ".,", pass :meth:`lower_word`."""
        known = self._page_words()
        return sum(1 for w in words if (x := w.lower().strip(".,")) in known and x.islower())

    def words_among(self, words: set[str]) -> set[str]:
        """Those of ``words`` that are words of the page (whole runs of word characters).

        The page's ~2,300 words are not all cut and hashed for the ~60 asked about: those of
        the lines outside the body are (a third of them); a word not among those is looked for
        in the body only when its lower-cased form is counted among the body's lower-cased
        words (:meth:`body_counts`: a word of the body lower-cases to one of those, ``lower()``
        being idempotent), by a search of the body's views for it between spaces (a view's
        words are runs of word characters between spaces)."""
        if self._words is not None:
            return words & self._words
        if self._outside is None:
            lines, first, last, views = self.lines, self.first, self.last, self._views
            outside = views[:first] + views[last + 1 :]
            outside += [
                v for v, x in zip(views[first : last + 1], lines[first : last + 1]) if x.kind != "body"
            ]
            self._outside = " ".join(outside)
        # the asked words are few: the outside words are looked up among them, not put in a set
        found = words.intersection(self._outside.split())
        rest = [w for w in words if w not in found]
        if rest:
            counts = self.body_counts()
            rest = [w for w in rest if w.lower() in counts]
        if rest:
            body = " ".join(self._body_views)
            found.update(w for w in rest if _is_word_of(w, body))
        return found

    def _page_words(self) -> set[str]:
        # each is a whole run of word characters (a word of its own): a word found among them
        # needs no regex to tell it is one
        if self._words is None:
            self._words = set(self._view.split())
        return self._words

    def flag(self, at: Iterable[int]) -> tuple[dict[int, bool], dict[int, bool]]:
        """The year and "By" flags of the lines ``at`` (False beyond the copy), all known."""
        year, by, heads, known = self.year, self.by, self.heads, self._by_match
        n = len(heads)
        for k in at:
            if k not in year:
                text = heads[k] if 0 <= k < n else ""
                # every year starts "19" or "20": the search only where one is
                year[k] = ("19" in text or "20" in text) and YEAR.search(text) is not None
                # by_match(text), inline (this runs on every line near a candidate)
                m = known[text] if text in known else known.setdefault(text, by_match(text))
                by[k] = m is not None
        return year, by

    def has_year(self, i: int) -> bool:
        """The year flag of line ``i`` (see :meth:`flag`)."""
        hit = self.year.get(i)
        if hit is None:
            hit = self.flag((i,))[0][i]
        return hit

    def detail(
        self, at: Iterable[int], cap: int = WORDS_CAP
    ) -> tuple[dict[int, bool], dict[int, bool], dict[int, int]]:
        """Whether the lines ``at`` show a full date and a reading aid, and their word counts up
        to ``cap`` + 1 (the second stage's neighbours; False and 0 beyond the copy; counted
        again when asked with another ``cap``)."""
        if cap != self._cap:
            self._cap = cap
            self.n_words.clear()
        year, _ = self.flag(at)
        dated, aid, n_words, lines, scans = self.dated, self.aid, self.n_words, self.lines, self._scans
        todo = [k for k in at if k not in dated]
        # counted with the dates unless cleared for another cap (n_words' lines are dated's)
        recount = len(n_words) != len(dated)
        # reading_aid of the lines not scanned: the regex only where a hint word is
        unscanned = [k for k in todo if k not in scans and 0 <= k < len(lines)]
        heads = [self.heads[k] for k in unscanned]
        lows = [h.lower() for h in heads]
        hinted = {unscanned[j] for j in aid_hinted(lows)}
        for k, head, low in zip(unscanned, heads, lows):
            aid[k] = k in hinted and aid_match(head, low)
        for k in todo:
            inside = 0 <= k < len(lines)
            text = lines[k].text if inside else ""
            # find_date reads the first SCAN characters: the line's cut ones, the same
            dated[k] = year[k] and find_date(self.heads[k] if inside else "") is not None
            scan = scans.get(k)
            if scan is not None:
                aid[k] = scan.aid
                n_words[k] = _capped_count(text, scan, cap)
            else:
                if not inside:
                    aid[k] = False
                n_words[k] = len(text.split(None, cap))
        if recount:
            for k in at:
                if k not in n_words:
                    n_words[k] = _capped_count(lines[k].text, scans.get(k), cap) if 0 <= k < len(lines) else 0
        return dated, aid, n_words


def _is_word_of(word: str, view: str) -> bool:
    """Whether ``word`` is one of the words of ``view`` (runs of word characters between
    spaces: a word view's lines joined by spaces)."""
    n, end = len(word), len(view)
    k = view.find(word)
    while k >= 0:
        if (k == 0 or view[k - 1] == " ") and (k + n == end or view[k + n] == " "):
            return True
        k = view.find(word, k + 1)
    return False


def _capped_count(text: str, scan: Scan | None, cap: int) -> int:
    """``len(text.split(None, cap))``, from the line's Scan where it tells: its words are the
    line's when the line fits in SCAN characters (lower-casing adds or drops no white space),
    and cap + 1 of them or more say the line has that many."""
    if scan is not None and (len(text) <= SCAN or len(scan.low_words) > cap):
        return min(len(scan.low_words), cap + 1)
    return len(text.split(None, cap))
