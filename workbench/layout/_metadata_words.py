"""The words of a text copy for the metadata scorer, found with numpy instead of a regex.

``re.findall(r"\\w+", text)`` costs about 60 ns a character; the metadata step tokenised the
body and then the rest of the page that way (~1.5 ms a page). Here every character that is no
word character becomes a space in one numpy lookup over the code points, and ``str.split``
cuts the words: the same words, in order (tests compare the two).
"""

from __future__ import annotations

import re
import struct
from bisect import bisect_right
from itertools import accumulate, chain

import numpy as np

_WORD_CHAR = re.compile(r"\w")
#: Per code point under 0x10000: itself where it is a word character (``\\w``), else a space
#: ("\\n" stays). Built once per process, like the masks below (~10 ms each), not per line: no
#: lru_cache (the speed bench empties those of the metadata modules before each page).
_TABLE: list[np.ndarray] = []
#: One-character regex -> whether each code point under 0x10000 matches it.
_MASKS: dict[str, np.ndarray] = {}
_BMP: list[str] = []


def _bmp() -> str:
    if not _BMP:
        _BMP.append("".join(map(chr, range(0x10000))))
    return _BMP[0]


def _table() -> np.ndarray:
    if not _TABLE:
        table = np.full(0x10000, ord(" "), dtype=np.uint32)
        at = np.fromiter((m.start() for m in _WORD_CHAR.finditer(_bmp())), dtype=np.int64)
        table[at] = at.astype(np.uint32)
        table[ord("\n")] = ord("\n")
        _TABLE.append(table)
    return _TABLE[0]


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _matches(cp: np.ndarray, char_class: str) -> np.ndarray:
    """Whether each code point matches the one-character regex ``char_class``."""
    mask = _MASKS.get(char_class)
    if mask is None:
        mask = np.zeros(0x10000, dtype=bool)
        mask[[m.start() for m in re.finditer(char_class, _bmp())]] = True
        _MASKS[char_class] = mask
    if cp.size == 0 or int(cp.max()) <= 0xFFFF:
        return mask.take(cp)  # take: a third of the time of mask[cp]
    astral = cp > 0xFFFF
    hits = mask.take(np.where(astral, 0, cp))
    for c in np.unique(cp[astral]).tolist():  # emoji and rarer scripts: the regex once each
        hits[cp == c] = re.match(char_class, chr(c)) is not None
    return hits


def class_counts(texts: list[str], char_class: str, *, word_start: bool = False) -> list[int]:
    """``len(re.findall(char_class, t))`` of each of ``texts`` (no "\\n" in them) for a
    one-character ``char_class``, in one pass; ``word_start``: only characters at the start
    of the text or after white space (a pattern ``(?<!\\S)`` + ``char_class``)."""
    return class_counts_of(texts, ((char_class, word_start),))[0]


def class_counts_of(texts: list[str], classes) -> list[list[int]]:
    """:func:`class_counts` of each ``(char_class, word_start)`` of ``classes``, the code points
    read once for all: per line sums of the bits, one per class (and one for white space where
    a class counts word starts only), of one lookup in a table of the code points."""
    if not texts:
        return [[] for _ in classes]
    # each text's span with the "\n" after it, the "\n" counted in no class: no span is empty
    # (reduceat would give the next character's value for it)
    cp = _code_points("\n".join(texts) + "\n")
    starts = np.fromiter(accumulate((len(t) + 1 for t in texts[:-1]), initial=0), dtype=np.int64)
    ends = starts + np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    keys = tuple(c for c, _ in classes)
    if any(word_start for _, word_start in classes):
        keys += (r"\s",)
    bits = _class_bits(cp, keys)
    after_space = None
    out = []
    for k, (_, word_start) in enumerate(classes):
        hits = (bits & (1 << k)) != 0
        if word_start:
            if after_space is None:
                after_space = np.empty(len(cp), dtype=bool)
                after_space[0] = True
                after_space[1:] = (bits[:-1] & (1 << len(classes))) != 0
            hits &= after_space
        hits[ends] = False
        out.append(np.add.reduceat(hits, starts, dtype=np.int64).tolist())
    return out


#: One-character regexes (at most 8) -> per code point under 0x10000, bit k set where it
#: matches the k-th.
_BITS: dict[tuple[str, ...], np.ndarray] = {}


def _class_bits(cp: np.ndarray, keys: tuple[str, ...]) -> np.ndarray:
    """Per code point, bit k set where it matches the one-character regex ``keys[k]``: one
    lookup for all the classes (a lookup per class cost about as much each)."""
    if len(keys) > 8:
        raise ValueError("at most 8 classes")
    table = _BITS.get(keys)
    if table is None:
        table = np.zeros(0x10000, dtype=np.uint8)
        for k, key in enumerate(keys):
            table[_matches(np.arange(0x10000, dtype=np.uint32), key)] |= 1 << k
        _BITS[keys] = table
    if cp.size == 0 or int(cp.max()) <= 0xFFFF:
        return table.take(cp)
    astral = cp > 0xFFFF
    bits = table.take(np.where(astral, 0, cp))
    for c in np.unique(cp[astral]).tolist():  # emoji and rarer scripts: the regexes once each
        bits[cp == c] = sum(1 << k for k, key in enumerate(keys) if re.match(key, chr(c)))
    return bits


def word_view(text: str) -> str:
    """``text`` with every character that is not a word character (``\\w``) but "\\n" turned
    into a space: its ``split()`` gives ``re.findall(r"\\w+", text)``, per line when split
    at "\\n" first (a word character is never a space)."""
    if not text:
        return text
    cp = _code_points(text)
    table = _table()
    if int(cp.max()) <= 0xFFFF:
        # take: a third of the time of table[cp]
        return table.take(cp).tobytes().decode("utf-32-le", "surrogatepass")
    astral = cp > 0xFFFF
    out = table.take(np.where(astral, 0, cp))
    for c in np.unique(cp[astral]).tolist():  # emoji and rarer scripts: the regex once each
        out[cp == c] = c if _WORD_CHAR.match(chr(c)) else ord(" ")
    return out.tobytes().decode("utf-32-le", "surrogatepass")


def hit_lines(joined: str, pattern: re.Pattern) -> list[int]:
    """Indexes of the lines of ``joined`` (lines joined by "\\n") where ``pattern``, which
    never matches across a "\\n", finds something: one search per line hit, not per line."""
    hits = []
    at, line, starts_at = 0, 0, 0
    while (m := pattern.search(joined, at)) is not None:
        line += joined.count("\n", starts_at, m.start())
        hits.append(line)
        end = joined.find("\n", m.start())
        if end < 0:
            break
        at = starts_at = end + 1
        line += 1
    return hits


def lines_holding(parts: list[str], subs) -> set[int]:
    """Indexes of ``parts`` (no "\\n" in them) that contain one of the strings ``subs``: one
    ``str.find`` scan of the joined parts per string and hit, not one per part."""
    joined = "\n".join(parts)
    starts = list(accumulate((len(p) + 1 for p in parts[:-1]), initial=0))
    out = set()
    for sub in subs:
        at = joined.find(sub)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            out.add(i)
            if i + 1 == len(starts):
                break
            at = joined.find(sub, starts[i + 1])
    return out


def float_rows(rows: list[tuple], width: int) -> np.ndarray:
    """``np.array(rows, dtype=float)`` of rows of ``width`` numbers and bools: packed as C
    doubles by ``struct`` (each value as ``float()`` makes it, the value numpy stores) and read
    by numpy as they are (np.array looks for nesting and a type in every element first; numpy's
    own packing of each Python number costs about twice struct's)."""
    if rows and len(rows[0]) != width:
        raise ValueError(f"rows of {len(rows[0])} values, not {width}")
    n = len(rows) * width
    packed = struct.pack(f"{n}d", *chain.from_iterable(rows))  # a short row: struct.error
    return np.frombuffer(packed, dtype=float).reshape(len(rows), width)
