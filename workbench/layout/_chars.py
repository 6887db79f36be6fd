"""Character classes of a page's joined lines, for :mod:`workbench.layout._line_pass`.

Each code point is looked up in tables made once from the signals' own one-character regexes
(so a class is exactly what its regex matches): counted classes are summed per line, flags
mark the shapes found on neighbouring characters with numpy (word runs, a byline's first
character, the model's glued shape, a sentence boundary inside a line) and what a line's last
character tells; the scripts of the lines with non-ASCII letters are counted the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from . import _columns
from . import _signals as sig

#: Classes counted per line, each in a 12-bit field of one 64-bit integer (a line sample has at
#: most SCAN_CHARS = 2,000 characters, under 2**12): field j holds the count of class j.
WIDE, DIGIT, ASCII_LETTER, OTHER_SCRIPT = range(4)
FIELD_BITS = 12
#: Flags of a character (not counted), one bit each: a word character (``\\w``), a byline's
#: first character, an ASCII lower-case letter and capital (the model's glued shape), the
#: four parts of sig.INNER_SENTENCE_RE: a sentence mark, a closing quote or bracket, a space
#: that is not a line break, a capital that opens the next sentence (a line break, not a
#: SPACE, ends a run of spaces), and what a line's last character tells: one of
#: sig.SENTENCE_END or of sig.CLOSERS, a period, an ellipsis.
WORD, BYLINE_FIRST, LOWER, UPPER, MARK, CLOSER, SPACE, CAPITAL, NEWLINE, END, CLOSE, PERIOD, ELLIPSIS = (
    1 << j for j in range(13)
)
#: sig.INNER_SENTENCE_RE's parts, as written there (a test checks they make up the pattern).
INNER_PARTS = (r"[.!?。！？؟।]", r"""[\"'”’»)]""", r"[^\S\n]", r"[A-ZА-ЯЁ]", r"\n")


def _char_classes() -> tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...]]:
    """One-character regexes of the counted classes (by field) and of the flags (by bit)."""
    firsts = "".join(sorted({w[0] for w in sig.BYLINE_WORDS}))
    counted = (
        sig.WIDE_RE,
        sig.DIGIT_RE,
        sig.ASCII_LETTER_RE,
        sig.OTHER_SCRIPT_RE,
    )
    flags = (
        re.compile(r"\w"),
        re.compile(rf"[(]|(?i:[{firsts}])"),
        re.compile("[a-z]"),
        re.compile("[A-Z]"),
        *(re.compile(part) for part in INNER_PARTS),
        re.compile("[" + re.escape(sig.SENTENCE_END) + "]"),
        re.compile("[" + re.escape(sig.CLOSERS) + "]"),
        re.compile(r"\."),
        re.compile("…"),
    )
    return counted, flags


@lru_cache(maxsize=1024)
def _class_values(ch: str) -> tuple[int, int]:
    """(packed counted classes, flags) of one character."""
    counted, flags = _char_classes()
    packed = sum(1 << (FIELD_BITS * j) for j, rx in enumerate(counted) if rx.match(ch))
    return packed, sum(1 << j for j, rx in enumerate(flags) if rx.match(ch))


@lru_cache(maxsize=1)
def bmp_tables() -> tuple[np.ndarray, np.ndarray]:
    """:func:`_class_values` of every code point under 0x10000, found by the classes' regexes."""
    everything = "".join(map(chr, range(0x10000)))
    counted, flag_res = _char_classes()
    packed = np.zeros(0x10000, dtype=np.int64)
    flags = np.zeros(0x10000, dtype=np.uint16)
    for j, rx in enumerate(counted):
        packed[[m.start() for m in rx.finditer(everything)]] += 1 << (FIELD_BITS * j)
    for j, rx in enumerate(flag_res):
        flags[[m.start() for m in rx.finditer(everything)]] |= 1 << j
    return packed, flags


@lru_cache(maxsize=1)
def script_table() -> np.ndarray:
    """For every code point under 0x10000, 1 + the index in sig.SCRIPTS of the script whose
    regex matches it, 0 for none (the scripts' classes do not overlap: a test checks)."""
    everything = "".join(map(chr, range(0x10000)))
    table = np.zeros(0x10000, dtype=np.uint8)
    for j, (_, rx) in enumerate(sig.SCRIPTS):
        table[[m.start() for m in rx.finditer(everything)]] = j + 1
    return table


#: Where a character's flags sit in its :func:`classes_table` value, above the counted fields.
FLAG_SHIFT = 48


@lru_cache(maxsize=1)
def classes_table() -> np.ndarray:
    """The packed counted classes and, from bit FLAG_SHIFT, the flags of every code point under
    0x10000 in one uint64: one look-up a character where two cost twice. Summed over a line,
    the flags overflow into nothing below them (unsigned sums wrap), so the counts stay."""
    packed, flags = bmp_tables()
    return packed.astype(np.uint64) | (flags.astype(np.uint64) << np.uint64(FLAG_SHIFT))


def char_classes(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The code points of ``text``, the :func:`classes_table` value of each (its low bits the
    packed counted classes) and the flags of each."""
    cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if not cp.size or int(cp.max()) <= 0xFFFF:
        # take: a third of the time of table[cp] (fancy indexing)
        values = classes_table().take(cp.astype(np.intp))
    else:
        astral = cp > 0xFFFF
        values = classes_table().take(np.where(astral, 0, cp))
        for c in np.unique(cp[astral]).tolist():  # emoji and rarer scripts: the regexes once each
            packed, flags = _class_values(chr(c))
            values[cp == c] = packed | (flags << FLAG_SHIFT)
    return cp, values, (values >> np.uint64(FLAG_SHIFT)).astype(np.uint16)


def line_scripts(cp: np.ndarray, at: np.ndarray, end: np.ndarray) -> list[str]:
    """sig.script_of of lines holding a letter of one of sig.SCRIPTS outside ASCII, their
    characters ``cp[at[k]:end[k] + 1]``: the script with the most letters, the first of a tie,
    counted by each character's script (seven findall calls a line cost as much as the rest of
    a long line's signals)."""
    lens = end - at + 1
    line = np.repeat(np.arange(len(at)), lens)
    pos = np.arange(len(line)) + np.repeat(at - np.cumsum(lens) + lens, lens)  # each line's own range
    chars = cp[pos]
    codes = script_table().take(np.where(chars > 0xFFFF, 0, chars))
    width = len(sig.SCRIPTS) + 1
    counts = np.bincount(line * width + codes, minlength=width * len(at)).reshape(-1, width)[:, 1:]
    best = counts.argmax(axis=1)  # the first maximum: the first script of a tie, as script_of
    names = [name for name, _ in sig.SCRIPTS]
    return [names[b] if counts[k, b] else "none" for k, b in enumerate(best.tolist())]


def inner_points(flags: np.ndarray) -> np.ndarray:
    """Positions inside each match of sig.INNER_SENTENCE_RE in a text of lines joined by "\\n"
    (its spaces kept inside a line), given the text's flags: after a mark and an optional closer
    comes a capital, or spaces up to a character that is neither a space nor a line break
    (nor the text's end). A closer that does not lead on leaves nothing to backtrack to: it
    is neither a space nor a capital."""
    n = len(flags)
    at = np.flatnonzero(flags & MARK) + 1
    at = at + ((at < n) & ((flags[np.minimum(at, n - 1)] & CLOSER) != 0))
    at = at[at < n]
    hit = (flags[at] & CAPITAL) != 0
    spaced = np.flatnonzero(flags[at] & SPACE)
    end = at[spaced] + 1
    while True:  # runs of spaces are short: a step per character of the longest
        step = end < n
        step[step] = (flags[end[step]] & SPACE) != 0
        if not step.any():
            break
        end += step
    ok = end < n
    ok[ok] = (flags[end[ok]] & NEWLINE) == 0
    hit[spaced[ok]] = True
    return at[hit]


class LineChars(NamedTuple):
    """What the characters of each line (joined by "\\n") tell, one item per line."""

    wide: np.ndarray  # how many characters of each counted class (int64)
    digit: np.ndarray
    letters: np.ndarray  # ASCII letters
    other: np.ndarray  # letters of other scripts
    runs: np.ndarray  # runs of word characters (int64)
    first_byline: np.ndarray  # the first character may open a byline (bool)
    inner: np.ndarray  # a sentence boundary inside (sig.INNER_SENTENCE_RE; bool)
    glued: np.ndarray  # 1.0 where the model's glued shape is
    last: np.ndarray  # the flags of the last character
    dots: np.ndarray  # the line ends with "..." (bool)
    scripts: dict[int, str]  # sig.script_of of the lines with letters of other scripts than ASCII


def class_counts(joined: str, at: np.ndarray) -> LineChars:
    """The :class:`LineChars` of the lines of ``joined``, starting at ``at`` (none empty)."""
    cp, packed, flags = char_classes(joined)
    sums = np.add.reduceat(packed, at)
    mask = (1 << FIELD_BITS) - 1
    wide, digit, letters, other = (
        ((sums >> np.uint64(FIELD_BITS * j)) & np.uint64(mask)).astype(np.int64)
        for j in range(OTHER_SCRIPT + 1)
    )
    word = (flags & WORD).astype(bool)
    word[1:] &= ~word[:-1]  # the first character of each run
    runs = np.add.reduceat(word, at, dtype=np.int64)
    inner = np.zeros(len(at), dtype=bool)
    inner[np.searchsorted(at, inner_points(flags), side="right") - 1] = True
    glued = np.zeros(len(at))
    points = _columns.glued_points((flags & LOWER).astype(bool), (flags & UPPER).astype(bool))
    glued[np.searchsorted(at, points, side="right") - 1] = 1.0
    end = np.append(at[1:] - 1, len(flags)) - 1  # each line's last character
    periods = (flags & PERIOD) != 0
    dots = (end - at >= 2) & periods[end] & periods[end - 1] & periods[np.maximum(end - 2, 0)]
    lines = np.flatnonzero(other)
    scripts = dict(zip(lines.tolist(), line_scripts(cp, at[lines], end[lines]))) if len(lines) else {}
    return LineChars(
        wide,
        digit,
        letters,
        other,
        runs,
        (flags[at] & BYLINE_FIRST) != 0,
        inner,
        glued,
        flags[end],
        dots,
        scripts,
    )
