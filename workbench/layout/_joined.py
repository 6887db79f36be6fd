"""Searches of a page's lines joined by "\\n": which lines hold a hit, found by one scan of the
joined text instead of a search call per line (a call costs CPython's ``re`` about a thousand
instructions before it looks at a character). A pattern searched so must not match across a
"\\n": its white space is ``[^\\S\\n]`` or a class without "\\n"."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

import numpy as np


def starts(parts: list[str]) -> list[int]:
    """Where each of ``parts`` starts in ``"\\n".join(parts)``."""
    return starts_array(parts).tolist()


def starts_array(parts: list[str]) -> np.ndarray:
    """:func:`starts` as an array."""
    at = np.zeros(len(parts) or 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, parts[:-1]), dtype=np.int64, count=len(parts) - 1) + 1, out=at[1:])
    return at


def hit_lines(find: Callable[[int], int], starts: list[int]) -> list[int]:
    """Indexes of the lines (starting at ``starts`` in a text joined by "\\n") where ``find(pos)``
    finds something at or after ``pos`` (-1: nothing); after a hit it looks from the next line."""
    hits = []
    at = find(0)
    while at >= 0:
        i = bisect_right(starts, at) - 1
        hits.append(i)
        if i + 1 == len(starts):
            break
        at = find(starts[i + 1])
    return hits


def text_find(text: str, sub: str) -> Callable[[int], int]:
    """``find`` of :func:`hit_lines` for a substring."""
    return lambda pos: text.find(sub, pos)


def regex_find(rx: re.Pattern, text: str) -> Callable[[int], int]:
    """``find`` of :func:`hit_lines` for a pattern."""

    def find(pos: int) -> int:
        m = rx.search(text, pos)
        return m.start() if m else -1

    return find
