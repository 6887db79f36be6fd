"""The words of a text copy for the metadata scorer, found with numpy instead of a regex.

``re.findall(r"\\w+", text)`` costs about 60 ns a character; the metadata step tokenised the
body and then the rest of the page that way (~1.5 ms a page). Here every character that is no
word character becomes a space in one numpy lookup over the code points, and ``str.split``
cuts the words: the same words, in order (tests compare the two).
"""

from __future__ import annotations

import re

import numpy as np

_WORD_CHAR = re.compile(r"\w")
_DIGIT = re.compile(r"\d")
#: Per code point under 0x10000: itself where it is a word character (``\\w``), else a space
#: ("\\n" stays); and whether it is a digit (``\\d``). Built once per process (~40 ms), not
#: per line: no lru_cache (the speed bench empties those of the metadata modules each page).
_TABLES: list[np.ndarray] = []


def _tables() -> list[np.ndarray]:
    if not _TABLES:
        bmp = "".join(map(chr, range(0x10000)))
        table = np.full(0x10000, ord(" "), dtype=np.uint32)
        at = np.fromiter((m.start() for m in _WORD_CHAR.finditer(bmp)), dtype=np.int64)
        table[at] = at.astype(np.uint32)
        table[ord("\n")] = ord("\n")
        digit = np.zeros(0x10000, dtype=np.int64)
        digit[np.fromiter((m.start() for m in _DIGIT.finditer(bmp)), dtype=np.int64)] = 1
        _TABLES.extend((table, digit))
    return _TABLES


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _table() -> np.ndarray:
    return _tables()[0]


def digit_counts(texts: list[str]) -> list[int]:
    """``len(re.findall(r"\\d", t))`` of each of ``texts`` (no "\\n" in them), in one pass."""
    if not texts:
        return []
    joined = "\n".join(texts)
    cp = _code_points(joined)
    digit = _tables()[1]
    astral = cp > 0xFFFF
    hits = digit[np.where(astral, 0, cp)]
    for c in np.unique(cp[astral]).tolist():
        hits[cp == c] = 1 if _DIGIT.match(chr(c)) else 0
    ends = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1) - 1
    upto = np.concatenate(([0], np.cumsum(hits)))
    starts = np.concatenate(([0], ends[:-1] + 1))
    return (upto[ends] - upto[starts]).tolist()


def word_view(text: str) -> str:
    """``text`` with every character that is not a word character (``\\w``) but "\\n" turned
    into a space: its ``split()`` gives ``re.findall(r"\\w+", text)``, per line when split
    at "\\n" first (a word character is never a space)."""
    if not text:
        return text
    cp = _code_points(text)
    table = _table()
    astral = cp > 0xFFFF
    if not astral.any():
        return table[cp].tobytes().decode("utf-32-le", "surrogatepass")
    out = table[np.where(astral, 0, cp)]
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
