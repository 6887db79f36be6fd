"""One word or phrase as a whole word (``\\b<word>\\b``), compiled once per word."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["word_re"]


@lru_cache(maxsize=1024)  # (the words asked for are a text's heads, surnames and cues)
def word_re(word: str) -> re.Pattern:
    """``\\b<word>\\b``. A word that opens with a word character is written literal first,
    its ``\\b`` a look-behind: a pattern that opens with a literal lets the engine skip to
    where the word occurs, where a leading ``\\b`` made it try every position of the text."""
    escaped = re.escape(word)
    if word[:1].isalnum() or word[:1] == "_":  # (``\\w``: what the look-behind tests)
        return re.compile(escaped + r"(?<!\w" + escaped + r")\b")
    return re.compile(r"\b" + escaped + r"\b")
