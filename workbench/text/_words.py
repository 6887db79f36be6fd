"""Words: the one tokenizer every word count uses (documents, statements, sources, share of voice,
tone, alignment), so that counts of the same text agree wherever they are shown.

A word is a run of letters or digits, with inner hyphens and apostrophes kept inside it
("Kremlin-backed", "don't", "Putin's" are one word each, as a reader counts them); a dash
between words ("peace--and") or a trailing apostrophe does not join or add anything.
"""

from __future__ import annotations

import re

WORD_RE = re.compile(r"\w+(?:[-'\u2019]\w+)*")


def words(text: str) -> list[str]:
    """The words of ``text``, in order."""
    return WORD_RE.findall(text)


def count_words(text: str) -> int:
    """How many words ``text`` has."""
    # findall builds the list in C: ~3x faster than counting finditer's matches in Python
    return len(WORD_RE.findall(text))


def word_spans(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of each word of ``text``."""
    return [m.span() for m in WORD_RE.finditer(text)]
